package banmian.model;

import java.util.List;
import java.util.Map;

/**
 * A parsed page: its articles in reading order, and whatever could not be attached to one.
 * {@code lineGeometry} maps input line numbers to where they sit on the page, when the input knew
 * (the PDF path), so a block's provenance can be shown as a box on the page; empty otherwise.
 */
public record Page(PageMeta meta, List<Article> articles, List<Block> unassigned, Map<Integer, Geometry> lineGeometry) {
    public Page {
        articles = List.copyOf(articles);
        unassigned = List.copyOf(unassigned);
        lineGeometry = Map.copyOf(lineGeometry);
    }

    public Page(PageMeta meta, List<Article> articles, List<Block> unassigned) {
        this(meta, articles, unassigned, Map.of());
    }

    /** The box around the given input lines ({x, y, width, height} in points from the top-left), or null. */
    public double[] boundingBox(List<Integer> lines) {
        Geometry box = Geometry.around(lines.stream().map(lineGeometry::get).toList());
        return box == null ? null : new double[] {box.x(), box.y(), box.width(), box.height()};
    }
}
