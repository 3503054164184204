package banmian.text;

/** Character classes of Chinese newspaper text. */
public final class Chars {
    private Chars() {
    }

    /** Han ideographs, by block ranges (the Unicode script lookup is a binary search, too slow per character). */
    public static boolean isHan(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x3134F) || cp == 0x3007;
    }

    /** Full-width punctuation and symbols as set in Chinese text, including curly quotes, dashes and ellipses. */
    public static boolean isCjkPunctuation(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F && cp != 0x3005 && cp != 0x3006 && cp != 0x3007 && !(cp >= 0x3021 && cp <= 0x3029)) || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)
                || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65)
                || (cp >= 0x2018 && cp <= 0x201F) || cp == 0x2014 || cp == 0x2015 || cp == 0x2026
                || cp == 0x00B7 || cp == 0x2027 || cp == 0x30FB;
    }

    /** Characters that occupy a full em in Chinese typesetting. */
    public static boolean isFullWidth(int cp) {
        return isHan(cp) || isCjkPunctuation(cp) || (cp >= 0xFF10 && cp <= 0xFF5A) || cp == 0x00D7
                || (cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x3200 && cp <= 0x33FF);
    }

    /** Full-width characters (Han, CJK punctuation, full-width forms): between them a space is never meaningful. */
    public static boolean isCjk(int cp) {
        return isFullWidth(cp);
    }

    public static boolean isAsciiAlphanumeric(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }

    public static boolean isSpace(int cp) {
        if (cp == ' ' || cp == 0x3000) {
            return true;
        }
        if (cp > 0x3000) {
            return false;
        }
        if (cp < 0x80 ? cp > ' ' : cp < 0x2000 && cp != 0x00A0 && cp != 0x1680 && cp != 0x0085) {
            return false;
        }
        return Character.isWhitespace(cp) || cp == 0x00A0 || cp == 0x202F || cp == 0x2007 || cp == 0x0085;
    }

    /** Removes every kind of whitespace, the comparison form used by the referee. */
    public static String squash(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                    out.append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    public static int countHan(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.codePointAt(i))) {
                count++;
            }
        }
        return count;
    }
}
