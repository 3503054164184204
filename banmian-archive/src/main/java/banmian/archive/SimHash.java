package banmian.archive;

import banmian.text.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * 64-bit SimHash over overlapping four-character shingles of an article's Han text. Copies of one
 * wire story printed by several papers differ in a headline, a dateline, a cut paragraph; their
 * fingerprints then differ in a few bits, while unrelated texts differ in about half. Fingerprints
 * within {@link #NEAR} bits share at least one of four 16-bit bands (pigeonhole), so candidates are
 * found with exact lookups of the bands.
 */
final class SimHash {
    static final int NEAR = 3;
    static final int BANDS = 4;
    private static final int SHINGLE = 4;
    /** Shorter texts are briefs and notices whose fingerprints would collide by accident. */
    static final int MIN_CHARACTERS = 200;
    /**
     * Only the opening is fingerprinted: papers reprinting a wire story keep its start and cut its end
     * to fit, and a long article costs no more than a short one.
     */
    static final int MAX_CHARACTERS = 1500;

    private SimHash() {
    }

    /** The fingerprint, or empty for text too short to fingerprint reliably. */
    static OptionalLong of(String text) {
        StringBuilder han = new StringBuilder(text.length());
        text.codePoints().filter(Chars::isHan).limit(MAX_CHARACTERS).forEach(han::appendCodePoint);
        if (han.length() < MIN_CHARACTERS) {
            return OptionalLong.empty();
        }
        int[] weights = new int[64];
        for (int i = 0; i + SHINGLE <= han.length(); i++) {
            long hash = 0x9E3779B97F4A7C15L;
            for (int k = 0; k < SHINGLE; k++) {
                hash = mix(hash ^ han.charAt(i + k));
            }
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += (hash >>> bit & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return OptionalLong.of(fingerprint);
    }

    static boolean near(long a, long b) {
        return Long.bitCount(a ^ b) <= NEAR;
    }

    /** {@code b<band>:<hex>} terms, one per band. */
    static List<String> bands(long fingerprint) {
        List<String> bands = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            bands.add(band + ":" + Long.toHexString(fingerprint >>> (16 * band) & 0xFFFF));
        }
        return bands;
    }

    /** SplitMix64's finaliser: every input bit moves every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
