package banmian.layout;

import banmian.text.Chars;
import banmian.text.Punctuation;

import java.util.List;

/**
 * Tells display lines from body lines. A line that could be a title (no sentence punctuation, not
 * ending in a comma) and does not reach its column's edge is either an in-article heading, when
 * it stands alone between the end of one paragraph and the start of the next, or part of a
 * headline group. Letter-spaced display type, a dash subtitle, vertical setting, or a neighbour in
 * the same box already judged a title make a headline group.
 */
final class TitleTagger {
    private static final int MAX_TITLE_CHARS = 48;
    private static final int MAX_HEADING_CHARS = 30;

    void tag(List<TextLine> lines) {
        boolean bodySeen = false;
        for (TextLine line : lines) {
            if (line.role != LineRole.BODY) {
                continue;
            }
            if (line.vertical) {
                line.role = LineRole.TITLE;
            } else if (couldBeTitle(line) && !line.isFull()) {
                if (isDisplayLine(line) || hasClauseSpace(line) || !bodySeen) {
                    line.role = LineRole.TITLE;
                } else if (isHeading(lines, line)) {
                    line.role = LineRole.HEADING;
                }
            } else if (couldBeTitle(line) && isDisplayLine(line)) {
                line.role = LineRole.TITLE;
            }
            bodySeen |= line.role == LineRole.BODY;
        }
        spreadTitleWithinBoxes(lines);
    }

    static boolean couldBeTitle(TextLine line) {
        String text = Chars.squash(line.raw);
        int length = text.codePointCount(0, text.length());
        return length >= 2 && length <= MAX_TITLE_CHARS && Punctuation.canEndTitle(line.raw)
                && !Punctuation.endsSentence(line.raw) && !hasClausePunctuation(text)
                && Chars.countHan(text) * 2 >= length && !Datelines.startsWithDateline(line.raw);
    }

    private static boolean hasClausePunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("，、；。,;".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** One space between two runs of Han characters in a line that is not letter-spaced: a headline's clause break. */
    private static boolean hasClauseSpace(TextLine line) {
        if (line.letterSpaced) {
            return false;
        }
        String text = line.raw.strip();
        for (int i = 1; i + 1 < text.length(); i++) {
            if (Chars.isSpace(text.charAt(i)) && Chars.isHan(text.charAt(i - 1)) && Chars.isHan(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Letter-spacing on a line that does not fill the column, or a dash subtitle, mark display type. */
    private static boolean isDisplayLine(TextLine line) {
        String text = line.raw.strip();
        return (line.letterSpaced && !line.isFull()) || text.startsWith("——") || text.startsWith("—");
    }

    private static boolean isHeading(List<TextLine> lines, TextLine line) {
        String text = Chars.squash(line.raw);
        if (text.length() > MAX_HEADING_CHARS || line.width * 4 > line.columnWidth * 3 + 8) {
            return false;
        }
        TextLine before = neighbourBody(lines, line.position, -1);
        TextLine after = neighbourBody(lines, line.position, +1);
        if (before == null || after == null) {
            return false;
        }
        boolean paragraphEndedBefore = Punctuation.endsSentence(before.raw) && Math.abs(before.columnWidth - line.columnWidth) <= 8;
        boolean paragraphStartsAfter = after.indented || after.isIndentShort() || !after.isFull();
        return paragraphEndedBefore && paragraphStartsAfter && !line.isIndentShort();
    }

    /** The nearest line in {@code direction} that is still body text or a heading, skipping nothing else. */
    private static TextLine neighbourBody(List<TextLine> lines, int position, int direction) {
        int i = position + direction;
        while (i >= 0 && i < lines.size()) {
            TextLine candidate = lines.get(i);
            if (candidate.role == LineRole.BODY) {
                return candidate;
            }
            if (candidate.role != LineRole.FURNITURE && candidate.role != LineRole.MARKER
                    && candidate.role != LineRole.CAPTION && candidate.role != LineRole.CREDIT) {
                return null;
            }
            i += direction;
        }
        return null;
    }

    /**
     * A headline group is one box: lines of the same box next to a title that could be titles
     * themselves (a subtitle that happens to be as wide as a column) are titles too.
     */
    private static void spreadTitleWithinBoxes(List<TextLine> lines) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < lines.size(); i++) {
                TextLine line = lines.get(i);
                if (line.role != LineRole.BODY && line.role != LineRole.HEADING || !couldBeTitle(line)) {
                    continue;
                }
                if (isTitleInSameBox(lines, i - 1, line) || isTitleInSameBox(lines, i + 1, line)) {
                    line.role = LineRole.TITLE;
                    changed = true;
                }
            }
        }
    }

    /**
     * A neighbour in the same box that is a title pulls this line in when that neighbour is unmistakably
     * display type, or when this line is neither a full nor an indented body line itself.
     */
    private static boolean isTitleInSameBox(List<TextLine> lines, int index, TextLine line) {
        if (index < 0 || index >= lines.size()) {
            return false;
        }
        TextLine neighbour = lines.get(index);
        if (neighbour.role != LineRole.TITLE || neighbour.box != line.box) {
            return false;
        }
        return isDisplayLine(neighbour) || neighbour.vertical || (!line.isFull() && !line.isIndentShort());
    }
}
