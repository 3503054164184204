package banmian.layout.line;

import banmian.text.Chars;

import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * Counts of neighbouring character pairs (character bigrams): the lexical evidence of the text path.
 * A pair is packed into one int ({@link #pack}) and counted in an {@link IntCounts} table. Which
 * pairs of a text count is the caller's {@link Filter} (pairs of Han characters, topical pairs,
 * any pair); pairs are taken within one text at a time, never across two.
 */
public final class CharacterPairs {
    /** Which neighbouring characters make a pair worth counting. */
    @FunctionalInterface
    public interface Filter {
        /** Every pair, punctuation and spaces included. */
        Filter ANY = (first, second) -> true;
        /** Two Han characters: the pairs that carry a text's wording. */
        Filter HAN = (first, second) -> Chars.isHan(first) && Chars.isHan(second);
        /** Two Han characters, letters or digits: pairs with punctuation say nothing about topic. */
        Filter TOPICAL = (first, second) -> isTopical(first) && isTopical(second);

        boolean accepts(char first, char second);
    }

    private final IntCounts counts;
    private int total;

    /** A table sized for about {@code expected} distinct pairs. */
    public CharacterPairs(int expected) {
        counts = new IntCounts(expected);
    }

    /** The pair {@code first}, {@code second} as one int (never 0 for a pair of printing characters). */
    public static int pack(char first, char second) {
        return (first << 16) | second;
    }

    /**
     * Calls {@code action} with every pair of neighbouring characters in {@code text} that
     * {@code filter} accepts, packed ({@link #pack}), in text order. The three common filters run in
     * loops of their own: the stages call this for every character of a page, where a call through
     * the filter interface for each pair costs more than the counting.
     */
    public static void forEachPair(CharSequence text, Filter filter, IntConsumer action) {
        int end = text.length() - 1;
        if (filter == Filter.HAN) {
            for (int i = 0; i < end; i++) {
                char first = text.charAt(i);
                char second = text.charAt(i + 1);
                if (Chars.isHan(first) && Chars.isHan(second)) {
                    action.accept(pack(first, second));
                }
            }
        } else if (filter == Filter.ANY) {
            for (int i = 0; i < end; i++) {
                action.accept(pack(text.charAt(i), text.charAt(i + 1)));
            }
        } else {
            for (int i = 0; i < end; i++) {
                char first = text.charAt(i);
                char second = text.charAt(i + 1);
                if (filter.accepts(first, second)) {
                    action.accept(pack(first, second));
                }
            }
        }
    }

    /** Counts every pair of {@code text} that {@code filter} accepts; returns this. */
    public CharacterPairs countPairsOf(CharSequence text, Filter filter) {
        int end = text.length() - 1;
        if (filter == Filter.HAN) {
            for (int i = 0; i < end; i++) {
                char first = text.charAt(i);
                char second = text.charAt(i + 1);
                if (Chars.isHan(first) && Chars.isHan(second)) {
                    add(pack(first, second));
                }
            }
        } else if (filter == Filter.ANY) {
            for (int i = 0; i < end; i++) {
                add(pack(text.charAt(i), text.charAt(i + 1)));
            }
        } else {
            for (int i = 0; i < end; i++) {
                char first = text.charAt(i);
                char second = text.charAt(i + 1);
                if (filter.accepts(first, second)) {
                    add(pack(first, second));
                }
            }
        }
        return this;
    }

    public int add(int pair) {
        total++;
        return counts.add(pair, 1);
    }

    public int count(char first, char second) {
        return counts.get(pack(first, second));
    }

    public int count(int pair) {
        return counts.get(pair);
    }

    /** How many distinct pairs were counted. */
    public int size() {
        return counts.size();
    }

    /** How many pairs were counted in all. */
    public int total() {
        return total;
    }

    /** How many distinct pairs counted here were also counted in {@code other}. */
    public int shared(CharacterPairs other) {
        return counts.shared(other.counts);
    }

    /** Visits every distinct pair (packed) with its count, in the table's order. */
    public void forEach(BiConsumer<Integer, Integer> action) {
        counts.forEach(action);
    }

    private static boolean isTopical(char c) {
        return Chars.isHan(c) || Character.isLetterOrDigit(c);
    }
}
