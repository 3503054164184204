package banmian.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetaCheckTest {
    /** Tab, newline, carriage return, NUL, line separator, paragraph separator, bidi override, zero-width joiner, BOM. */
    static final List<String> HIDDEN = List.of("\t", "\n", "\r", "\u0000", "\u2028", "\u2029", "\u202E", "\u200D", "\uFEFF");

    @Test
    void paperNamesWithHiddenCharactersAreRefusedNamingFieldAndCharacter() {
        for (String hidden : HIDDEN) {
            MetaCheck.Invalid refused = assertThrows(MetaCheck.Invalid.class, () -> MetaCheck.paper("--paper", "人民" + hidden + "日报"));
            assertTrue(refused.getMessage().startsWith("--paper: contains "), refused.getMessage());
            assertTrue(refused.getMessage().contains(String.format("U+%04X", (int) hidden.charAt(0))), refused.getMessage());
            assertTrue(refused.getMessage().endsWith("at position 3"), refused.getMessage());
            assertEquals(1, refused.getMessage().lines().count(), "one line");
            assertThrows(MetaCheck.Invalid.class, () -> MetaCheck.paper("--paper", "人民日报" + hidden), "not stripped away at the end");
            assertThrows(MetaCheck.Invalid.class, () -> MetaCheck.fileName("file name", "a.txt" + hidden));
        }
    }

    @Test
    void unpairedSurrogatesAndUnassignedCodePointsAreRefusedPairsAreNot() {
        assertTrue(assertThrows(MetaCheck.Invalid.class, () -> MetaCheck.paper("paper", "报\uD800"))
                .getMessage().contains("an unpaired surrogate (U+D800)"));
        assertTrue(assertThrows(MetaCheck.Invalid.class, () -> MetaCheck.paper("paper", "报\uDC00x"))
                .getMessage().contains("unpaired surrogate"));
        assertTrue(assertThrows(MetaCheck.Invalid.class, () -> MetaCheck.paper("paper", "报\u0378"))
                .getMessage().contains("an unassigned code point (U+0378)"));
        assertEquals("𠀀日报", MetaCheck.paper("paper", "𠀀日报"), "a character beyond the BMP, as a surrogate pair");
    }

    @Test
    void paperNamesAreStrippedNotBlankAndBounded() {
        assertEquals("人民日报 海外版", MetaCheck.paper("paper", "  人民日报 海外版 "));
        assertEquals("paper: the paper name is blank", assertThrows(MetaCheck.Invalid.class, () -> MetaCheck.paper("paper", " \u3000 ")).getMessage());
        assertEquals("../../x", MetaCheck.paper("paper", "../../x"), "path characters are harmless in a name: the slug is pinyin");
        assertEquals(100, MetaCheck.paper("paper", "报".repeat(100)).length());
        assertTrue(assertThrows(MetaCheck.Invalid.class, () -> MetaCheck.paper("paper", "报".repeat(101)))
                .getMessage().contains("101 characters, more than 100"));
    }

    @Test
    void datesAndPageNumbersWithinTheirRanges() {
        assertEquals(LocalDate.of(1800, 1, 1), MetaCheck.parseDate("date", "1800-01-01"));
        assertEquals(LocalDate.of(2199, 12, 31), MetaCheck.parseDate("date", "2199-12-31"));
        assertEquals("date: +10000-01-01 is outside 1800-01-01 to 2199-12-31",
                assertThrows(MetaCheck.Invalid.class, () -> MetaCheck.parseDate("date", "+10000-01-01")).getMessage());
        assertThrows(MetaCheck.Invalid.class, () -> MetaCheck.parseDate("date", "1799-12-31"));
        assertEquals("date: not a YYYY-MM-DD date: '2018-01-02\\u0000'",
                assertThrows(MetaCheck.Invalid.class, () -> MetaCheck.parseDate("date", "2018-01-02\u0000")).getMessage(),
                "a control character in the value is escaped in the message");
        assertEquals(1, MetaCheck.parsePage("page", "1"));
        assertEquals(9999, MetaCheck.parsePage("page", "9999"));
        for (String bad : List.of("0", "-3", "10000", "99999", "9999999999", "abc", "")) {
            assertThrows(MetaCheck.Invalid.class, () -> MetaCheck.parsePage("--page", bad), bad);
        }
        assertEquals("--page: page number 0 is outside 1 to 9999",
                assertThrows(MetaCheck.Invalid.class, () -> MetaCheck.parsePage("--page", "0")).getMessage());
    }

    @Test
    void archivableNeedsAllThreeAndAcceptsNoPaper() {
        LocalDate day = LocalDate.of(2018, 1, 2);
        assertTrue(MetaCheck.archiveProblem(new PageMeta(null, day, 7, null)).isEmpty());
        assertEquals("page: page number 10000 is outside 1 to 9999", MetaCheck.archiveProblem(new PageMeta("人民日报", day, 10000, null)).orElseThrow());
        assertTrue(MetaCheck.archiveProblem(new PageMeta("人民日报", LocalDate.of(1700, 1, 1), 1, null)).orElseThrow().startsWith("date: "));
        assertTrue(MetaCheck.archiveProblem(new PageMeta("人民\n日报", day, 1, null)).orElseThrow().startsWith("paper: "));
        assertEquals("date: the page has no date", MetaCheck.archiveProblem(new PageMeta("人民日报", null, 1, null)).orElseThrow());
    }

    @Test
    void slugsAreLowercaseLettersDigitsAndInnerHyphens() {
        for (String good : List.of("renminribao", "shanxiribao-2", "a", "x1")) {
            assertTrue(MetaCheck.isSlug(good), good);
        }
        for (String bad : List.of("", "-x", "x-", "../x", "a/b", "Renmin", "a b", "ren\nmin", "a".repeat(101))) {
            assertFalse(MetaCheck.isSlug(bad), bad);
        }
    }

    @Test
    void uploadedFileNamesKeepTheirLastPathElement() {
        assertEquals("rmrb2018010207.txt", MetaCheck.fileName("file name", "../../etc/rmrb2018010207.txt"));
        assertEquals("a.pdf", MetaCheck.fileName("file name", "C:\\pages\\a.pdf"));
        assertEquals(MetaCheck.UNNAMED_FILE, MetaCheck.fileName("file name", ".."));
        assertEquals(MetaCheck.UNNAMED_FILE, MetaCheck.fileName("file name", ""));
        assertEquals(MetaCheck.UNNAMED_FILE, MetaCheck.fileName("file name", null));
        MetaCheck.Invalid refused = assertThrows(MetaCheck.Invalid.class, () -> MetaCheck.fileName("file name", "a\u202Etxt.pdf"));
        assertEquals("file name: contains an invisible format character (U+202E RIGHT-TO-LEFT OVERRIDE) at position 2", refused.getMessage());
    }
}
