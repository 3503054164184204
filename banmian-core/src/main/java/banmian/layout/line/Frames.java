package banmian.layout.line;

import banmian.model.Geometry;
import banmian.model.PageGraphics;

import java.util.ArrayList;
import java.util.List;

/**
 * The boxes a page draws around things (a column label, an index box, a boxed article, an
 * advertisement): two horizontal rules with the same ends, and a vertical rule down each end between
 * them. Found from the page's ruling lines alone, whatever order or way they were drawn in.
 */
public final class Frames {
    /** Rules meant to meet are drawn within about a third of a body em of each other. */
    private static final double MEET_EMS = 0.35;

    private Frames() {
    }

    /** The page's frames, each the rectangle inside its rules' centre lines; the smallest first. */
    public static List<Geometry> of(PageGraphics graphics, double bodySize) {
        double slack = Math.max(1, MEET_EMS * bodySize);
        List<Geometry> frames = new ArrayList<>();
        List<Geometry> horizontal = graphics.horizontalRules();
        for (Geometry top : horizontal) {
            Geometry bottom = null;
            for (Geometry other : horizontal) {
                if (centreY(other) > centreY(top) + slack && sameEnds(top.x(), top.right(), other.x(), other.right(), slack)
                        && sides(graphics, top, other, slack) && (bottom == null || centreY(other) < centreY(bottom))) {
                    bottom = other;
                }
            }
            if (bottom != null) {
                frames.add(new Geometry(top.x(), centreY(top), top.width(), centreY(bottom) - centreY(top), 0, false));
            }
        }
        frames.sort((a, b) -> Double.compare(a.width() * a.height(), b.width() * b.height()));
        return frames;
    }

    /** Whether {@code inner} lies within {@code frame}: its centre inside. */
    public static boolean holds(Geometry frame, Geometry inner) {
        double x = inner.x() + inner.width() / 2;
        double y = inner.y() + inner.height() / 2;
        return x > frame.x() && x < frame.right() && y > frame.y() && y < frame.bottom();
    }

    /** A vertical rule runs down each end of the two horizontal ones, from one to the other. */
    private static boolean sides(PageGraphics graphics, Geometry top, Geometry bottom, double slack) {
        boolean left = false;
        boolean right = false;
        for (Geometry rule : graphics.verticalRules()) {
            if (rule.y() <= centreY(top) + slack && rule.bottom() >= centreY(bottom) - slack) {
                double x = rule.x() + rule.width() / 2;
                left |= Math.abs(x - top.x()) <= slack;
                right |= Math.abs(x - top.right()) <= slack;
            }
        }
        return left && right;
    }

    private static boolean sameEnds(double left, double right, double otherLeft, double otherRight, double slack) {
        return Math.abs(left - otherLeft) <= slack && Math.abs(right - otherRight) <= slack;
    }

    private static double centreY(Geometry rule) {
        return rule.y() + rule.height() / 2;
    }
}
