package banmian.layout.order;

import banmian.layout.line.CharacterPairs;
import banmian.layout.line.IntCounts;
import banmian.layout.line.OrderParameters;
import banmian.layout.line.TextLine;
import banmian.text.Chars;
import banmian.text.Punctuation;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether text reads on across a join, judged by the page itself: the character bigram the join
 * would create is scored by its pointwise mutual information in the page's own running text
 * (counted within boxes, where the extractor's order is certain), and the trigrams across the join
 * add to it. Terms repeat within an article ({@code 决胜全面建成小康社会}), so a join that recreates
 * a term the page uses elsewhere is likely right, while pairs of common characters ({@code 的人})
 * prove little. Only n-grams that some join could create are counted.
 */
final class JunctionEvidence {
    /** As strong as a page-seen trigram on both sides of the join ({@link OrderParameters#reduplicationEvidence}). */
    private final double reduplicationEvidence;
    /** Counts of the characters a join could put on either side of it. */
    private final IntCounts unigrams = new IntCounts(256);
    /** Pairs starting with one of the last two characters of a line a join may follow. */
    private final CharacterPairs pairs = new CharacterPairs(1024);
    private final Map<String, Integer> trigrams = new HashMap<>();
    private int characters;

    /**
     * @param lines the page's lines (body text is read from them)
     * @param tails lines after which a join may happen
     * @param heads lines before which a join may happen
     */
    JunctionEvidence(List<TextLine> lines, List<TextLine> tails, List<TextLine> heads) {
        this(OrderParameters.DEFAULTS, lines, tails, heads);
    }

    /** As {@link #JunctionEvidence(List, List, List)}, with the order family's {@code parameters}. */
    JunctionEvidence(OrderParameters parameters, List<TextLine> lines, List<TextLine> tails, List<TextLine> heads) {
        reduplicationEvidence = parameters.reduplicationEvidence();
        BitSet gramStarts = new BitSet(Character.MAX_VALUE + 1);
        BitSet unigrams = new BitSet(Character.MAX_VALUE + 1);
        for (TextLine tail : tails) {
            String body = tail.body;
            if (body.length() >= 2) {
                gramStarts.set(body.charAt(body.length() - 1));
                gramStarts.set(body.charAt(body.length() - 2));
                unigrams.set(body.charAt(body.length() - 1));
            }
        }
        for (TextLine head : heads) {
            if (!head.body.isEmpty()) {
                unigrams.set(head.body.charAt(0));
            }
        }
        StringBuilder box = new StringBuilder();
        int currentBox = -1;
        for (TextLine line : lines) {
            if (!line.role().isBodyFlow()) {
                continue;
            }
            if (line.box != currentBox) {
                count(box, gramStarts, unigrams);
                box.setLength(0);
                currentBox = line.box;
            }
            box.append(line.body);
        }
        count(box, gramStarts, unigrams);
    }

    private void count(CharSequence text, BitSet gramStarts, BitSet unigramSet) {
        characters += text.length();
        // One pass: the pairs and trigrams that start at a character some join could end on, and the unigrams.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unigramSet.get(c)) {
                unigrams.add(c, 1);
            }
            if (gramStarts.get(c) && i + 2 <= text.length()) {
                pairs.add(CharacterPairs.pack(c, text.charAt(i + 1)));
                if (i + 3 <= text.length()) {
                    trigrams.merge(text.subSequence(i, i + 3).toString(), 1, Integer::sum);
                }
            }
        }
    }

    /** Evidence (0 when none) that {@code head} continues {@code tail} directly. */
    double score(String tail, String head) {
        if (!head.isEmpty() && Punctuation.QUOTATION_OPENERS.indexOf(head.charAt(0)) >= 0) {
            // A quotation or title opening the continuation: the words run on inside it.
            head = head.substring(1);
        }
        if (tail.length() < 2 || head.length() < 2 || !Chars.isHan(tail.charAt(tail.length() - 1)) || !Chars.isHan(head.charAt(0))) {
            return 0;
        }
        if (completesReduplication(tail, head)) {
            return reduplicationEvidence;
        }
        char last = tail.charAt(tail.length() - 1);
        char first = head.charAt(0);
        int pair = pairs.count(last, first);
        if (pair == 0) {
            return 0;
        }
        double pmi = Math.log((double) pair * characters / ((unigrams.get(last) + 1.0) * (unigrams.get(first) + 1.0)));
        double acrossTrigrams = Math.log1p(trigram(tail.substring(tail.length() - 2) + first))
                + Math.log1p(trigram(last + head.substring(0, 2)));
        return Math.max(0, pmi) + acrossTrigrams;
    }

    /**
     * {@code 松松垮} + {@code 垮，}: an AABB word ({@code 松松垮垮}, {@code 清清楚楚}) broken before its
     * last character. The form is too rare for the page to repeat it, and a line ending AAB where B
     * does not come again is itself rare.
     */
    static boolean completesReduplication(String tail, String head) {
        int n = tail.length();
        if (n < 3 || head.isEmpty()) {
            return false;
        }
        char a = tail.charAt(n - 3);
        char b = tail.charAt(n - 1);
        return a == tail.charAt(n - 2) && a != b && Chars.isHan(a) && head.charAt(0) == b
                && (n < 4 || tail.charAt(n - 4) != a);
    }

    /** Whether the join recreates a character pair the page uses elsewhere. */
    boolean pairSeen(String tail, String head) {
        return !tail.isEmpty() && !head.isEmpty() && pairs.count(tail.charAt(tail.length() - 1), head.charAt(0)) > 0;
    }

    /** Whether the join recreates a three-character sequence the page uses elsewhere. */
    boolean trigramSeen(String tail, String head) {
        if (tail.length() < 2 || head.length() < 2) {
            return false;
        }
        return trigram(tail.substring(tail.length() - 2) + head.charAt(0)) > 0
                || trigram(tail.charAt(tail.length() - 1) + head.substring(0, 2)) > 0;
    }

    private int trigram(String gram) {
        return trigrams.getOrDefault(gram, 0);
    }
}
