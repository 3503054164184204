package banmian.layout.assemble;

import banmian.layout.line.IntCounts;

import banmian.text.Chars;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

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
            String body = articleBodies.get(a);
            for (int i = 0; i + 1 < body.length(); i++) {
                int id = index.get(pack(body.charAt(i), body.charAt(i + 1))) - 1;
                if (id >= 0) {
                    present.set(id);
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

    /** The distinct topical bigrams of {@code text} as ids in {@code index} (ids stored plus one, zero being empty). */
    private static int[] idsOf(String text, IntCounts index) {
        String squashed = Chars.squash(text);
        int[] ids = new int[Math.max(0, squashed.length() - 1)];
        int count = 0;
        IntCounts seen = new IntCounts(squashed.length());
        for (int i = 0; i + 1 < squashed.length(); i++) {
            int key = pack(squashed.charAt(i), squashed.charAt(i + 1));
            if (key == 0 || seen.get(key) > 0) {
                continue;
            }
            seen.add(key, 1);
            int id = index.get(key);
            if (id == 0) {
                id = index.add(key, index.size() + 1);
            }
            ids[count++] = id - 1;
        }
        return Arrays.copyOf(ids, count);
    }

    /** A bigram of Han characters, letters or digits packed into an int; 0 for pairs with punctuation, which say nothing about topic. */
    private static int pack(char first, char second) {
        return isTopical(first) && isTopical(second) ? (first << 16) | second : 0;
    }

    private static boolean isTopical(char c) {
        return Chars.isHan(c) || Character.isLetterOrDigit(c);
    }
}
