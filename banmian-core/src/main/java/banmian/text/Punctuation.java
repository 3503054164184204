package banmian.text;



/**
 * How a line of Chinese text ends: the evidence for paragraph and sentence boundaries; and the sets of
 * marks the layout stages read, each named once here. Sets that look alike but differ are different
 * questions, and each says why it holds what it holds.
 */
public final class Punctuation {
    private static final String TERMINAL = "。！？!?…；;：:";
    private static final String CLOSERS = "”’」』）)】》\"";
    private static final String NON_TITLE_ENDINGS = "，,、。；;：:（(“‘《【";

    /**
     * Every opening quote or bracket, full-width or not: poppler breaks a visual line at the wide
     * justification gap before any of them, so a line may start with one where its sentence runs on.
     */
    public static final String OPENING_MARKS = "“‘（《〈「『【(";
    /**
     * The marks that open a quotation or a title within running text, whose words read on inside them
     * ({@code 传统|“榫卯”}). The reading-order evidence was tuned with this narrower set: the marks of
     * {@link #OPENING_MARKS} it leaves out (the inner title mark 〈, the label bracket 【 of
     * {@code 【新闻链接】}, the ASCII parenthesis of Latin text) seldom open a sentence's continuation.
     */
    public static final String QUOTATION_OPENERS = "“‘《（「『";
    /**
     * Full-width clause marks, which carry a wide justification gap after them: poppler breaks a
     * visual line there, so a line ending in one may go on in the next.
     */
    public static final String CLAUSE_MARKS = "，、；：";
    /**
     * Marks after which {@code pdftotext -raw} cuts a visual line: the commas, full-width and ASCII, and
     * the enumeration comma; not {@code ；} or {@code ：}, which it leaves inside the line.
     */
    public static final String RAW_CUT_MARKS = "，、,";
    /**
     * Marks no line opens with: closing quotes and brackets and clause or sentence marks. A line that
     * starts with one finishes the line before it.
     */
    public static final String LINE_CONTINUING_MARKS = "”’）》，。、；：！？";
    /**
     * Clause and sentence marks a title never carries: a headline may ask or exclaim ({@code ？！}) and
     * end in a quotation, but it never breaks a clause or ends a statement.
     */
    public static final String TITLE_EXCLUDED_MARKS = "，；。,;";
    /**
     * {@link #TITLE_EXCLUDED_MARKS} without the commas: a long section heading wrapped over narrow lines
     * may carry a comma ({@code 发挥党的领导优势，提}), never a full stop or a semicolon.
     */
    public static final String HEADING_EXCLUDED_MARKS = "；。;";
    /**
     * Full-width marks that end a sentence or a clause within a line ({@code 举行。此次……}): found among a
     * line's first characters, the line finishes a sentence begun above. The colon is asked about
     * apart, by how far in it stands.
     */
    public static final String SENTENCE_TAIL_MARKS = "。！？；";
    /**
     * Marks that announce what follows ({@code ：}, {@code ；}, full-width and ASCII): a line ending in one
     * may close a paragraph but never an article.
     */
    public static final String ANNOUNCING_MARKS = "：:；;";
    /** Marks between a dateline or the reporters' bracket and the text it leads into ({@code 电：}, {@code 电，}). */
    public static final String LEAD_IN_SEPARATORS = "：:，,";
    /**
     * Marks a section's bold lead sentence run into its paragraph never carries: a comma, a colon, a
     * question, an exclamation or a quotation makes it running text.
     */
    public static final String RUN_IN_HEADING_EXCLUDED_MARKS = "，,：:？?！!“”\"";

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
        return end >= 0 && RAW_CUT_MARKS.indexOf(text.charAt(end)) >= 0;
    }

    private static int lastNonSpace(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Chars.isSpace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
