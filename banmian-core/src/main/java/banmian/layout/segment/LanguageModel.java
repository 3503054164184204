package banmian.layout.segment;

import banmian.layout.line.CharacterPairs;
import banmian.layout.line.IntCounts;
import banmian.limits.PageBudget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Character-bigram language models of a page's pieces of text, for asking which piece another most
 * likely continues: the query-likelihood ratio of its bigrams under each piece's model (Dirichlet
 * smoothed with the page as background) against the page as a whole. Unlike the share of shared
 * bigrams, this does not favour the longest piece merely for having more words.
 */
final class LanguageModel {
    /** Dirichlet prior mass: how many bigrams of page background each piece's model borrows ({@link SegmentParameters#prior}). */
    private final double prior;
    private final CharacterPairs[] pieceCounts;
    private final CharacterPairs pageCounts = new CharacterPairs(4096);
    /**
     * For every bigram, the pieces that use it and how often: a query visits only the pieces it shares
     * words with. {@code postingsIndex} maps a bigram to its postings' place in {@code postings} plus
     * one (IntCounts as an int map: 0 means absent).
     */
    private final IntCounts postingsIndex = new IntCounts(4096);
    private final List<Postings> postings = new ArrayList<>();

    LanguageModel(List<String> pieces, double prior) {
        this.prior = prior;
        pieceCounts = new CharacterPairs[pieces.size()];
        for (int p = 0; p < pieces.size(); p++) {
            String text = pieces.get(p);
            CharacterPairs counts = new CharacterPairs(text.length());
            CharacterPairs.forEachPair(text, CharacterPairs.Filter.HAN, bigram -> {
                counts.add(bigram);
                pageCounts.add(bigram);
            });
            pieceCounts[p] = counts;
            int piece = p;
            counts.forEach((bigram, count) -> postingsOf(bigram).add(piece, count));
        }
    }

    /**
     * For every piece, the mean log-likelihood ratio per bigram of piece {@code query} under that
     * piece's model against the page (the query's own entry is meaningless). A bigram the model never
     * uses scores the same under every model but for the model's size, so only shared bigrams are
     * visited: {@code log(prior / (n + prior)) + mean of log(1 + count / (prior * background))}.
     */
    double[] affinities(int query) {
        double[] shared = new double[pieceCounts.length];
        int[] seen = {0};
        int restTotal = pageCounts.total() - pieceCounts[query].total();
        pieceCounts[query].forEach((bigram, count) -> {
            // The background is the rest of the page: the query's own text is no evidence about itself,
            // and a bigram the rest of the page never uses says nothing about which piece it belongs to.
            int elsewhere = pageCounts.count(bigram) - count;
            if (elsewhere <= 0) {
                return;
            }
            double background = (double) elsewhere / restTotal;
            seen[0] += count;
            Postings users = postings.get(postingsIndex.get(bigram) - 1);
            PageBudget.checkpoint();
            for (int i = 0; i < users.size; i++) {
                shared[users.pieces[i]] += count * Math.log1p(users.counts[i] / (prior * background));
            }
        });
        double[] affinities = new double[pieceCounts.length];
        for (int model = 0; model < affinities.length; model++) {
            affinities[model] = seen[0] == 0 ? 0 : Math.log(prior / (pieceCounts[model].total() + prior)) + shared[model] / seen[0];
        }
        return affinities;
    }

    private Postings postingsOf(int bigram) {
        int index = postingsIndex.get(bigram);
        if (index == 0) {
            postings.add(new Postings());
            index = postingsIndex.add(bigram, postings.size());
        }
        return postings.get(index - 1);
    }

    /** Pieces that use one bigram, with their counts. */
    private static final class Postings {
        int[] pieces = new int[2];
        int[] counts = new int[2];
        int size;

        void add(int piece, int count) {
            if (size == pieces.length) {
                pieces = Arrays.copyOf(pieces, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            pieces[size] = piece;
            counts[size++] = count;
        }
    }
}
