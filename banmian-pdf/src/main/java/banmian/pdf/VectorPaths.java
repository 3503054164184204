package banmian.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The path under construction in a content stream, in page coordinates, and what painting it leaves
 * behind: axis-aligned strokes and hairline fills become {@link Rule}s, larger rectangles frames.
 * Curves only widen a subpath's extent: newspapers draw their rules and boxes straight.
 */
final class VectorPaths {
    /** A filled rectangle at most this thick (points) reads as a rule, not a tint. */
    private static final double HAIRLINE = 2.5;
    /** Shorter marks are bullets, underlines of a word or clipping slivers, not separators. */
    private static final double MIN_RULE_LENGTH = 12;
    private static final double SKEW = 0.5;

    private final List<List<double[]>> subpaths = new ArrayList<>();
    private List<double[]> current;
    private final List<Rule> rules = new ArrayList<>();
    private final List<Box> frames = new ArrayList<>();

    void moveTo(double x, double y) {
        current = new ArrayList<>();
        current.add(new double[] {x, y});
        subpaths.add(current);
    }

    void lineTo(double x, double y) {
        if (current == null) {
            moveTo(x, y);
        } else {
            current.add(new double[] {x, y});
        }
    }

    /** A curve segment: only its end point is kept (see the class comment). */
    void curveTo(double x, double y) {
        lineTo(x, y);
    }

    void closePath() {
        if (current != null && current.size() > 1) {
            current.add(current.get(0).clone());
        }
    }

    void rectangle(double[] a, double[] b, double[] c, double[] d) {
        moveTo(a[0], a[1]);
        lineTo(b[0], b[1]);
        lineTo(c[0], c[1]);
        lineTo(d[0], d[1]);
        closePath();
    }

    void stroke(double lineWidth) {
        for (List<double[]> path : subpaths) {
            for (int i = 1; i < path.size(); i++) {
                addSegment(path.get(i - 1), path.get(i), lineWidth);
            }
            if (isClosedArea(path)) {
                addFrame(path);
            }
        }
        discard();
    }

    void fill() {
        for (List<double[]> path : subpaths) {
            Box extent = extent(path);
            double thin = Math.min(extent.width(), extent.height());
            double length = Math.max(extent.width(), extent.height());
            if (thin <= HAIRLINE && length >= MIN_RULE_LENGTH) {
                rules.add(new Rule(extent, extent.width() >= extent.height()));
            } else if (thin > HAIRLINE) {
                frames.add(extent);
            }
        }
        discard();
    }

    void discard() {
        subpaths.clear();
        current = null;
    }

    List<Rule> rules() {
        return rules;
    }

    List<Box> frames() {
        return frames;
    }

    void reset() {
        discard();
        rules.clear();
        frames.clear();
    }

    private void addSegment(double[] from, double[] to, double lineWidth) {
        double dx = Math.abs(to[0] - from[0]);
        double dy = Math.abs(to[1] - from[1]);
        double half = Math.max(lineWidth, 0.1) / 2;
        if (dy <= SKEW && dx >= MIN_RULE_LENGTH) {
            double y = (from[1] + to[1]) / 2;
            rules.add(new Rule(Box.spanning(from[0], y - half, to[0], y + half), true));
        } else if (dx <= SKEW && dy >= MIN_RULE_LENGTH) {
            double x = (from[0] + to[0]) / 2;
            rules.add(new Rule(Box.spanning(x - half, from[1], x + half, to[1]), false));
        }
    }

    private static boolean isClosedArea(List<double[]> path) {
        if (path.size() < 4) {
            return false;
        }
        Box extent = extent(path);
        return extent.width() > HAIRLINE && extent.height() > HAIRLINE;
    }

    private void addFrame(List<double[]> path) {
        frames.add(extent(path));
    }

    private static Box extent(List<double[]> path) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] point : path) {
            minX = Math.min(minX, point[0]);
            minY = Math.min(minY, point[1]);
            maxX = Math.max(maxX, point[0]);
            maxY = Math.max(maxY, point[1]);
        }
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }
}
