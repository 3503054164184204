package banmian.layout;

import banmian.text.Chars;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How strongly a short text (a headline group, a caption) speaks of each article: the share of its
 * character bigrams found in the article's body, each weighted by how specific it is to one
 * article (inverse document frequency over the page's articles).
 */
final class LexicalMatcher {
    private final List<Set<String>> articleBigrams = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    LexicalMatcher(List<String> articleBodies) {
        for (String body : articleBodies) {
            Set<String> bigrams = bigrams(body);
            articleBigrams.add(bigrams);
            for (String bigram : bigrams) {
                documentFrequency.merge(bigram, 1, Integer::sum);
            }
        }
    }

    /** Score in [0, 1] of {@code text} against article {@code index}. */
    double score(String text, int index) {
        Set<String> own = bigrams(text);
        double total = 0;
        double shared = 0;
        for (String bigram : own) {
            double weight = Math.log(1.0 + (double) articleBigrams.size() / documentFrequency.getOrDefault(bigram, 1));
            total += weight;
            if (articleBigrams.get(index).contains(bigram)) {
                shared += weight;
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    int size() {
        return articleBigrams.size();
    }

    /** Bigrams of Han characters and digits only: punctuation pairs say nothing about topic. */
    static Set<String> bigrams(String text) {
        String squashed = Chars.squash(text);
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < squashed.length(); i++) {
            char a = squashed.charAt(i);
            char b = squashed.charAt(i + 1);
            if (isTopical(a) && isTopical(b)) {
                bigrams.add(squashed.substring(i, i + 2));
            }
        }
        return bigrams;
    }

    private static boolean isTopical(char c) {
        return Chars.isHan(c) || Character.isLetterOrDigit(c);
    }
}
