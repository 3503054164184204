package banmian.layout;

import banmian.model.Geometry;

import java.util.List;

/** Whether a ruling line parts two stretches of a page, for the stages that read rules as borders. */
final class RulingLines {
    /** Rules are drawn a little into the gap's edges. */
    private static final double SLACK = 1;

    private RulingLines() {
    }

    /** A vertical rule runs in the gap between the two, alongside both. */
    static boolean verticalBetween(Geometry a, Geometry b, List<Geometry> verticalRules) {
        for (Geometry rule : verticalRules) {
            double x = rule.x() + rule.width() / 2;
            if (x >= Math.min(a.right(), b.right()) - SLACK && x <= Math.max(a.x(), b.x()) + SLACK
                    && rule.verticalOverlap(a) > 0 && rule.verticalOverlap(b) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A horizontal rule runs in the gap between the two, across both. */
    static boolean horizontalBetween(Geometry a, Geometry b, List<Geometry> horizontalRules) {
        for (Geometry rule : horizontalRules) {
            double y = rule.y() + rule.height() / 2;
            if (y >= Math.min(a.bottom(), b.bottom()) - SLACK && y <= Math.max(a.y(), b.y()) + SLACK
                    && rule.horizontalOverlap(a) > 0 && rule.horizontalOverlap(b) > 0) {
                return true;
            }
        }
        return false;
    }
}
