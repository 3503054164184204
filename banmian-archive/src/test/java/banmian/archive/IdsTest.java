package banmian.archive;

import banmian.testing.SameMatches;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdsTest {
    @Test
    void slugsDropTheirTrailingHyphens() {
        assertEquals("renminribao-haiwaiban", Ids.pinyin("人民日报（海外版）"));
        assertEquals("renminribao", Ids.pinyin("人民日报"));
        assertEquals(Ids.UNKNOWN_PAPER, Ids.pinyin("（）"));
    }

    @Test
    void trailingHyphensAreTheOnesTheyWere() {
        SameMatches.assertSame("-+$", SameMatches.pattern(Ids.class, "TRAILING_HYPHENS"),
                SameMatches.mixes(14, 4000, 10, "-", "a", "b-", "\n", "\r\n", "\u0085"));
    }
}
