package banmian.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextWidthTest {

    @Test
    void emptyIsZero() {
        assertEquals(0, TextWidth.quarterEms(""));
    }

    @Test
    void hanTakesFour() {
        assertEquals(4, TextWidth.quarterEms("中"));
        assertEquals(16, TextWidth.quarterEms("人民日报"));
    }

    @Test
    void cjkPunctuationTakesThree() {
        assertEquals(3, TextWidth.quarterEms("，"));
        assertEquals(3, TextWidth.quarterEms("。"));
        assertEquals(3, TextWidth.quarterEms("“"));
        assertEquals(3, TextWidth.quarterEms("…"));
        assertEquals(6, TextWidth.quarterEms("——"));
        assertEquals(4 + 3 + 4 + 3, TextWidth.quarterEms("好，行。"));
    }

    @Test
    void asciiTakesTwo() {
        assertEquals(2, TextWidth.quarterEms("a"));
        assertEquals(8, TextWidth.quarterEms("2162"));
        assertEquals(2, TextWidth.quarterEms(","));
        assertEquals(10, TextWidth.quarterEms("APEC."));
    }

    @Test
    void fullWidthDigitsAndLettersTakeFour() {
        assertEquals(8, TextWidth.quarterEms("１０"));
        assertEquals(4, TextWidth.quarterEms("Ａ"));
    }

    @Test
    void supplementaryHanCountsOnce() {
        assertEquals(4, TextWidth.quarterEms(new String(Character.toChars(0x20000))));
    }

    @Test
    void justificationSpacesBetweenHanTakeNothing() {
        assertEquals(TextWidth.quarterEms("习近平"), TextWidth.quarterEms("习 近 平"));
        assertEquals(12, TextWidth.quarterEms("习   近\u3000平"));
        assertEquals(4 + 3 + 4, TextWidth.quarterEms("平 、 李"));
    }

    @Test
    void spaceNextToDigitTakesOne() {
        // 3 + space + 月: 2 + 1 + 4
        assertEquals(7, TextWidth.quarterEms("3 月"));
        assertEquals(7, TextWidth.quarterEms("月 3"));
        // 员 2162 人: 4 + 1 + 8 + 1 + 4
        assertEquals(18, TextWidth.quarterEms("员 2162 人"));
    }

    @Test
    void spaceBetweenLatinWordsTakesOne() {
        assertEquals(3 * 2 + 1 + 4 * 2, TextWidth.quarterEms("New York"));
    }

    @Test
    void onlySpacesTouchingLatinCount() {
        // three spaces: the first and the last touch a letter, the middle one touches only spaces
        assertEquals(2 + 1 + 0 + 1 + 2, TextWidth.quarterEms("a   b"));
        // leading and trailing spaces next to Han are free
        assertEquals(8, TextWidth.quarterEms(" 中国 "));
        // a trailing space after a digit is the typesetter's gap
        assertEquals(3, TextWidth.quarterEms("7 "));
    }

    /**
     * Regression (was a bug): 〇 (U+3007, the ideographic zero of 二〇二四年) is Han by {@link Chars#isHan}, so
     * by the Javadoc it takes 4; but it also falls in the U+3000..U+303F range of
     * {@link Chars#isCjkPunctuation}, which TextWidth checks first, so it is measured as punctuation (3).
     */
    @Test
    void ideographicZeroTakesFourLikeOtherHan() {
        assertEquals(TextWidth.quarterEms("二一二四年"), TextWidth.quarterEms("二〇二四年"));
    }
}
