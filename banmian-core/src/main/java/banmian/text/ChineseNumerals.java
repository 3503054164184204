package banmian.text;

/**
 * Small numbers as Chinese papers write them in page references: Arabic digits, full-width digits, or
 * Chinese numerals up to 九十九 ({@code 二}, {@code 十二}, {@code 二十四}).
 */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The number written, or -1 when the text is not one. */
    public static int parse(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9' || c >= '０' && c <= '９')) {
            int value = 0;
            for (char c : text.toCharArray()) {
                value = value * 10 + (c >= '０' ? c - '０' : c - '0');
            }
            return text.length() <= 4 ? value : -1;
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? DIGITS.indexOf(text.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digit(text.charAt(0)) : -1;
        int units = ten == text.length() - 1 ? 0 : ten == text.length() - 2 ? digit(text.charAt(ten + 1)) : -1;
        return tens < 1 || units < 0 ? -1 : tens * 10 + units;
    }

    private static int digit(char c) {
        int value = DIGITS.indexOf(c);
        return value > 0 ? value : -1;
    }
}
