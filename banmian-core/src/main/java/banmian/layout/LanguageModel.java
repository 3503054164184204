package banmian.layout;

import banmian.text.Chars;

import java.util.List;

/**
 * Character-bigram language models of a page's pieces of text, for asking which piece another most
 * likely continues: the query-likelihood ratio of its bigrams under each piece's model (Dirichlet
 * smoothed with the page as background) against the page as a whole. Unlike the share of shared
 * bigrams, this does not favour the longest piece merely for having more words.
 */
final class LanguageModel {
    /** Dirichlet prior mass: how many bigrams of page background each piece's model borrows. */
    private static final double PRIOR = 50.0;

    private final IntCounts[] pieceCounts;
    private final int[] pieceTotals;
    private final IntCounts pageCounts = new IntCounts(4096);
    private int pageTotal;

    LanguageModel(List<String> pieces) {
        pieceCounts = new IntCounts[pieces.size()];
        pieceTotals = new int[pieces.size()];
        for (int p = 0; p < pieces.size(); p++) {
            String text = pieces.get(p);
            IntCounts counts = new IntCounts(text.length());
            for (int i = 0; i + 1 < text.length(); i++) {
                int bigram = pack(text.charAt(i), text.charAt(i + 1));
                if (bigram != 0) {
                    counts.add(bigram, 1);
                    pageCounts.add(bigram, 1);
                    pieceTotals[p]++;
                    pageTotal++;
                }
            }
            pieceCounts[p] = counts;
        }
    }

    /** Mean log-likelihood ratio per bigram of piece {@code query} under piece {@code model} against the page. */
    double affinity(int query, int model) {
        IntCounts queryCounts = pieceCounts[query];
        int[] seen = {0};
        double[] total = {0};
        int restTotal = pageTotal - pieceTotals[query];
        queryCounts.forEach((bigram, count) -> {
            // The background is the rest of the page: the query's own text is no evidence about itself,
            // and a bigram the rest of the page never uses says nothing about which piece it belongs to.
            int elsewhere = pageCounts.get(bigram) - count;
            if (elsewhere <= 0) {
                return;
            }
            double background = (double) elsewhere / restTotal;
            double smoothed = (pieceCounts[model].get(bigram) + PRIOR * background) / (pieceTotals[model] + PRIOR);
            total[0] += count * (Math.log(smoothed) - Math.log(background));
            seen[0] += count;
        });
        return seen[0] == 0 ? 0 : total[0] / seen[0];
    }

    private static int pack(char first, char second) {
        return Chars.isHan(first) && Chars.isHan(second) ? (first << 16) | second : 0;
    }
}
