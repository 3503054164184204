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

    /** Visits the packed pairs of {@code text} that {@code filter} accepts, in order. */
    public static void forEachPair(CharSequence text, Filter filter, IntConsumer action) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char first = text.charAt(i);
            char second = text.charAt(i + 1);
            if (filter.accepts(first, second)) {
                action.accept(pack(first, second));
            }
        }
    }

    /** Counts the pairs of {@code text} that {@code filter} accepts, in order; returns this. */
    public CharacterPairs countPairsOf(CharSequence text, Filter filter) {
        forEachPair(text, filter, this::add);
        return this;
    }

    /** Counts the packed pair once more; returns its new count. */
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
