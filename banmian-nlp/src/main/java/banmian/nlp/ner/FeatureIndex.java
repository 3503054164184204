package banmian.nlp.ner;

/**
 * Feature keys (packed into a {@code long}) to dense indices, by open addressing: the tagger looks
 * up some twenty keys per character, so a boxed {@code HashMap<Long, Integer>} would cost more than
 * the scoring itself. Keys are never removed.
 */
final class FeatureIndex {
    private static final long EMPTY = Long.MIN_VALUE;
    /** Key and index side by side (slot s: key at 2s, index at 2s + 1), so that a lookup touches one cache line. */
    private long[] table;
    private int size;

    FeatureIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = emptyTable(capacity);
    }

    private static long[] emptyTable(int capacity) {
        long[] table = new long[capacity * 2];
        for (int slot = 0; slot < capacity; slot++) {
            table[2 * slot] = EMPTY;
        }
        return table;
    }

    int size() {
        return size;
    }

    /** The key's index, or -1 if it has none. */
    int get(long key) {
        int slot = slotOf(table, key);
        return table[2 * slot] == key ? (int) table[2 * slot + 1] : -1;
    }

    /** The key's index, given the next free one if it had none. */
    int add(long key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        if ((size + 1) * 4 > table.length) {
            grow();
        }
        int slot = slotOf(table, key);
        if (table[2 * slot] != key) {
            table[2 * slot] = key;
            table[2 * slot + 1] = size++;
        }
        return (int) table[2 * slot + 1];
    }

    /** The slot holding the key, or the empty slot where it would go. */
    private static int slotOf(long[] table, long key) {
        int mask = table.length / 2 - 1;
        int slot = mix(key) & mask;
        while (table[2 * slot] != key && table[2 * slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The keys by index. */
    long[] keysByIndex() {
        long[] byIndex = new long[size];
        for (int slot = 0; slot < table.length / 2; slot++) {
            if (table[2 * slot] != EMPTY) {
                byIndex[(int) table[2 * slot + 1]] = table[2 * slot];
            }
        }
        return byIndex;
    }

    private void grow() {
        long[] old = table;
        table = emptyTable(old.length);
        for (int slot = 0; slot < old.length / 2; slot++) {
            if (old[2 * slot] != EMPTY) {
                int at = slotOf(table, old[2 * slot]);
                table[2 * at] = old[2 * slot];
                table[2 * at + 1] = old[2 * slot + 1];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
