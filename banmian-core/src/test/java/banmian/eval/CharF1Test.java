package banmian.eval;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Every expected value below was obtained by running score.py's char_f1 (Python 3.11 difflib) on the same strings. */
class CharF1Test {
    private static final String COMMON_CHARACTERS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你说年";

    @Test
    void emptyTextsAreIdenticalAndEmptyAgainstTextIsNothing() {
        assertEquals(1.0, CharF1.of("", ""));
        assertEquals(0.0, CharF1.of("a", ""));
        assertEquals(0.0, CharF1.of("", "a"));
        assertEquals(1.0, CharF1.of("abcd", "abcd"));
    }

    @Test
    void rotatedTextKeepsOnlyTheLongestBlockInOrder() {
        assertEquals(0.75, CharF1.of("abcd", "bcda"));
        assertEquals(0.99, CharF1.of("ab".repeat(50), "ba".repeat(50)));
    }

    @Test
    void reorderedChineseBlocks() {
        assertEquals(0.7916666666666666,
                CharF1.of("中国人民政治协商会议第十四届全国委员会第二次会议", "第二次会议中国人民政治协商会议第十四届全国委员会"));
        assertEquals(0.509090909090909,
                CharF1.of("会议由全国政协主席王沪宁主持。习近平、李强、赵乐际出席。", "习近平、李强、赵乐际出席。会议由全国政协主席王沪宁主持"));
    }

    @Test
    void tiesGoToTheEarliestStartInAThenInBAsInDifflib() {
        // Taking the later of two equally long blocks would give 1/3 for the first pair and 2/3 for the second.
        assertEquals(0.6666666666666666, CharF1.of("丙乙丙", "丙甲乙"));
        assertEquals(0.3333333333333333, CharF1.of("丙乙丙", "乙甲丙"));
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        assertEquals(0.5, CharF1.of("\uD840\uDC00a", "a\uD840\uDC00"));
    }

    @Test
    void longTextsScoreQuicklyAndExactly() {
        String text = pseudoRandomText(7, 6000);
        StringBuilder rotated = new StringBuilder(text.substring(3000) + text.substring(0, 3000));
        for (int i = 0; i < rotated.length(); i += 97) {
            rotated.setCharAt(i, '变');
        }
        double f1 = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CharF1.of(text, rotated.toString()));
        assertEquals(0.49483333333333335, f1);
    }

    /** The same linear congruential sequence the Python side used to build its string. */
    private static String pseudoRandomText(long seed, int length) {
        StringBuilder text = new StringBuilder(length);
        long state = seed;
        for (int i = 0; i < length; i++) {
            state = (state * 1103515245L + 12345L) % (1L << 31);
            text.append(COMMON_CHARACTERS.charAt((int) ((state >> 16) % COMMON_CHARACTERS.length())));
        }
        return text.toString();
    }
}
