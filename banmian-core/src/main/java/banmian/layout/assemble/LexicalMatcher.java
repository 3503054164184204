package banmian.layout.assemble;

import banmian.layout.line.CharacterPairs;
import banmian.layout.line.IntCounts;
import banmian.text.Chars;

import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How strongly short texts (headline groups, captions) speak of each article: the share of a text's
 * character bigrams found in the article's body, each weighted by how specific it is to one article
 * (inverse document frequency over the page's articles). Only the queries' bigrams matter, so they
 * are indexed first and each body is scanned once against that index.
 */
final class LexicalMatcher {
    private final int[][] queryBigrams;
    private final BitSet[] presentInArticle;
    private final int[] documentFrequency;
    private final int articles;

    LexicalMatcher(List<String> articleBodies, List<String> queries) {
        IntCounts index = new IntCounts(256);
        queryBigrams = new int[queries.size()][];
        for (int q = 0; q < queries.size(); q++) {
            queryBigrams[q] = idsOf(queries.get(q), index);
        }
        articles = articleBodies.size();
        presentInArticle = new BitSet[articles];
        documentFrequency = new int[index.size()];
        for (int a = 0; a < articles; a++) {
            BitSet present = new BitSet(index.size());
            CharacterPairs.forEachPair(articleBodies.get(a), CharacterPairs.Filter.TOPICAL, pair -> {
                int id = index.get(pair) - 1;
                if (id >= 0) {
                    present.set(id);
                }
            });
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

    /**
     * The distinct topical pairs of {@code text} ({@link CharacterPairs.Filter#TOPICAL}: pairs with
     * punctuation say nothing about topic) as ids in {@code index} (ids stored plus one, zero being empty).
     */
    private static int[] idsOf(String text, IntCounts index) {
        String squashed = Chars.squash(text);
        IntStream.Builder ids = IntStream.builder();
        CharacterPairs seen = new CharacterPairs(squashed.length());
        CharacterPairs.forEachPair(squashed, CharacterPairs.Filter.TOPICAL, pair -> {
            if (seen.add(pair) == 1) {
                int id = index.get(pair);
                if (id == 0) {
                    id = index.add(pair, index.size() + 1);
                }
                ids.add(id - 1);
            }
        });
        return ids.build().toArray();
    }
}
