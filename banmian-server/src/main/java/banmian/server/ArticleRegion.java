package banmian.server;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.Caption;
import banmian.model.Page;

import java.awt.geom.Area;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an article stands on its page: the union of its blocks' boxes (titles, paragraphs, captions),
 * in PDF points from the page's top-left, as the page JSON gives them. Each box is widened by
 * {@link #MARGIN} so that the lines of one column, and columns a gutter apart, join into one shape;
 * an article set around another's corner comes out as the polygon it is, not as a rectangle over
 * its neighbour.
 */
final class ArticleRegion {
    /** Points added on every side of a block's box: wider than the leading between paragraphs, half a gutter. */
    static final double MARGIN = 4;

    private final Area area;

    private ArticleRegion(Area area) {
        this.area = area;
    }

    /** The article's region, or empty when its page does not say where its lines are (a text layer). */
    static Optional<ArticleRegion> of(Page page, Article article) {
        Area area = new Area();
        for (List<Integer> lines : blockLines(article)) {
            double[] box = page.boundingBox(lines);
            if (box != null) {
                area.add(new Area(new Rectangle2D.Double(box[0] - MARGIN, box[1] - MARGIN, box[2] + 2 * MARGIN, box[3] + 2 * MARGIN)));
            }
        }
        return area.isEmpty() ? Optional.empty() : Optional.of(new ArticleRegion(area));
    }

    private static List<List<Integer>> blockLines(Article article) {
        List<List<Integer>> lines = new ArrayList<>();
        for (Block title : new Block[] {article.kicker(), article.headline(), article.subtitle(), article.dateline(),
                article.byline(), article.authorNote()}) {
            if (title != null) {
                lines.add(title.lines());
            }
        }
        article.body().forEach(block -> lines.add(block.lines()));
        article.captions().stream().map(Caption::lines).forEach(lines::add);
        return lines;
    }

    /**
     * The region's outline as SVG path data: one closed polygon per piece, holes included, each corner
     * once (the union leaves points along straight edges where rectangles met, which are dropped).
     */
    String svgPath() {
        StringBuilder path = new StringBuilder();
        List<String[]> polygon = new ArrayList<>();
        double[] point = new double[6];
        for (PathIterator segments = area.getPathIterator(null); !segments.isDone(); segments.next()) {
            switch (segments.currentSegment(point)) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> {
                    String[] corner = {number(point[0]), number(point[1])};
                    // Points a rounding apart are one point.
                    if (polygon.isEmpty() || !Arrays.equals(polygon.get(polygon.size() - 1), corner)) {
                        polygon.add(corner);
                    }
                }
                case PathIterator.SEG_CLOSE -> {
                    if (polygon.size() > 1 && Arrays.equals(polygon.get(0), polygon.get(polygon.size() - 1))) {
                        polygon.remove(polygon.size() - 1);
                    }
                    appendCorners(polygon, path);
                    polygon.clear();
                }
                default -> throw new IllegalStateException("a union of rectangles has straight edges only");
            }
        }
        return path.toString();
    }

    /** One closed polygon of axis-parallel edges, leaving out every point on the line between its neighbours. */
    private static void appendCorners(List<String[]> polygon, StringBuilder path) {
        int n = polygon.size();
        boolean first = true;
        for (int i = 0; i < n; i++) {
            String[] before = polygon.get((i + n - 1) % n);
            String[] at = polygon.get(i);
            String[] after = polygon.get((i + 1) % n);
            boolean onEdge = (before[0].equals(at[0]) && at[0].equals(after[0])) || (before[1].equals(at[1]) && at[1].equals(after[1]));
            if (!onEdge) {
                path.append(first ? 'M' : 'L').append(at[0]).append(' ').append(at[1]);
                first = false;
            }
        }
        if (!first) {
            path.append('Z');
        }
    }

    Rectangle2D bounds() {
        return area.getBounds2D();
    }

    /** Whether the box {x, y, width, height} lies wholly inside the region. */
    boolean contains(double[] box) {
        return area.contains(box[0], box[1], box[2], box[3]);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
