package banmian.pdf;

import banmian.model.Geometry;

/** An axis-aligned rectangle in PDF points from the page's top-left. */
public record Box(double x, double y, double width, double height) {
    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }

    public static Box spanning(double x1, double y1, double x2, double y2) {
        return new Box(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    /** Length of the overlap of the two boxes' horizontal extents (0 when apart). */
    public double horizontalOverlap(Box other) {
        return Math.max(0, Math.min(right(), other.right()) - Math.max(x, other.x));
    }

    public double verticalOverlap(Box other) {
        return Math.max(0, Math.min(bottom(), other.bottom()) - Math.max(y, other.y));
    }

    public Geometry geometry(double fontSize, boolean bold) {
        return new Geometry(x, y, width, height, fontSize, bold);
    }
}
