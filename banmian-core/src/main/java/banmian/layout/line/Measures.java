package banmian.layout.line;

/** Tolerances of column measures (widths in quarter ems, {@link banmian.text.TextWidth}) that several stages share. */
public final class Measures {
    /** Widths within this many quarter-ems count as the same measure (punctuation squeezing, digits). */
    public static final int BUCKET = 2;

    private Measures() {
    }
}
