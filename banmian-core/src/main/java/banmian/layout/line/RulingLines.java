package banmian.layout.line;

import banmian.model.Geometry;

import java.util.ArrayList;
import java.util.List;

/** Whether a ruling line parts two stretches of a page, for the stages that read rules as borders. */
public final class RulingLines {
    /** Rules are drawn a little into the gap's edges. */
    private static final double SLACK = 1;
    /** A rule closes an article above the text when it runs under at least this share of the text. */
    private static final double RULE_COVER = 0.5;
    /** The two edges of one box end within this many body ems of each other. */
    private static final double SAME_ENDS_EMS = 2.0;

    private RulingLines() {
    }

    /** A vertical rule runs in the gap between the two, alongside both. */
    public static boolean verticalBetween(Geometry a, Geometry b, List<Geometry> verticalRules) {
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
    public static boolean horizontalBetween(Geometry a, Geometry b, List<Geometry> horizontalRules) {
        for (Geometry rule : horizontalRules) {
            double y = rule.y() + rule.height() / 2;
            if (y >= Math.min(a.bottom(), b.bottom()) - SLACK && y <= Math.max(a.y(), b.y()) + SLACK
                    && rule.horizontalOverlap(a) > 0 && rule.horizontalOverlap(b) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A ruling line between the title and the text below it, under most of the text and under the
     * title too, closes the title's article, unless it is an edge of a box set inside the article (a
     * summary, a pull quote, a side note): a rule with the same ends above or below it, with no
     * headline between the two (a headline there means the box holds another article).
     */
    public static boolean ruledOff(Geometry title, Geometry body, List<Geometry> rules, List<Geometry> titles) {
        List<Geometry> between = new ArrayList<>();
        for (Geometry rule : rules) {
            double y = rule.y() + rule.height() / 2;
            if (y > title.bottom() + title.fontSize() / 2 && y < body.y()
                    && rule.horizontalOverlap(body) >= RULE_COVER * body.width() && rule.horizontalOverlap(title) > 0) {
                between.add(rule);
            }
        }
        double slack = SAME_ENDS_EMS * body.fontSize();
        for (Geometry rule : between) {
            // Its partner: the other edge of a box, either also between (a box above the text) or
            // below the text's top (a box around the text). Without a headline of its own, such a box
            // is set inside the article.
            // A box holds at least a line of the text's type: two rules closer than that are one
            // double rule (a box's edge set right over a rule across the page), which closes.
            double holdsALine = body.fontSize();
            boolean framed = rules.stream().anyMatch(other -> other != rule && other.y() > rule.y() + holdsALine
                    && (between.contains(other) || other.y() > body.y())
                    && Math.abs(other.x() - rule.x()) <= slack && Math.abs(other.right() - rule.right()) <= slack
                    && !titleWithin(rule, other, titles))
                    || between.stream().anyMatch(other -> other != rule && other.y() < rule.y() - holdsALine
                    && Math.abs(other.x() - rule.x()) <= slack && Math.abs(other.right() - rule.right()) <= slack
                    && !titleWithin(rule, other, titles));
            if (!framed) {
                return true;
            }
        }
        return false;
    }

    /** A headline stands between the two rules, over their width: they box another article. */
    private static boolean titleWithin(Geometry one, Geometry other, List<Geometry> titles) {
        double top = Math.min(one.y(), other.y());
        double bottom = Math.max(one.bottom(), other.bottom());
        return titles.stream().anyMatch(title -> title.y() >= top && title.bottom() <= bottom && title.horizontalOverlap(one) > 0);
    }
}
