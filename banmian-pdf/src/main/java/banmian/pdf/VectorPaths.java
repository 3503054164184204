package banmian.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The path under construction in a content stream, on the displayed page, and the ruling lines that
 * painting it leaves behind: axis-aligned straight strokes (box outlines included, side by side) and
 * hairline-thin filled rectangles. Curves never make rules, even when their ends line up.
 */
final class VectorPaths {
    /** A filled rectangle at most this thick (points) reads as a rule, not a tint. */
    private static final double HAIRLINE = 2.5;
    /** Shorter marks are bullets, underlines of a word or clipping slivers, not separators. */
    private static final double MIN_RULE_LENGTH = 12;
    private static final double SKEW = 0.5;

    /** A point of a subpath; {@code curved} when a curve segment ends there. */
    private record Point(double x, double y, boolean curved) {
    }

    private final List<List<Point>> subpaths = new ArrayList<>();
    private List<Point> current;
    private final List<Rule> rules = new ArrayList<>();

    void moveTo(double[] point) {
        current = new ArrayList<>();
        current.add(new Point(point[0], point[1], false));
        subpaths.add(current);
    }

    void lineTo(double[] point) {
        if (current == null) {
            moveTo(point);
        } else {
            current.add(new Point(point[0], point[1], false));
        }
    }

    void curveTo(double[] point) {
        if (current == null) {
            moveTo(point);
        } else {
            current.add(new Point(point[0], point[1], true));
        }
    }

    void closePath() {
        if (current != null && current.size() > 1) {
            Point start = current.get(0);
            current.add(new Point(start.x(), start.y(), false));
        }
    }

    void rectangle(double[] a, double[] b, double[] c, double[] d) {
        moveTo(a);
        lineTo(b);
        lineTo(c);
        lineTo(d);
        closePath();
    }

    void stroke(double lineWidth) {
        for (List<Point> path : subpaths) {
            for (int i = 1; i < path.size(); i++) {
                if (!path.get(i).curved()) {
                    addSegment(path.get(i - 1), path.get(i), lineWidth);
                }
            }
        }
        discard();
    }

    void fill() {
        for (List<Point> path : subpaths) {
            if (path.stream().anyMatch(Point::curved)) {
                continue;
            }
            Box extent = extent(path);
            double thin = Math.min(extent.width(), extent.height());
            double length = Math.max(extent.width(), extent.height());
            if (thin <= HAIRLINE && length >= MIN_RULE_LENGTH) {
                rules.add(new Rule(extent, extent.width() >= extent.height()));
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

    void reset() {
        discard();
        rules.clear();
    }

    private void addSegment(Point from, Point to, double lineWidth) {
        double dx = Math.abs(to.x() - from.x());
        double dy = Math.abs(to.y() - from.y());
        double half = Math.max(lineWidth, 0.1) / 2;
        if (dy <= SKEW && dx >= MIN_RULE_LENGTH) {
            double y = (from.y() + to.y()) / 2;
            rules.add(new Rule(Box.spanning(from.x(), y - half, to.x(), y + half), true));
        } else if (dx <= SKEW && dy >= MIN_RULE_LENGTH) {
            double x = (from.x() + to.x()) / 2;
            rules.add(new Rule(Box.spanning(x - half, from.y(), x + half, to.y()), false));
        }
    }

    private static Box extent(List<Point> path) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point point : path) {
            minX = Math.min(minX, point.x());
            minY = Math.min(minY, point.y());
            maxX = Math.max(maxX, point.x());
            maxY = Math.max(maxY, point.y());
        }
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }
}
