package banmian.nlp.ner;

import java.util.Arrays;

/**
 * Feature keys (packed into a {@code long}) to dense indices, by open addressing: the tagger looks
 * up some twenty keys per character, so a boxed {@code HashMap<Long, Integer>} would cost more than
 * the scoring itself. Keys are never removed.
 */
final class FeatureIndex {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;

    FeatureIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        values = new int[capacity];
    }

    int size() {
        return size;
    }

    /** The key's index, or -1 if it has none. */
    int get(long key) {
        int slot = slotOf(key);
        return keys[slot] == key ? values[slot] : -1;
    }

    /** The key's index, given the next free one if it had none. */
    int add(long key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int slot = slotOf(key);
        if (keys[slot] != key) {
            keys[slot] = key;
            values[slot] = size++;
        }
        return values[slot];
    }

    /** The slot holding the key, or the empty slot where it would go. */
    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != key && keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The keys by index. */
    long[] keysByIndex() {
        long[] byIndex = new long[size];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                byIndex[values[slot]] = keys[slot];
            }
        }
        return byIndex;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[keys.length];
        int mask = keys.length - 1;
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldKeys[old] != EMPTY) {
                int slot = mix(oldKeys[old]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[old];
                values[slot] = oldValues[old];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
