package banmian.layout;

import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.model.SourceLine;

import java.util.ArrayList;
import java.util.List;

/** Text path entry point: extractor lines in, articles out. (Stub: the reconstruction stages land next.) */
public final class PageParser {
    public Page parse(List<SourceLine> lines, PageMeta callerMeta) {
        return new Page(callerMeta, List.of(), List.of());
    }

    /** Splits decoded text into numbered source lines (CRLF and CR tolerated). */
    public static List<SourceLine> lines(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int number = 1;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            lines.add(new SourceLine(number++, line));
        }
        return lines;
    }
}
