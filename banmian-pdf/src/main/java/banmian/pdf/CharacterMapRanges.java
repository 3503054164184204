package banmian.pdf;

/**
 * How many codes the ranges of a character map cover ({@code beginbfrange} and {@code begincidrange}
 * sections: {@code <lo> <hi> destination}), read from its decoded bytes in one pass. PDFBox enters a
 * range's codes one by one, so a damaged range of billions must be caught before PDFBox parses it.
 */
final class CharacterMapRanges {
    private static final byte[][] SECTIONS = {bytes("beginbfrange"), bytes("begincidrange")};
    private static final byte[][] SECTION_ENDS = {bytes("endbfrange"), bytes("endcidrange")};

    /** Codes are at most four bytes; PDFBox's conversion of a longer one overflows into billions of codes. */
    private static final int MAX_CODE_DIGITS = 8;
    private static final long LONGER_THAN_FOUR_BYTES = -1;

    private CharacterMapRanges() {
    }

    /** The codes all range sections of the map cover (a range whose end is below its start covers none). */
    static long codes(byte[] map) {
        long total = 0;
        int at = 0;
        while (at < map.length) {
            int section = -1;
            int start = Integer.MAX_VALUE;
            for (int s = 0; s < SECTIONS.length; s++) {
                int found = indexOf(map, SECTIONS[s], at);
                if (found >= 0 && found < start) {
                    start = found;
                    section = s;
                }
            }
            if (section < 0) {
                return total;
            }
            int end = indexOf(map, SECTION_ENDS[section], start);
            int stop = end < 0 ? map.length : end;
            total = saturatingAdd(total, rangesIn(map, start + SECTIONS[section].length, stop));
            at = stop;
        }
        return total;
    }

    /** Entries are {@code <lo> <hi>} and a destination (a hex string, an array or a number). */
    private static long rangesIn(byte[] map, int from, int to) {
        long total = 0;
        long[] pair = new long[2];
        int found = 0;
        int i = from;
        while (i < to) {
            byte b = map[i];
            if (b == '<') {
                int close = i + 1;
                long value = 0;
                int digits = 0;
                while (close < to && map[close] != '>') {
                    int digit = Character.digit(map[close], 16);
                    if (digit >= 0 && digits < 16) {
                        value = value * 16 + digit;
                        digits++;
                    }
                    close++;
                }
                if (digits % 2 == 1) {
                    value *= 16;   // a PDF hex string of odd length ends in a 0 digit: <180F4> is 18 0F 40
                    digits++;
                }
                if (digits > MAX_CODE_DIGITS) {
                    value = LONGER_THAN_FOUR_BYTES;
                }
                if (found < 2) {
                    pair[found++] = value;
                } else {
                    found = 3;   // the destination string
                }
                i = close + 1;
            } else if (b == '[') {
                int close = i + 1;
                while (close < to && map[close] != ']') {
                    close++;
                }
                found = 3;
                i = close + 1;
            } else if (b >= '0' && b <= '9' && found == 2) {
                while (i < to && map[i] >= '0' && map[i] <= '9') {
                    i++;
                }
                found = 3;
            } else {
                i++;
            }
            if (found == 3) {
                if (pair[0] == LONGER_THAN_FOUR_BYTES || pair[1] == LONGER_THAN_FOUR_BYTES) {
                    total = saturatingAdd(total, 1L << 32);
                } else if (pair[1] >= pair[0]) {
                    total = saturatingAdd(total, pair[1] - pair[0] + 1);
                }
                found = 0;
            }
        }
        return total;
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
