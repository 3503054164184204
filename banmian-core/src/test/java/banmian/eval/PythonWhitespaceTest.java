package banmian.eval;

import banmian.testing.SameMatches;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected values obtained by running score.py's squash and re.split in Python 3.11. */
class PythonWhitespaceTest {
    @Test
    void squashRemovesWhatPythonCallsWhitespaceAndNothingElse() {
        // U+200B (zero-width space) is not whitespace to Python; U+0085, U+00A0, U+2007, U+202F, U+001C and U+3000 are.
        assertEquals("abcdefg\u200Bhi",
                PythonWhitespace.squash(" a\u3000b\u00A0c\u0085d\u2007e\u202Ff\u001Cg\u200Bh\ti\n"));
        assertEquals("", PythonWhitespace.squash(null));
    }

    @Test
    void stripAndWideGapSplitUseTheSameWhitespace() {
        assertEquals("新时代 主题", PythonWhitespace.strip("\u3000新时代 主题\u00A0"));
        assertEquals(List.of("让中国特色社会主义展现出更加强大生命力", "深刻理解 新时代"),
                PythonWhitespace.splitOnWideGaps("  让中国特色社会主义展现出更加强大生命力 \u3000深刻理解 新时代  "));
    }

    @Test
    void stripRemovesWhatItRemovedBeforeTheTrailingRunWasTriedOnce() {
        String whitespace = "[\\x{09}-\\x{0D}\\x{1C}-\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}]";
        List<String> inputs = new ArrayList<>(List.of(" 新时代 主题\u00A0", "新时代\n", "\u3000\u3000", "新  时代", ""));
        inputs.addAll(SameMatches.mixes(14, 4000, 10, " ", "\u3000", "\n", "\r\n", "\u0085", "\u2028", "新", "a"));
        SameMatches.assertSame("^" + whitespace + "+|" + whitespace + "+$", SameMatches.pattern(PythonWhitespace.class, "LEADING_OR_TRAILING"), inputs);
        assertEquals("新" + " ".repeat(300_000) + "时代", PythonWhitespace.strip(" 新" + " ".repeat(300_000) + "时代 "));
    }
}
