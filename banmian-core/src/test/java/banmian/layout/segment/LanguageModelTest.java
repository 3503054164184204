package banmian.layout.segment;

import banmian.layout.line.SegmentParameters;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which piece of a page another piece most likely continues, by the character bigrams they share. */
class LanguageModelTest {
    /** Two pieces of one article about mortise-and-tenon joinery, and one about the water mains. */
    private static final String JOINERY = "在城南的老木作街区，传统榫卯技艺正在年轻人手中焕发新生，木作工坊里摆满了榫卯展品。";
    private static final String MORE_JOINERY = "近年来，街区把传统榫卯技艺列入非遗保护项目，开设木作体验课程，年轻人学做榫卯。";
    private static final String WATER = "入冬以来，市里组织力量对全市的供水管网进行全面排查，更换老旧管道，确保居民用水安全。";

    @Test
    void aPieceScoresHigherAgainstThePieceItSharesWordsWith() {
        double[] affinities = new LanguageModel(List.of(JOINERY, MORE_JOINERY, WATER), SegmentParameters.DEFAULTS.prior()).affinities(0);
        assertTrue(affinities[1] > affinities[2], "joinery continues joinery: " + Arrays.toString(affinities));
    }

    @Test
    void theLongerOfTwoPiecesWithTheSameSharedWordsIsNotFavouredForItsLength() {
        String padded = MORE_JOINERY + "滨江新区的各个工地上机器轰鸣，工人们加班加点，力争让新区早日建成投用，市民期待满满。";
        double[] affinities = new LanguageModel(List.of(JOINERY, MORE_JOINERY, padded), SegmentParameters.DEFAULTS.prior()).affinities(0);
        assertTrue(affinities[1] > affinities[2], Arrays.toString(affinities));
    }

    @Test
    void aBigramUsedNowhereElseSaysNothing() {
        double[] plain = new LanguageModel(List.of(JOINERY, MORE_JOINERY, WATER), SegmentParameters.DEFAULTS.prior()).affinities(0);
        // 龘靐 occurs in no other piece: the query's affinities to every other piece stay as they were.
        double[] withRareWord = new LanguageModel(List.of(JOINERY + "。龘靐。", MORE_JOINERY, WATER), SegmentParameters.DEFAULTS.prior()).affinities(0);
        assertArrayEquals(new double[] {plain[1], plain[2]}, new double[] {withRareWord[1], withRareWord[2]}, 1e-12);
        // A query made only of such bigrams has no evidence at all.
        double[] nothingShared = new LanguageModel(List.of("龘靐齉", MORE_JOINERY, WATER), SegmentParameters.DEFAULTS.prior()).affinities(0);
        assertArrayEquals(new double[] {0, 0, 0}, nothingShared);
    }

    @Test
    void emptyPiecesAndTextWithoutHanBigramsAreHarmless() {
        LanguageModel model = new LanguageModel(List.of("", JOINERY, "ABC 123。", MORE_JOINERY, WATER), SegmentParameters.DEFAULTS.prior());
        assertArrayEquals(new double[5], model.affinities(0), "an empty query");
        assertArrayEquals(new double[5], model.affinities(2), "no Han bigrams");
        double[] affinities = model.affinities(1);
        assertEquals(0.0, affinities[0], "an empty model shares nothing and pays nothing for its size");
        assertEquals(0.0, affinities[2], "nor does one without Han bigrams");
        assertTrue(affinities[3] > 0 && affinities[4] < 0, Arrays.toString(affinities));
    }
}
