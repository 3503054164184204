package banmian.model;

/**
 * Proportions of newspaper type that every path reads the same way: display type (headlines,
 * kickers, in-article headings) is set clearly larger than body type, while bylines and captions stay
 * within a fifth of it.
 */
public final class TypeScale {
    public static final double DISPLAY_RATIO = 1.2;
    /**
     * A paragraph's first line is indented two ems (a quarter em of slack): the left edges of a
     * column's lines lie within this many ems of each other.
     */
    public static final double PARAGRAPH_INDENT_EMS = 2.25;

    private TypeScale() {
    }

    public static boolean isDisplay(double size, double bodySize) {
        return bodySize > 0 && size >= DISPLAY_RATIO * bodySize;
    }
}
