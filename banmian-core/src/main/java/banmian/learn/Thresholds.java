package banmian.learn;

import java.util.Arrays;
import java.util.List;

/** Where a classifier's probability is cut into a decision. */
public final class Thresholds {
    private Thresholds() {
    }

    /**
     * The threshold with the highest F-measure of the positive class on rows whose probabilities are
     * {@code probabilities} and labels {@code y}; {@code beta} below 1 weighs precision more than
     * recall (F0.5 counts a false positive as costly as two misses).
     */
    public static double bestF(double[] probabilities, List<Boolean> y, double beta) {
        Integer[] order = new Integer[probabilities.length];
        int positives = 0;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            positives += y.get(i) ? 1 : 0;
        }
        Arrays.sort(order, (a, b) -> Double.compare(probabilities[b], probabilities[a]));
        int truePositives = 0;
        int predicted = 0;
        double best = -1;
        double bestThreshold = 0.5;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            predicted++;
            truePositives += y.get(i) ? 1 : 0;
            boolean tieFollows = k + 1 < order.length && probabilities[order[k + 1]] == probabilities[i];
            double f = (1 + beta * beta) * truePositives / (predicted + beta * beta * positives);
            if (!tieFollows && f > best) {
                best = f;
                bestThreshold = probabilities[i];
            }
        }
        return bestThreshold;
    }
}
