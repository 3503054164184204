package banmian.archive;

import banmian.text.Chars;

import java.util.HashSet;
import java.util.Set;

/** Sets of Han character pairs, for telling which of a few texts another most resembles. */
final class Bigrams {
    private Bigrams() {
    }

    static Set<Integer> of(String text) {
        Set<Integer> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            char first = text.charAt(i);
            char second = text.charAt(i + 1);
            if (Chars.isHan(first) && Chars.isHan(second)) {
                pairs.add(first << 16 | second);
            }
        }
        return pairs;
    }

    /** Shared pairs as a share of the smaller set (0 when either is empty). */
    static double overlap(Set<Integer> a, Set<Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<Integer> smaller = a.size() <= b.size() ? a : b;
        Set<Integer> larger = smaller == a ? b : a;
        int shared = 0;
        for (int pair : smaller) {
            if (larger.contains(pair)) {
                shared++;
            }
        }
        return (double) shared / smaller.size();
    }
}
