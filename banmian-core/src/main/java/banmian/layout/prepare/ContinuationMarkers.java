package banmian.layout.prepare;

import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.Stage;
import banmian.layout.line.TextLine;
import banmian.text.ChineseNumerals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds jump lines ({@code （下转2版）}, {@code （上接第1版）}, {@code （下转第二版）}), records the page they point to on the
 * line and cuts them out of its text. A jump line standing alone is folded into the line it belongs
 * to (the one before a 下转, the one after a 上接), which takes over its page and its input line.
 */
public final class ContinuationMarkers {
    /**
     * Spaces are taken whole ({@code \s*+}): the two runs around an absent 第 would otherwise share a long
     * gap in every possible way.
     */
    private static final Pattern JUMP = Pattern.compile(
            "[（(]\\s*+(下转|转|上接|接)\\s*+第?\\s*+([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\\s*+版\\s*+[）)]");

    /** Jump lines found, cut out of their lines' text, lone ones folded into the line they belong to. */
    public static final Stage STAGE = Stage.of("jumps", Set.of(Facts.LINES), Set.of(Facts.LINES, Facts.JUMPS),
            page -> page.put(Facts.LINES, tag(page, page.lines())));

    private ContinuationMarkers() {
    }

    static List<TextLine> tag(PageAnalysis page, List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            if (line.raw.indexOf('版') < 0) {
                out.add(line);
                continue;
            }
            Matcher jump = JUMP.matcher(line.raw);
            if (!jump.find()) {
                out.add(line);
                continue;
            }
            Integer to = null;
            Integer from = null;
            StringBuilder rest = new StringBuilder();
            int last = 0;
            do {
                int number = ChineseNumerals.parse(jump.group(2));
                if (number < 0) {
                    // Not a page number after all (十十): the text stays as it is.
                    continue;
                }
                if (jump.group(1).contains("转")) {
                    to = number;
                } else {
                    from = number;
                }
                rest.append(line.raw, last, jump.start());
                last = jump.end();
            } while (jump.find());
            if (to == null && from == null) {
                out.add(line);
                continue;
            }
            rest.append(line.raw.substring(last));
            TextLine cut = new TextLine(line.position, line.box, line.sources, rest.toString().stripTrailing(), line.vertical, line.geometry);
            if (rest.toString().isBlank()) {
                page.assign(cut, LineRole.MARKER, "lone-jump-line");
            }
            cut.jumps(to, from);
            out.add(cut);
        }
        return foldLoneMarkers(page, out);
    }

    private static List<TextLine> foldLoneMarkers(PageAnalysis page, List<TextLine> lines) {
        if (lines.stream().noneMatch(line -> line.role() == LineRole.MARKER)) {
            return lines;
        }
        List<TextLine> folded = new ArrayList<>(lines);
        for (int i = 0; i < folded.size(); i++) {
            TextLine marker = folded.get(i);
            if (marker.role() != LineRole.MARKER) {
                continue;
            }
            int host = marker.continuedTo() != null ? i - 1 : i + 1;
            if (host < 0 || host >= folded.size() || folded.get(host).role() == LineRole.MARKER) {
                continue;
            }
            TextLine joined = folded.get(host).moved(host, marker.sources);
            if (marker.continuedTo() != null) {
                joined.jumps(marker.continuedTo(), joined.continuedFrom());
            } else {
                joined.jumps(joined.continuedTo(), marker.continuedFrom());
            }
            folded.set(host, joined);
            page.note("lone-jump-folded", () -> "jump folded into the line " + (marker.continuedTo() != null ? "before" : "after") + " it",
                    List.of(marker, joined), () -> "");
            folded.remove(i);
            i--;
        }
        List<TextLine> renumbered = new ArrayList<>(folded.size());
        for (TextLine line : folded) {
            renumbered.add(line.position == renumbered.size() ? line : line.moved(renumbered.size(), List.of()));
        }
        return renumbered;
    }
}
