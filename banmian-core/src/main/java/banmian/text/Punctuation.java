package banmian.text;

/** How a line of Chinese text ends: the evidence for paragraph and sentence boundaries. */
public final class Punctuation {
    private static final String TERMINAL = "。！？!?…；;：:";
    private static final String CLOSERS = "”’」』）)】》\"";
    private static final String NON_TITLE_ENDINGS = "，,、。；;：:（(“‘《【";

    private Punctuation() {
    }

    /** True when the text ends a sentence: terminal punctuation, possibly inside closing quotes or brackets. */
    public static boolean endsSentence(String text) {
        int end = lastNonSpace(text);
        if (end < 0) {
            return false;
        }
        if (text.startsWith("——", Math.max(0, end - 1)) && end >= 1) {
            return true;
        }
        while (end >= 0 && CLOSERS.indexOf(text.charAt(end)) >= 0) {
            end--;
            if (end >= 0 && TERMINAL.indexOf(text.charAt(end)) >= 0) {
                return true;
            }
        }
        return end >= 0 && TERMINAL.indexOf(text.charAt(end)) >= 0;
    }

    /** A headline or heading never ends with a comma, a full stop or an opening bracket. */
    public static boolean canEndTitle(String text) {
        int end = lastNonSpace(text);
        return end >= 0 && NON_TITLE_ENDINGS.indexOf(text.charAt(end)) < 0;
    }

    /** Raw extractors cut a visual line after these, so a fragment ending here continues on the next line. */
    public static boolean endsWithClauseBreak(String text) {
        int end = lastNonSpace(text);
        return end >= 0 && "，、,".indexOf(text.charAt(end)) >= 0;
    }

    private static int lastNonSpace(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Chars.isSpace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
