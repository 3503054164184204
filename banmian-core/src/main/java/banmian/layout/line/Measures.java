package banmian.layout.line;



/**
 * Column measures, named once: widths are counted in quarter ems ({@link banmian.text.TextWidth}, a
 * full-width character is {@link #CHARACTER} of them), and these are the measure concepts the line
 * model and several stages share. Tolerances tuned to one stage's evidence are that stage family's
 * parameters, each saying why it differs from the others: {@code TagParameters.sameMeasure} (two
 * characters), {@code OrderParameters.sameMeasure} (one), {@code SegmentParameters.measureBucket}
 * (three quarters of one), {@code PrepareParameters.joinedWidthTolerance} and
 * {@code PrepareParameters.splitTolerance}.
 */
public final class Measures {
    /** Quarter ems in one full-width character. */
    public static final int CHARACTER = 4;
    /** Widths within this many quarter ems count as the same measure (punctuation squeezing, digits). */
    public static final int BUCKET = 2;
    /**
     * A line within this many quarter ems of its column's measure reaches the edge: justification
     * stretches a line a character short to the same edge, so about one and a half characters count.
     */
    public static final int FULL_SLACK = 6;
    /** The slack of {@link #FULL_SLACK} with no doubt left: under a character. */
    public static final int SURELY_FULL_SLACK = 3;
    /** A paragraph's first line whose indent the extractor dropped falls this much short of the measure at least... */
    public static final int MIN_INDENT_SHORTFALL = 7;
    /** ...and at most this much: about two characters, give or take punctuation. */
    public static final int MAX_INDENT_SHORTFALL = 14;
    /** ...or this much in a line holding Latin letters or digits, whose widths are estimated more loosely. */
    public static final int MAX_INDENT_SHORTFALL_WITH_LATIN = 16;
    /** How much wider than the columns around it (two characters) a line must run to span columns. */
    public static final int WIDE = 8;

    private Measures() {
    }

    /** Whether two measures are one within {@code tolerance} quarter ems. */
    public static boolean same(int a, int b, int tolerance) {
        return Math.abs(a - b) <= tolerance;
    }

    /**
     * At most three quarters of {@code measure}: as narrow as a heading set in the column runs (a
     * narrow heading's lines, a heading over its box), in whole quarter ems.
     */
    public static boolean isWithinThreeQuarters(int width, int measure) {
        return width * 4 <= measure * 3;
    }

    /** At least three quarters of {@code measure}: as wide as display type spanning its columns runs. */
    public static boolean reachesThreeQuarters(int width, int measure) {
        return width * 4 >= measure * 3;
    }
}
