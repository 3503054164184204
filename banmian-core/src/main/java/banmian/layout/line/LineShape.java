package banmian.layout.line;

import banmian.text.Chars;
import banmian.text.Punctuation;

/**
 * What a line's own shape says, before any stage has judged it: whether it could be a title, whether
 * it opens a paragraph for sure or starts mid-sentence. Shared by the stages that tag, order and
 * segment lines (none of them owns these facts).
 */
public final class LineShape {
    private static final int MAX_TITLE_CHARS = 48;
    /** Marks a title may end with although they end a sentence: it exclaims or asks. */
    private static final String EXCLAIMING_ENDS = "！？!?";

    private LineShape() {
    }

    /** Runs clearly wider than the column around it: display type spanning columns. */
    public static boolean isWiderThanNeighbours(TextLine line) {
        return line.width > line.neighbourColumn() + Measures.WIDE;
    }

    public static boolean couldBeTitle(TextLine line) {
        return isTitleShaped(line, Punctuation.TITLE_EXCLUDED_MARKS) && !Datelines.startsWithDateline(line.raw);
    }

    /** Short, mostly Han, ending where a title may end, and free of the {@code excluded} punctuation. */
    public static boolean isTitleShaped(TextLine line, String excluded) {
        return Punctuation.canEndTitle(line.raw) && !Punctuation.endsSentence(line.raw) && hasTitleText(line, excluded, 2);
    }

    /** At least {@code minLength} characters and at most a title's, mostly Han, free of the {@code excluded} punctuation. */
    private static boolean hasTitleText(TextLine line, String excluded, int minLength) {
        String text = line.squashed;
        int length = text.codePointCount(0, text.length());
        return length >= minLength && length <= MAX_TITLE_CHARS && text.chars().noneMatch(c -> excluded.indexOf(c) >= 0)
                && Chars.countHan(text) * 2 >= length;
    }

    /**
     * As {@link #isTitleShaped}, or a title that ends exclaiming or asking ({@code 收莲藕喽！},
     * {@code 谁来管管？}): what a title set bold over its item's text may be, where type alone says it
     * is no sentence of the text.
     */
    public static boolean isTitleShapedOrExclaimed(TextLine line, String excluded) {
        if (isTitleShaped(line, excluded)) {
            return true;
        }
        String raw = line.raw.strip();
        return !raw.isEmpty() && EXCLAIMING_ENDS.indexOf(raw.charAt(raw.length() - 1)) >= 0 && hasTitleText(line, excluded, 3);
    }

    /** One space between two runs of two or more Han characters, in a line that is not letter-spaced: a headline's clause break. */
    public static boolean hasClauseSpace(TextLine line) {
        if (line.letterSpaced) {
            return false;
        }
        String text = line.raw.strip();
        // Two characters at least on either side: a lone character before or after a space is a
        // justification gap in a narrow box ({@code 习 近平新时代}), not a clause of a headline.
        for (int i = 2; i + 2 < text.length(); i++) {
            if (Chars.isSpace(text.charAt(i)) && Chars.isHan(text.charAt(i - 2)) && Chars.isHan(text.charAt(i - 1))
                    && Chars.isHan(text.charAt(i + 1)) && Chars.isHan(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    public static boolean startsParagraphForSure(TextLine line) {
        return line.indented || Datelines.startsWithDateline(line.raw) || line.raw.strip().startsWith("——");
    }

    public static boolean startsMidSentence(TextLine line) {
        return line.role() == LineRole.BODY && line.isFull() && !startsParagraphForSure(line);
    }
}
