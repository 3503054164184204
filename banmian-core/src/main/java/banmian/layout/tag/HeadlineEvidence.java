package banmian.layout.tag;

import banmian.layout.line.Datelines;
import banmian.layout.line.LineRole;
import banmian.layout.line.LineShape;
import banmian.layout.line.Measures;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.TagParameters;
import banmian.layout.line.TextLine;

import java.util.List;

/**
 * Decides which runs of title lines are articles' headlines. A group is a headline only with
 * evidence that an article starts or ends there; otherwise it is a section heading set over several
 * lines inside an article, and its lines become headings.
 */
final class HeadlineEvidence {
    private HeadlineEvidence() {
    }

    /**
     * Evidence counts as: display features (vertical setting, a dash subtitle, a clause space, a line
     * wider than the columns or wide letter-spaced type), a byline beside the group, a dateline after
     * it, a jump before it, or no text before or after it.
     */
    static void demoteUnsupportedGroups(PageAnalysis page, List<TextLine> lines, int pageColumn) {
        TagParameters parameters = page.parameters().tag();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).role() != LineRole.TITLE) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < lines.size() && lines.get(end + 1).role() == LineRole.TITLE) {
                end++;
            }
            if (!hasHeadlineEvidence(parameters, lines, i, end, pageColumn)) {
                for (int k = i; k <= end; k++) {
                    page.assign(lines.get(k), LineRole.HEADING, "title-without-headline-evidence",
                            () -> "no display feature, byline, dateline or jump beside it, text before and after");
                }
            }
            i = end + 1;
        }
    }

    private static boolean hasHeadlineEvidence(TagParameters parameters, List<TextLine> lines, int first, int last, int pageColumn) {
        for (int k = first; k <= last; k++) {
            TextLine line = lines.get(k);
            boolean dashSubtitle = line.isDashLed() && !TitleTagger.opensParagraph(parameters, lines, line);
            boolean wideDisplay = line.letterSpaced && Measures.reachesThreeQuarters(line.width, Math.max(pageColumn, line.neighbourColumn()));
            if (line.vertical || dashSubtitle || LineShape.hasClauseSpace(line) || LineShape.isWiderThanNeighbours(line)
                    || wideDisplay) {
                return true;
            }
        }
        TextLine before = nearestBody(lines, first - 1, -1);
        TextLine after = nearestBody(lines, last + 1, +1);
        return before == null || after == null || before.continuedTo() != null
                || Datelines.startsWithDateline(after.raw) || bylineWithin(parameters.bylineReach(), lines, first, last);
    }

    private static boolean bylineWithin(int bylineReach, List<TextLine> lines, int first, int last) {
        for (int k = Math.max(0, first - bylineReach); k <= Math.min(lines.size() - 1, last + bylineReach); k++) {
            if (lines.get(k).role() == LineRole.BYLINE) {
                return true;
            }
        }
        return false;
    }

    private static TextLine nearestBody(List<TextLine> lines, int from, int direction) {
        for (int i = from; i >= 0 && i < lines.size(); i += direction) {
            if (lines.get(i).role() == LineRole.BODY) {
                return lines.get(i);
            }
        }
        return null;
    }
}
