package banmian.model;

import java.util.Collection;

/**
 * Where a line sits on the page, when the input knows it (the PDF path). Units are PDF points,
 * origin top-left; {@code fontSize} is the dominant glyph size of the line.
 */
public record Geometry(double x, double y, double width, double height, double fontSize, boolean bold) {
    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    /** How far the two extents run side by side across the page; negative by the gap when apart. */
    public double horizontalOverlap(Geometry other) {
        return Math.min(right(), other.right()) - Math.max(x, other.x);
    }

    /** How far the two extents run side by side down the page; negative by the gap when apart. */
    public double verticalOverlap(Geometry other) {
        return Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
    }

    /** The smallest box around all of them, in the first one's type; null for none. */
    public static Geometry around(Collection<Geometry> geometries) {
        Geometry first = null;
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Geometry g : geometries) {
            if (g == null) {
                continue;
            }
            first = first == null ? g : first;
            left = Math.min(left, g.x);
            top = Math.min(top, g.y);
            right = Math.max(right, g.right());
            bottom = Math.max(bottom, g.bottom());
        }
        return first == null ? null : new Geometry(left, top, right - left, bottom - top, first.fontSize, first.bold);
    }
}
