package banmian.layout;

import banmian.text.Chars;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How strongly short texts (headline groups, captions) speak of each article: the share of a text's
 * character bigrams found in the article's body, each weighted by how specific it is to one article
 * (inverse document frequency over the page's articles). Only the short texts' bigrams matter, so
 * they are indexed first and each body is scanned once against that small index.
 */
final class LexicalMatcher {
    private final int[][] queryBigrams;
    private final BitSet[] presentInArticle;
    private final int[] documentFrequency;
    private final int articles;

    LexicalMatcher(List<String> articleBodies, List<String> queries) {
        Map<Integer, Integer> index = new HashMap<>();
        queryBigrams = new int[queries.size()][];
        for (int q = 0; q < queries.size(); q++) {
            int[] bigrams = bigrams(queries.get(q)).stream().mapToInt(bigram -> index.computeIfAbsent(bigram, b -> index.size())).distinct().toArray();
            queryBigrams[q] = bigrams;
        }
        articles = articleBodies.size();
        presentInArticle = new BitSet[articles];
        documentFrequency = new int[index.size()];
        for (int a = 0; a < articles; a++) {
            BitSet present = new BitSet(index.size());
            String body = articleBodies.get(a);
            for (int i = 0; i + 1 < body.length(); i++) {
                if (isTopical(body.charAt(i)) && isTopical(body.charAt(i + 1))) {
                    Integer id = index.get((body.charAt(i) << 16) | body.charAt(i + 1));
                    if (id != null) {
                        present.set(id);
                    }
                }
            }
            present.stream().forEach(id -> documentFrequency[id]++);
            presentInArticle[a] = present;
        }
    }

    /** Score in [0, 1] of query {@code query} against article {@code article}. */
    double score(int query, int article) {
        double total = 0;
        double shared = 0;
        for (int id : queryBigrams[query]) {
            double weight = Math.log(1.0 + (double) articles / Math.max(1, documentFrequency[id]));
            total += weight;
            if (presentInArticle[article].get(id)) {
                shared += weight;
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    /** Bigrams of Han characters, letters and digits only (spaces skipped): punctuation says nothing about topic. */
    private static List<Integer> bigrams(String text) {
        String squashed = Chars.squash(text);
        List<Integer> bigrams = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < squashed.length(); i++) {
            if (isTopical(squashed.charAt(i)) && isTopical(squashed.charAt(i + 1))) {
                bigrams.add((squashed.charAt(i) << 16) | squashed.charAt(i + 1));
            }
        }
        return bigrams;
    }

    private static boolean isTopical(char c) {
        return Chars.isHan(c) || Character.isLetterOrDigit(c);
    }
}
