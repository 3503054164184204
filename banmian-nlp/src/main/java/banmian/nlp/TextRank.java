package banmian.nlp;

import java.util.Arrays;

/**
 * PageRank over a small weighted directed graph whose nodes are numbered 0..n-1, as TextRank uses it
 * for keywords (words linked when they co-occur in a window) and for summaries (sentences linked by
 * their BM25 similarity). HanLP's own TextRank classes keep the graph in String-keyed maps and
 * dominate the enrichment time; this keeps it in arrays.
 */
final class TextRank {
    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 200;
    private static final double CONVERGED = 0.001;

    private final int[][] targets;
    private final double[][] weights;

    /**
     * @param targets for each node, the nodes it links to (no self links)
     * @param weights for each node, the weight of each of its links, aligned with {@code targets}
     */
    TextRank(int[][] targets, double[][] weights) {
        if (targets.length != weights.length) {
            throw new IllegalArgumentException("targets and weights differ in length");
        }
        this.targets = targets;
        this.weights = weights;
    }

    /** A node's score: (1 - d) plus d times the scores flowing in, each source spread by its out-weight. */
    double[] scores() {
        int n = targets.length;
        double[] outWeight = new double[n];
        for (int source = 0; source < n; source++) {
            for (double weight : weights[source]) {
                outWeight[source] += weight;
            }
        }
        double[] score = new double[n];
        Arrays.fill(score, 1.0);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            Arrays.fill(next, 1 - DAMPING);
            for (int source = 0; source < n; source++) {
                if (outWeight[source] == 0) {
                    continue;
                }
                double share = DAMPING * score[source] / outWeight[source];
                int[] to = targets[source];
                double[] weight = weights[source];
                for (int k = 0; k < to.length; k++) {
                    next[to[k]] += share * weight[k];
                }
            }
            double change = 0;
            for (int node = 0; node < n; node++) {
                change = Math.max(change, Math.abs(next[node] - score[node]));
            }
            score = next;
            if (change <= CONVERGED) {
                break;
            }
        }
        return score;
    }
}
