package banmian.layout.line;

import banmian.model.Geometry;
import banmian.model.TypeScale;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Type sizes on a page whose lines carry geometry (the PDF path): the body size is the size most
 * characters are set in, and display type (headlines, kickers, in-article headings) is set clearly
 * larger. On the text path nothing is known and every question answers "no evidence".
 */
public final class TypeSizes {

    /** Headlines run at least about twice the body size; in-article headings stay below that. */
    private static final double HEADLINE_RATIO = 1.8;
    /** Captions and notes are set a point or more below body type; a 9.5-point article is text. */
    private static final double SMALLER_RATIO = 0.9;
    private static final double ADJACENT_BODY_LINES = 3;
    private static final double COLUMN_SLACK = 1.15;

    private final double bodySize;

    private TypeSizes(double bodySize) {
        this.bodySize = bodySize;
    }

    /** The body size, from the sizes most characters are set in. */
    public static final Stage STAGE = Stage.of("type-sizes", Set.of(Facts.LINES), Set.of(Facts.TYPE_SIZES),
            page -> page.put(Facts.TYPE_SIZES, of(page.lines())));

    public static TypeSizes of(List<TextLine> lines) {
        Map<Long, Integer> characters = new HashMap<>();
        for (TextLine line : lines) {
            if (line.geometry != null) {
                characters.merge(Math.round(line.geometry.fontSize() * 10), line.squashed.length(), Integer::sum);
            }
        }
        long best = 0;
        int bestCount = 0;
        for (Map.Entry<Long, Integer> entry : characters.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return new TypeSizes(best / 10.0);
    }

    /** The size most characters are set in (0 when unknown). */
    public double bodySize() {
        return bodySize;
    }

    public boolean known() {
        return bodySize > 0;
    }

    public boolean isDisplay(TextLine line) {
        return line.geometry != null && TypeScale.isDisplay(line.geometry.fontSize(), bodySize);
    }

    /** Set clearly smaller than body type (captions, notes), when sizes are known. */
    public boolean isSmallerThanBody(TextLine line) {
        return known() && line.geometry != null && line.geometry.fontSize() <= SMALLER_RATIO * bodySize;
    }

    /** Larger than body type, but not by so much that only a headline would be set so. */
    public boolean isModeratelyLarger(TextLine line) {
        return isDisplay(line) && line.geometry.fontSize() < HEADLINE_RATIO * bodySize;
    }

    /**
     * The nearest line of another box right under (or over) {@code extent}: sharing at least half of
     * the narrower one's width, within a few body lines' distance.
     */
    public TextLine adjacent(List<TextLine> lines, int box, Geometry extent, boolean below) {
        return nearestAdjacent(lines, box, extent, below, line -> line.geometry);
    }

    /**
     * As {@link #adjacent}, the width shared measured against the whole box of the other line: a
     * paragraph's short last line still stands in its column.
     */
    public TextLine adjacentInColumn(List<TextLine> lines, int box, Geometry extent, boolean below) {
        Map<Integer, Geometry> boxes = new HashMap<>();
        for (TextLine line : lines) {
            if (line.geometry != null) {
                boxes.merge(line.box, line.geometry, (one, other) -> Geometry.around(List.of(one, other)));
            }
        }
        return nearestAdjacent(lines, box, extent, below, line -> boxes.get(line.box));
    }

    /**
     * The nearest line of another box right under (or over) {@code extent}, within a few body lines' distance,
     * whose {@code shape} (the line itself, or its box) shares at least half of the narrower one's width.
     */
    private TextLine nearestAdjacent(List<TextLine> lines, int box, Geometry extent, boolean below, Function<TextLine, Geometry> shape) {
        TextLine nearest = null;
        double nearestDistance = ADJACENT_BODY_LINES * bodySize;
        for (TextLine other : lines) {
            Geometry o = other.geometry;
            if (other.box == box || o == null) {
                continue;
            }
            Geometry shared = shape.apply(other);
            double distance = below ? o.y() - extent.bottom() : extent.y() - o.bottom();
            if (distance >= -1 && distance < nearestDistance
                    && shared.horizontalOverlap(extent) >= 0.5 * Math.min(extent.width(), shared.width())) {
                nearest = other;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    /** {@code extent} lies over the column {@code body} spans and is no wider than it. */
    public static boolean fitsColumnOf(Geometry extent, Geometry body) {
        return extent.horizontalOverlap(body) >= 0.5 * extent.width() && extent.width() <= COLUMN_SLACK * body.width();
    }

    /** The smallest rectangle around the lines (all with geometry), in the first line's size. */
    public static Geometry extent(List<TextLine> lines) {
        return Geometry.around(lines.stream().map(line -> line.geometry).toList());
    }

}
