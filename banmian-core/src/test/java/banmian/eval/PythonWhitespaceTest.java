package banmian.eval;

import org.junit.jupiter.api.Test;

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
}
