package banmian.layout.line;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CharacterPairsTest {

    @Test
    void pairsAreCountedWithinEachTextNeverAcrossTwo() {
        CharacterPairs pairs = new CharacterPairs(16).countPairsOf("传统榫", CharacterPairs.Filter.ANY).countPairsOf("卯技艺", CharacterPairs.Filter.ANY);
        assertEquals(1, pairs.count('传', '统'));
        assertEquals(0, pairs.count('榫', '卯'), "the texts are not joined");
        assertEquals(4, pairs.size());
        assertEquals(4, pairs.total());
    }

    @Test
    void filtersChooseWhichPairsCount() {
        String text = "新华社，Xi 访问";
        assertEquals(List.of("新华", "华社", "社，", "，X", "Xi", "i ", " 访", "访问"), pairs(text, CharacterPairs.Filter.ANY));
        assertEquals(List.of("新华", "华社", "访问"), pairs(text, CharacterPairs.Filter.HAN));
        assertEquals(List.of("新华", "华社", "Xi", "访问"), pairs(text, CharacterPairs.Filter.TOPICAL));
    }

    @Test
    void sharedCountsDistinctPairsBothHold() {
        CharacterPairs first = new CharacterPairs(16).countPairsOf("全面建成小康社会全面", CharacterPairs.Filter.HAN);
        CharacterPairs second = new CharacterPairs(16).countPairsOf("建成小康", CharacterPairs.Filter.HAN);
        assertEquals(2, first.count('全', '面'));
        assertEquals(3, first.shared(second));
        assertEquals(3, second.shared(first));
        assertEquals(CharacterPairs.pack('全', '面'), ('全' << 16) | '面');
    }

    private static List<String> pairs(String text, CharacterPairs.Filter filter) {
        List<String> pairs = new ArrayList<>();
        CharacterPairs.forEachPair(text, filter, pair -> pairs.add("" + (char) (pair >>> 16) + (char) (pair & 0xFFFF)));
        return pairs;
    }
}
