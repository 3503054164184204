package banmian.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The referee's {@code pair(truth, pred)}: one-to-one pairing of truth and predicted articles, greedy over body
 * bigram overlap.
 */
final class ArticlePairing {
    /** Pairs scoring at most this are coincidental overlap, not the same article. */
    private static final double MINIMUM_SCORE = 0.05;

    /**
     * Python sorts the (score, i, j) tuples with reverse=True, so ties in score go to the larger truth index and
     * then the larger predicted index.
     */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score)
            .thenComparingInt(Candidate::truthIndex)
            .thenComparingInt(Candidate::predIndex)
            .reversed();

    private record Candidate(double score, int truthIndex, int predIndex) {
    }

    private ArticlePairing() {
    }

    /** Truth index to predicted index, from the whitespace-free body texts of each side. */
    static Map<Integer, Integer> pair(List<String> truthBodies, List<String> predBodies) {
        List<Set<Long>> predBigrams = predBodies.stream().map(ArticleText::bigrams).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < truthBodies.size(); i++) {
            Set<Long> truthBigrams = ArticleText.bigrams(truthBodies.get(i));
            for (int j = 0; j < predBodies.size(); j++) {
                if (!truthBigrams.isEmpty() && !predBigrams.get(j).isEmpty()) {
                    candidates.add(new Candidate(overlapScore(truthBigrams, predBigrams.get(j)), i, j));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        Map<Integer, Integer> pairs = new HashMap<>();
        Set<Integer> usedPredictions = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (candidate.score() <= MINIMUM_SCORE || pairs.containsKey(candidate.truthIndex())
                    || usedPredictions.contains(candidate.predIndex())) {
                continue;
            }
            pairs.put(candidate.truthIndex(), candidate.predIndex());
            usedPredictions.add(candidate.predIndex());
        }
        return pairs;
    }

    /**
     * Overlap relative to the smaller set, weighted by how much of the truth it covers. The operations run in the
     * referee's order, left to right, so the doubles (and hence ties) come out identical.
     */
    private static double overlapScore(Set<Long> truthBigrams, Set<Long> predBigrams) {
        Set<Long> shared = new HashSet<>(truthBigrams);
        shared.retainAll(predBigrams);
        int common = shared.size();
        return (double) common / Math.max(1, Math.min(truthBigrams.size(), predBigrams.size())) * common
                / Math.max(1, truthBigrams.size());
    }
}
