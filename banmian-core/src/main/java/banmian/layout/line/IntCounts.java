package banmian.layout.line;



/**
 * Counts keyed by int (packed character bigrams), in an open-addressing table: the lexical stages
 * count every bigram of every page, where boxed {@code HashMap<Integer, Integer>} entries cost
 * more than the work itself.
 */
public final class IntCounts {
    private static final int EMPTY = 0;
    private int[] keys;
    private int[] counts;
    private int size;

    public IntCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new int[capacity];
        counts = new int[capacity];
    }

    /** Adds {@code delta} to the count of {@code key}; returns the new count. */
    public int add(int key, int delta) {
        int slot = slot(key);
        if (counts[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        counts[slot] += delta;
        int count = counts[slot];
        if (size * 2 > keys.length) {
            rehash();
        }
        return count;
    }

    public int get(int key) {
        return counts[slot(key)];
    }

    public int size() {
        return size;
    }

    /** Visits every key with its count. */
    public void forEach(java.util.function.BiConsumer<Integer, Integer> action) {
        for (int i = 0; i < keys.length; i++) {
            if (counts[i] != EMPTY) {
                action.accept(keys[i], counts[i]);
            }
        }
    }

    /** How many keys of this table the other one also holds. */
    public int shared(IntCounts other) {
        int shared = 0;
        for (int i = 0; i < keys.length; i++) {
            if (counts[i] != EMPTY && other.get(keys[i]) != EMPTY) {
                shared++;
            }
        }
        return shared;
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int hash = key * 0x9E3779B9;
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (counts[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldCounts[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
