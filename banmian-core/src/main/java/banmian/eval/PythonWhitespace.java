package banmian.eval;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whitespace exactly as the referee's Python sees it ({@code \s} in a str regex, {@code str.isspace}, {@code str.strip}).
 * Java's own notions differ ({@link Character#isWhitespace} misses U+0085, U+00A0, U+2007, U+202F), and a single
 * character of difference changes the referee's figures, so the set is spelled out.
 */
final class PythonWhitespace {
    /** The 29 code points for which Python 3.11 {@code str.isspace()} is true (listed by running Python). */
    private static final String CHARACTER_CLASS =
            "[\\x{09}-\\x{0D}\\x{1C}-\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}]";
    private static final Pattern RUN = Pattern.compile(CHARACTER_CLASS + "+");
    private static final Pattern RUN_OF_TWO_OR_MORE = Pattern.compile(CHARACTER_CLASS + "{2,}");
    /** The trailing run is tried only from its first character: from every one, a run inside the text is quadratic. */
    private static final Pattern LEADING_OR_TRAILING =
            Pattern.compile("^" + CHARACTER_CLASS + "++|(?<!" + CHARACTER_CLASS + ")" + CHARACTER_CLASS + "++$");

    private PythonWhitespace() {
    }

    /** {@code squash(s)}: the text with every whitespace character removed; null counts as empty. */
    static String squash(String text) {
        return text == null ? "" : RUN.matcher(text).replaceAll("");
    }

    /** {@code s.strip()}. */
    static String strip(String text) {
        return LEADING_OR_TRAILING.matcher(text).replaceAll("");
    }

    /** {@code [p for p in re.split(r"\s{2,}", s) if p]}: the parts between gaps of two or more whitespace characters. */
    static List<String> splitOnWideGaps(String text) {
        return Arrays.stream(RUN_OF_TWO_OR_MORE.split(text, -1)).filter(part -> !part.isEmpty()).toList();
    }
}
