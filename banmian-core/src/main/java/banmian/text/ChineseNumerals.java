package banmian.text;

import java.util.regex.Pattern;

/**
 * Small numbers as Chinese papers write them in page references: Arabic digits, full-width digits, or
 * Chinese numerals up to 九十九 ({@code 二}, {@code 十二}, {@code 二十四}). The value comes from
 * {@link ChineseNumbers}; this class only fixes which spellings a page reference may take.
 */
public final class ChineseNumerals {
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("[0-9０-９]{1,4}|[一二三四五六七八九]?十[一二三四五六七八九]?|[零一二三四五六七八九]");

    private ChineseNumerals() {
    }

    /** The number written, or -1 when the text is not one. */
    public static int parse(String text) {
        return PAGE_NUMBER.matcher(text).matches() ? ChineseNumbers.parse(text).intValueExact() : -1;
    }
}
