package banmian.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRankTest {
    private static final double[] ONE = {1.0};

    @Test
    void hubOfAStarOutranksItsLeaves() {
        int[][] targets = {{1, 2, 3}, {0}, {0}, {0}};
        double[][] weights = {{1, 1, 1}, ONE, ONE, ONE};
        double[] score = new TextRank(targets, weights).scores();
        assertTrue(score[0] > 1.5 * score[1], java.util.Arrays.toString(score));
        assertEquals(score[1], score[2], 1e-9);
        assertEquals(score[2], score[3], 1e-9);
        // Scores of a closed graph sum to the node count: what every node gives away it receives.
        assertEquals(4.0, score[0] + score[1] + score[2] + score[3], 0.01);
    }

    @Test
    void heavierLinkCarriesMoreScore() {
        int[][] targets = {{1, 2}, {0}, {0}};
        double[][] weights = {{3, 1}, ONE, ONE};
        double[] score = new TextRank(targets, weights).scores();
        assertTrue(score[1] > score[2], java.util.Arrays.toString(score));
    }

    @Test
    void isolatedNodeKeepsTheBaseScore() {
        double[] score = new TextRank(new int[][]{{1}, {0}, {}}, new double[][]{ONE, ONE, {}}).scores();
        assertEquals(0.15, score[2], 1e-9);
    }

    @Test
    void misalignedGraphIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TextRank(new int[][]{{}}, new double[][]{}));
    }
}
