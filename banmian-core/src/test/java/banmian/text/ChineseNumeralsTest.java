package banmian.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChineseNumeralsTest {
    @ParameterizedTest
    @CsvSource({"2,2", "24,24", "２,2", "１２,12", "一,1", "二,2", "九,9", "十,10", "十二,12", "二十,20", "二十四,24",
        "九十九,99", "'',-1", "零,0", "十十,-1", "二二,-1", "百,-1", "一十,10", "x,-1"})
    void pageNumbers(String text, int value) {
        assertEquals(value, ChineseNumerals.parse(text));
    }
}
