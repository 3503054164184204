package banmian.layout;

import banmian.text.Chars;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether text reads on across a join, judged by the page itself: the character bigram the join
 * would create is scored by its pointwise mutual information in the page's own running text
 * (counted within boxes, where the extractor's order is certain), and the trigrams across the join
 * add to it. Terms repeat within an article ({@code 决胜全面建成小康社会}), so a join that recreates
 * a term the page uses elsewhere is likely right, while pairs of common characters ({@code 的人})
 * prove little.
 */
final class JunctionEvidence {
    private final Map<String, Integer> counts = new HashMap<>();
    private int characters;

    JunctionEvidence(List<TextLine> lines) {
        StringBuilder box = new StringBuilder();
        int currentBox = -1;
        for (TextLine line : lines) {
            if (!line.role.isBodyFlow()) {
                continue;
            }
            if (line.box != currentBox) {
                count(box);
                box.setLength(0);
                currentBox = line.box;
            }
            box.append(line.body);
        }
        count(box);
    }

    private void count(CharSequence text) {
        characters += text.length();
        for (int i = 0; i < text.length(); i++) {
            for (int n = 1; n <= 3 && i + n <= text.length(); n++) {
                counts.merge(text.subSequence(i, i + n).toString(), 1, Integer::sum);
            }
        }
    }

    /** Evidence (0 when none) that {@code head} continues {@code tail} directly. */
    double score(String tail, String head) {
        if (tail.length() < 2 || head.length() < 2 || !Chars.isHan(tail.charAt(tail.length() - 1)) || !Chars.isHan(head.charAt(0))) {
            return 0;
        }
        String last = tail.substring(tail.length() - 1);
        String first = head.substring(0, 1);
        int pair = count(last + first);
        if (pair == 0) {
            return 0;
        }
        double pmi = Math.log((double) pair * characters / ((count(last) + 1.0) * (count(first) + 1.0)));
        double trigrams = Math.log1p(count(tail.substring(tail.length() - 2) + first)) + Math.log1p(count(last + head.substring(0, 2)));
        return Math.max(0, pmi) + trigrams;
    }

    /** Whether the join recreates a character pair the page uses elsewhere. */
    boolean pairSeen(String tail, String head) {
        return !tail.isEmpty() && !head.isEmpty() && count(tail.substring(tail.length() - 1) + head.charAt(0)) > 0;
    }

    /** Whether the join recreates a three-character sequence the page uses elsewhere. */
    boolean trigramSeen(String tail, String head) {
        if (tail.length() < 2 || head.length() < 2) {
            return false;
        }
        return count(tail.substring(tail.length() - 2) + head.charAt(0)) > 0
                || count(tail.substring(tail.length() - 1) + head.substring(0, 2)) > 0;
    }

    private int count(String gram) {
        return counts.getOrDefault(gram, 0);
    }
}
