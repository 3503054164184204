package banmian.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharsTest {

    @ParameterizedTest(name = "U+{0} is Han")
    @ValueSource(ints = {
            0x4E2D, // 中
            0x4E00, // first of the URO block
            0x9FFF, // last of the URO block
            0x3400, // extension A
            0x4DBF,
            0xF900, // compatibility ideographs
            0xFAFF,
            0x20000, // extension B (supplementary plane)
            0x3134F,
            0x3007 // 〇, the ideographic zero used in dates
    })
    void hanIdeographs(int cp) {
        assertTrue(Chars.isHan(cp));
    }

    @ParameterizedTest(name = "U+{0} is not Han")
    @ValueSource(ints = {
            'a', 'Z', '7', ' ',
            0x3002, // 。
            0xFF0C, // ，
            0x3001, // 、
            0x30A2, // katakana ア
            0x3042, // hiragana あ
            0xAC00, // hangul 가
            0xFF11, // full-width digit １
            0x3000, // ideographic space
            0x4DC0, // hexagram symbol, just past extension A
            0x33FF, 0x3006, 0x3008
    })
    void nonHan(int cp) {
        assertFalse(Chars.isHan(cp));
    }

    @ParameterizedTest(name = "{0} is CJK punctuation")
    @ValueSource(strings = {"，", "。", "、", "；", "：", "？", "！", "（", "）", "《", "》", "【", "】", "「", "」",
            "“", "”", "‘", "’", "—", "―", "…", "·", "～", "〔", "〕", "・"})
    void cjkPunctuation(String s) {
        assertTrue(Chars.isCjkPunctuation(s.codePointAt(0)), s);
    }

    @ParameterizedTest(name = "{0} is not CJK punctuation")
    @ValueSource(strings = {"中", "a", "7", ",", ".", "!", "?", ";", ":", "(", "\"", "１", "Ａ", "-", "•"})
    void notCjkPunctuation(String s) {
        assertFalse(Chars.isCjkPunctuation(s.codePointAt(0)), s);
    }

    /**
     * Regression (was a bug): 〇 (U+3007) is classed as Han by {@link Chars#isHan} but also as punctuation,
     * because {@code isCjkPunctuation} takes the whole U+3000..U+303F block. A character should not
     * be both; {@link TextWidth} measures it as punctuation as a result.
     */
    @Test
    void ideographicZeroIsNotPunctuation() {
        assertTrue(Chars.isHan(0x3007));
        assertFalse(Chars.isCjkPunctuation(0x3007));
    }

    @Test
    void fullWidthCoversHanPunctuationAndFullWidthForms() {
        assertTrue(Chars.isFullWidth('中'));
        assertTrue(Chars.isFullWidth('，'));
        assertTrue(Chars.isFullWidth('１'));
        assertTrue(Chars.isFullWidth('Ａ'));
        assertTrue(Chars.isFullWidth('①'));
        assertTrue(Chars.isFullWidth('×'));
        assertFalse(Chars.isFullWidth('a'));
        assertFalse(Chars.isFullWidth('1'));
        assertFalse(Chars.isFullWidth(','));
    }

    @Test
    void asciiAlphanumeric() {
        for (char c : "09azAZ".toCharArray()) {
            assertTrue(Chars.isAsciiAlphanumeric(c), String.valueOf(c));
        }
        for (char c : "/:@[`{ -１中é".toCharArray()) {
            assertFalse(Chars.isAsciiAlphanumeric(c), String.valueOf(c));
        }
    }

    @Test
    void spaces() {
        for (char c : " \t\n\r\u000B\f\u3000\u00A0\u2007\u202F\u2002\u2003\u1680\u2028".toCharArray()) {
            assertTrue(Chars.isSpace(c), () -> String.format("U+%04X", (int) c));
        }
        for (char c : "a中，。\u200B\uFEFF_".toCharArray()) {
            assertFalse(Chars.isSpace(c), () -> String.format("U+%04X", (int) c));
        }
    }

    @Test
    void squashRemovesAsciiWhitespace() {
        assertEquals("新华社北京电", Chars.squash(" 新华社 北京\t电\r\n"));
    }

    @Test
    void squashRemovesIdeographicAndNoBreakSpaces() {
        assertEquals("本报记者王小明", Chars.squash("本报记者\u3000王\u00A0小\u2007明\u202F"));
        assertEquals("NewYork", Chars.squash("New\u2003York"));
    }

    @Test
    void squashKeepsEverythingElse() {
        assertEquals("（记者，王小明）。abc123", Chars.squash("（记者， 王小明）。 abc 123"));
    }

    @Test
    void squashOfTextWithoutSpacesReturnsTheSameString() {
        String text = "两会召开";
        assertSame(text, Chars.squash(text));
    }

    @Test
    void squashOfNullAndBlank() {
        assertEquals("", Chars.squash(null));
        assertEquals("", Chars.squash(""));
        assertEquals("", Chars.squash(" \u3000\t\u00A0"));
    }

    /**
     * Regression (was a bug): {@code squash} promises to remove "every kind of whitespace", and {@code isSpace}
     * deliberately routes U+0085 (NEXT LINE, Unicode White_Space) past its fast path, but then asks
     * {@link Character#isWhitespace(int)}, which is false for U+0085, so NEL survives squashing.
     */
    @Test
    void squashRemovesNextLine() {
        assertEquals("中国", Chars.squash("中\u0085国"), "U+0085 survived squash");
    }

    @Test
    void countHan() {
        assertEquals(0, Chars.countHan(""));
        assertEquals(0, Chars.countHan("abc 123，。"));
        assertEquals(4, Chars.countHan("中国 ABC，人民"));
        assertEquals(5, Chars.countHan("二〇二四年"));
        assertEquals(1, Chars.countHan("２０２４年"));
    }

    @Test
    void countHanCountsASupplementaryIdeographOnce() {
        String extB = new String(Character.toChars(0x20000));
        assertEquals(2, extB.length());
        assertEquals(3, Chars.countHan("王" + extB + "明"));
    }
}
