package banmian.nlp.ner;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeatureIndexTest {
    @Test
    void keysKeepTheirIndicesAsTheTableGrows() {
        FeatureIndex index = new FeatureIndex(4);
        long[] keys = new Random(3).longs(10_000).filter(key -> key != Long.MIN_VALUE).distinct().toArray();
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, index.add(keys[i]));
        }
        assertEquals(keys.length, index.size());
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, index.get(keys[i]));
            assertEquals(i, index.add(keys[i]), "adding a key again gives its index");
        }
        assertArrayEquals(keys, index.keysByIndex());
        assertThrows(IllegalArgumentException.class, () -> index.add(Long.MIN_VALUE));
    }

    @Test
    void anAbsentKeyHasNoIndex() {
        FeatureIndex index = new FeatureIndex(16);
        index.add(0L);
        index.add(42L);
        assertEquals(-1, index.get(43L));
        assertEquals(0, index.get(0L));
    }
}
