package banmian.learn;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Boosted trees learn what one weighted sum cannot, and survive being written and read back. */
class BoostedTreesTest {
    private static final List<String> FEATURES = List.of("a", "b", "noise");

    /** Positive when exactly one of a and b is above 0.5 (an exclusive or), the third feature noise. */
    private static boolean label(double[] x) {
        return x[0] > 0.5 ^ x[1] > 0.5;
    }

    private static List<double[]> rows(int n, long seed) {
        Random random = new Random(seed);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble()});
        }
        return rows;
    }

    private static BoostedTrees trained() {
        List<double[]> x = rows(2000, 1);
        return BoostedTrees.fit(FEATURES, x, x.stream().map(BoostedTreesTest::label).toList(), new BoostedTrees.Settings(60, 3, 0.3, 1.0, 1.0));
    }

    @Test
    void learnsAnInteractionOnRowsItNeverSaw() {
        BoostedTrees model = trained();
        List<double[]> unseen = rows(1000, 2);
        long right = unseen.stream().filter(x -> model.decides(x) == label(x)).count();
        assertTrue(right >= 950, right + " of 1000 unseen rows right");
        int[] splits = model.splitCounts();
        assertTrue(splits[0] > splits[2] && splits[1] > splits[2], "the noise feature is split on least: " + java.util.Arrays.toString(splits));
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        BoostedTrees model = trained().withThreshold(0.37);
        StringWriter out = new StringWriter();
        model.write(out);
        BoostedTrees read = BoostedTrees.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), FEATURES);
        assertEquals(0.37, read.threshold(), 1e-9);
        for (double[] x : rows(200, 3)) {
            assertEquals(model.probability(x), read.probability(x), 1e-6);
        }
    }

    @Test
    void refusesAModelOfOtherFeaturesOrBrokenTrees() throws Exception {
        StringWriter out = new StringWriter();
        trained().write(out);
        String text = out.toString();
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> BoostedTrees.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), List.of("a", "b", "c")));
        assertTrue(other.getMessage().contains("not the expected"), other.getMessage());
        // The root pointing back at itself would loop for ever.
        String looping = text.replaceFirst("node\t0\t0\t(\\d+)\t([^\t]+)\t\\d+\t", "node\t0\t0\t$1\t$2\t0\t");
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> BoostedTrees.read(new ByteArrayInputStream(looping.getBytes(StandardCharsets.UTF_8)), FEATURES));
        assertTrue(broken.getMessage().contains("outside its tree"), broken.getMessage());
    }

    @Test
    void rowsOnAValueTheTrainingDataHoldsKeepTheirSideAfterWritingAndReading() throws Exception {
        // Whole steps of a logarithm, as the line features give (log of a box's line count): a cut
        // written rounded at one of them would move every row holding it to the other side.
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            double lines = Math.log(1 + i % 6);
            x.add(new double[] {lines, i % 2, 0});
            y.add(i % 6 >= 3);
        }
        BoostedTrees model = BoostedTrees.fit(FEATURES, x, y, new BoostedTrees.Settings(20, 2, 0.3, 1.0, 1.0));
        StringWriter out = new StringWriter();
        model.write(out);
        BoostedTrees read = BoostedTrees.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), FEATURES);
        for (double[] row : x) {
            assertEquals(model.probability(row), read.probability(row), 0.0);
        }
        assertTrue(x.stream().allMatch(row -> model.decides(row) == row[0] >= Math.log(4)), "learned the step");
    }

    @Test
    void refusesModelLinesItCannotTrust() throws Exception {
        StringWriter out = new StringWriter();
        trained().write(out);
        String text = out.toString();
        for (String broken : List.of(
                text.replaceFirst("threshold\t[^\n]+", "threshold\t1.5"),
                text.replaceFirst("node\t0\t0\t[^\n]+", "node\t0\t0\t0"),
                text.replaceFirst("node\t1\t", "node\t7\t"),
                text.replaceFirst("(node\t0\t0\t\\d+\t)[^\t]+", "$1NaN"))) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> BoostedTrees.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), FEATURES));
            assertTrue(refused.getMessage().startsWith("model line"), refused.getMessage());
        }
    }

    @Test
    void theBestF1ThresholdSeparatesTheClasses() {
        double[] probabilities = {0.9, 0.8, 0.6, 0.4, 0.3, 0.1};
        List<Boolean> labels = List.of(true, true, true, false, false, true);
        // Cutting at 0.6 gives F1 6/7; at 0.1 (everything positive) 8/10; at 0.8 4/6.
        assertEquals(0.6, Thresholds.bestF(probabilities, labels, 1), 1e-9);
        // Recall weighed more (beta 2): everything positive, F2 = 5·4 / (6 + 4·4) = 0.909 against 0.789 at 0.6.
        assertEquals(0.1, Thresholds.bestF(probabilities, labels, 2), 1e-9);
    }
}
