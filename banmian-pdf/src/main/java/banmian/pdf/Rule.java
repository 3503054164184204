package banmian.pdf;

/**
 * A ruling line: a stroked segment or a hairline-thin filled rectangle, horizontal or vertical.
 * Newspapers draw these between articles and around boxed ones.
 */
public record Rule(Box extent, boolean horizontal) {
    public double length() {
        return horizontal ? extent.width() : extent.height();
    }

    /** Where the rule runs: y for a horizontal rule, x for a vertical one. */
    public double position() {
        return horizontal ? extent.y() + extent.height() / 2 : extent.x() + extent.width() / 2;
    }
}
