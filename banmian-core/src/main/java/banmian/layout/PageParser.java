package banmian.layout;

import banmian.layout.line.DecisionLog;
import banmian.layout.line.Dialect;
import banmian.layout.line.Facts;
import banmian.layout.line.LayoutParameters;
import banmian.layout.line.PageAnalysis;
import banmian.model.Page;
import banmian.model.PageGraphics;
import banmian.model.PageMeta;
import banmian.model.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text path: extractor lines in, articles out, through the stages of {@link Pipelines} over one
 * {@link PageAnalysis}. {@link #analyse} keeps the analysis (with its decision log when explaining).
 */
public final class PageParser {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private final LayoutParameters parameters;

    /** A parser running the stages with the {@link LayoutParameters#DEFAULTS default parameters}. */
    public PageParser() {
        this(LayoutParameters.DEFAULTS);
    }

    /** A parser running the stages with {@code parameters} (a sweep in a test or a benchmark). */
    public PageParser(LayoutParameters parameters) {
        this.parameters = parameters;
    }

    /** Parses one page of a text layer; {@code callerMeta} values win over what the page's furniture says. */
    public Page parse(List<SourceLine> input, PageMeta callerMeta) {
        return analyse(input, callerMeta, null, DecisionLog.off()).get(Facts.PAGE);
    }

    /** Parses one page laid out from a PDF: lines with geometry, with the rules and images the page draws. */
    public Page parse(List<SourceLine> input, PageMeta callerMeta, PageGraphics graphics) {
        return analyseLaidOut(input, callerMeta, graphics, DecisionLog.off()).get(Facts.PAGE);
    }

    /** A text layer analysed by {@link Pipelines#TEXT}; {@code dialect} forces the extractor's dialect (null: detect it). */
    public PageAnalysis analyse(List<SourceLine> input, PageMeta callerMeta, Dialect dialect, DecisionLog log) {
        return new PageAnalysis(input, callerMeta, PageGraphics.NONE, dialect, log, parameters).run(Pipelines.TEXT);
    }

    /** A laid-out page PDF analysed by {@link Pipelines#LAID_OUT_PAGE}. */
    public PageAnalysis analyseLaidOut(List<SourceLine> input, PageMeta callerMeta, PageGraphics graphics, DecisionLog log) {
        return new PageAnalysis(input, callerMeta, graphics, null, log, parameters).run(Pipelines.LAID_OUT_PAGE);
    }

    /** Splits decoded text into numbered source lines (CRLF and CR tolerated). */
    public static List<SourceLine> lines(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int number = 1;
        for (String line : LINE_BREAK.split(text, -1)) {
            lines.add(new SourceLine(number++, line));
        }
        return lines;
    }
}
