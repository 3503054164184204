package banmian.text;

/**
 * The printed width of a line in quarter-em units, measured from its characters because the text
 * path has no geometry: a Han character takes 4, CJK punctuation 3 (typesetters squeeze it, so it
 * averages less than a full em), half-width letters and digits 2. Justification spaces between CJK
 * characters take nothing (they only stretch the line); a space next to a Latin character or digit
 * is the small gap the typesetter put there and takes 1.
 */
public final class TextWidth {
    private TextWidth() {
    }

    public static int quarterEms(String text) {
        int width = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                if (nextToLatin(text, i)) {
                    width += 1;
                }
            } else if (Character.isLowSurrogate(c)) {
                continue;
            } else {
                width += unitsOf(text.codePointAt(i));
            }
        }
        return width;
    }

    private static int unitsOf(int cp) {
        if (Chars.isCjkPunctuation(cp)) {
            return 3;
        }
        return Chars.isFullWidth(cp) ? 4 : 2;
    }

    private static boolean nextToLatin(String text, int i) {
        return (i > 0 && Chars.isAsciiAlphanumeric(text.charAt(i - 1)))
                || (i + 1 < text.length() && Chars.isAsciiAlphanumeric(text.charAt(i + 1)));
    }
}
