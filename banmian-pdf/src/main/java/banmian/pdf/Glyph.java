package banmian.pdf;

/**
 * One drawn character after overprint collapse. Coordinates are PDF points from the page's top-left;
 * {@code baseline} is where the glyph sits, {@code size} its font size in points. {@code overprinted}
 * marks a glyph drawn more than once (fake bold, shadow); {@code flow} is the way its text runs on the
 * displayed page.
 */
public record Glyph(String text, double x, double baseline, double width, double size, String font,
                    boolean bold, boolean overprinted, Flow flow) {
    /** Which way text runs: across the page, or down it (vertical setting, sideways text) or up it. */
    public enum Flow {
        ACROSS, DOWN, UP
    }

    /** Read as part of a vertical run. */
    public boolean vertical() {
        return flow != Flow.ACROSS;
    }

    /** Han faces sit about 0.88 em above the baseline and 0.12 below it. */
    private static final double ASCENT = 0.88;

    public double right() {
        return x + width;
    }

    public double top() {
        return baseline - size * ASCENT;
    }

    public double bottom() {
        return baseline + size * (1 - ASCENT);
    }

    public double centerX() {
        return x + width / 2;
    }

    /** Heavy for layout purposes: a bold face or a fake-bold overprint. */
    public boolean heavy() {
        return bold || overprinted;
    }
}
