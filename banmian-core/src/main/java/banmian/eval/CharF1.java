package banmian.eval;

/** The referee's {@code char_f1}: order-sensitive character F1 of two texts, from difflib's matching blocks. */
public final class CharF1 {
    private CharF1() {
    }

    /** {@code 2 * matched / (len(a) + len(b))}, counting code points as Python does; 1.0 when both are empty. */
    public static double of(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int[] aCodePoints = a.codePoints().toArray();
        int[] bCodePoints = b.codePoints().toArray();
        int matched = MatchingBlocks.matchedLength(aCodePoints, bCodePoints);
        return 2.0 * matched / (aCodePoints.length + bCodePoints.length);
    }
}
