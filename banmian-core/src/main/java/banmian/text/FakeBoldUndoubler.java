package banmian.text;

/**
 * Undoes fake-bold doubling: a run printed twice at nearly the same place is extracted twice in a
 * row ({@code 记者记者 刘亮亮刘亮亮 摄摄}). A line is only undoubled when doubled runs cover most of
 * it and several-character runs among them, so real repeats in ordinary text ({@code 高高兴兴},
 * {@code 看看}, the {@code 亮亮} of a name) are left alone.
 */
public final class FakeBoldUndoubler {
    private static final double MIN_DOUBLED_SHARE = 0.6;
    private static final double MIN_MULTI_CHAR_SHARE = 0.3;
    private static final int LONG_RUN = 3;
    /** Overprinted runs are words and short phrases; longer ones are not looked for (keeps long lines linear). */
    private static final int MAX_RUN = 64;
    /** Size in 64-bit words of the filter that remembers which character pairs a line has shown. */
    private static final int PAIR_FILTER_WORDS = 16;

    private FakeBoldUndoubler() {
    }

    public static String undouble(String line) {
        int visible = 0;
        for (int i = 0; i < line.length(); i++) {
            if (!Chars.isSpace(line.charAt(i))) {
                visible++;
            }
        }
        if (visible < 4 || !repeatsSomePair(line)) {
            return line;
        }
        StringBuilder kept = new StringBuilder(line.length());
        int doubled = 0;
        int doubledInRuns = 0;
        int longestRun = 0;
        int doubledDigits = 0;
        int i = 0;
        while (i < line.length()) {
            int run = longestDoubledRun(line, i);
            if (run > 0) {
                kept.append(line, i, i + run);
                int counted = visibleLength(line, i, i + run) * 2;
                // Numbers repeat digits by themselves (2020, 1919): they are no evidence of doubling.
                if (isDigits(line, i, i + run)) {
                    doubledDigits += counted;
                } else {
                    doubled += counted;
                    if (run > 1) {
                        doubledInRuns += counted;
                    }
                    longestRun = Math.max(longestRun, counted / 2);
                }
                i += 2 * run;
            } else {
                kept.append(line.charAt(i));
                i++;
            }
        }
        int evidence = visible - doubledDigits;
        boolean mostlyDoubled = doubled >= MIN_DOUBLED_SHARE * evidence && doubledInRuns >= MIN_MULTI_CHAR_SHARE * evidence;
        // A run of three or more characters printed twice does not happen in prose; with enough of
        // the line doubled around it, the rest is overprint that the extractor happened to read once.
        boolean longRunDoubled = longestRun >= LONG_RUN && doubledInRuns >= MIN_MULTI_CHAR_SHARE * evidence;
        boolean isDoubledLine = doubled > 0 && (mostlyDoubled || longRunDoubled);
        return isDoubledLine ? kept.toString() : line;
    }

    /** The longest {@code n} such that {@code line[i, i+n) == line[i+n, i+2n)}, or 0; runs never start on a space. */
    private static int longestDoubledRun(String line, int i) {
        if (Chars.isSpace(line.charAt(i))) {
            return 0;
        }
        for (int n = Math.min(MAX_RUN, (line.length() - i) / 2); n >= 1; n--) {
            if (line.charAt(i + n) == line.charAt(i) && line.regionMatches(i, line, i + n, n)) {
                return n;
            }
        }
        return 0;
    }

    /**
     * A doubled line repeats at least one pair of characters (each doubled run of two or more does);
     * most lines repeat none, and this check is linear where the run search is not.
     */
    private static boolean repeatsSomePair(String line) {
        long[] seen = new long[PAIR_FILTER_WORDS];
        for (int i = 0; i + 1 < line.length(); i++) {
            char first = line.charAt(i);
            char second = line.charAt(i + 1);
            if (Chars.isSpace(first) || Chars.isSpace(second)) {
                continue;
            }
            int bit = ((first * 31 + second) * 0x9E3779B9 >>> 20) & (PAIR_FILTER_WORDS * 64 - 1);
            if ((seen[bit >>> 6] & (1L << bit)) != 0 && repeatsPairAt(line, i)) {
                return true;
            }
            seen[bit >>> 6] |= 1L << bit;
        }
        return false;
    }

    /** Whether the pair at {@code i} occurred earlier in the line (the filter above can collide). */
    private static boolean repeatsPairAt(String line, int i) {
        for (int j = 0; j < i; j++) {
            if (line.charAt(j) == line.charAt(i) && line.charAt(j + 1) == line.charAt(i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int visibleLength(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (!Chars.isSpace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
