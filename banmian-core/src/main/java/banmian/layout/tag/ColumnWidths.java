package banmian.layout.tag;

import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.Measures;
import banmian.layout.line.Stage;
import banmian.layout.line.TagParameters;
import banmian.layout.line.TextLine;
import banmian.layout.line.TypeSizes;
import banmian.model.Geometry;

import java.util.List;
import java.util.Set;

/**
 * Estimates, for every line, the width of a full line of its column. Justified columns make most
 * lines exactly as wide as the column, so the estimate is the most common width among nearby lines
 * at least about as wide as this one: within the line's own box when the box is large enough to
 * speak for itself, otherwise among its neighbours. Widths are counted in histograms (the window
 * of neighbours slides), so the stage stays linear in the number of lines. How large a box speaks for
 * itself and how many neighbours count are the tag family's ({@link TagParameters}).
 */
public final class ColumnWidths {
    /** The page's typical column measure, read by the stages that compare a line with the page's columns. */
    public static final Stage PAGE_MEASURE = Stage.of("page-measure", Set.of(Facts.LINES, Facts.FURNITURE_ROLES), Set.of(Facts.PAGE_MEASURE),
            page -> page.put(Facts.PAGE_MEASURE, pageColumnWidth(page.parameters().tag(), page.lines())));

    /** Column measures from the printed widths of the lines around each line. */
    public static final Stage BY_WIDTH = Stage.of("column-measures", Set.of(Facts.LINES, Facts.FURNITURE_ROLES,
            Facts.CAPTION_ROLES, Facts.AUTHOR_ROLES), Set.of(Facts.COLUMN_MEASURES),
            page -> measureByWidth(page.parameters().tag(), page.lines()));

    /** As {@link #BY_WIDTH}, and for lines placed in blocks, whether they reach the block's edge or start indented. */
    public static final Stage BY_WIDTH_AND_PLACE = Stage.of("column-measures", Set.of(Facts.LINES, Facts.FURNITURE_ROLES,
            Facts.CAPTION_ROLES, Facts.AUTHOR_ROLES), Set.of(Facts.COLUMN_MEASURES), page -> {
                measureByWidth(page.parameters().tag(), page.lines());
                measureByPlace(page.lines());
            });

    private ColumnWidths() {
    }

    /**
     * Lines placed by geometry, in blocks of several lines: full when they reach the block's right
     * edge (within half an em), indented when they start more than an em in from its left edge (a
     * one-line paragraph is indented without being full).
     */
    private static void measureByPlace(List<TextLine> lines) {
        for (List<TextLine> box : TextLine.byBox(lines)) {
            if (box.size() < 2 || box.stream().anyMatch(line -> line.geometry == null || line.vertical)) {
                continue;
            }
            Geometry extent = TypeSizes.extent(box);
            for (TextLine line : box) {
                double em = line.geometry.fontSize();
                line.place(line.geometry.right() >= extent.right() - em / 2, line.geometry.x() >= extent.x() + em);
            }
        }
    }

    private static void measureByWidth(TagParameters parameters, List<TextLine> lines) {
        int size = widest(lines) + Measures.BUCKET + 1;
        Histogram window = new Histogram(size, parameters.minTextWidth());
        Histogram box = new Histogram(size, parameters.minTextWidth());
        int windowFrom = 0;
        int windowTo = 0;
        int boxFrom = 0;
        int boxTo = 0;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (i == 0 || line.box != lines.get(i - 1).box) {
                box.clear(lines, boxFrom, boxTo);
                boxFrom = i;
                boxTo = i;
                while (boxTo < lines.size() && lines.get(boxTo).box == line.box) {
                    box.add(lines.get(boxTo++), 1);
                }
            }
            int from = Math.max(0, i - parameters.neighbours());
            int to = Math.min(lines.size(), i + parameters.neighbours() + 1);
            while (windowTo < to) {
                window.add(lines.get(windowTo++), 1);
            }
            while (windowFrom < from) {
                window.add(lines.get(windowFrom++), -1);
            }
            boolean boxSpeaks = box.total >= parameters.minMeasuredBox() && box.total <= parameters.maxMeasuredBox();
            // Among lines at least about as wide as this one: a character narrower at most.
            int floor = line.width - Measures.CHARACTER;
            int dominant = boxSpeaks ? box.dominant(floor) : window.dominant(lines, from, to, floor);
            int around = line.couldBeTitle() ? window.dominant(lines, from, to, parameters.minTextWidth()) : -1;
            line.measure(Math.max(line.width, dominant), around > 0 ? around : line.width);
        }
    }

    /** The most common width of body lines on the whole page: its typical column. */
    static int pageColumnWidth(TagParameters parameters, List<TextLine> lines) {
        Histogram page = new Histogram(widest(lines) + Measures.BUCKET + 1, parameters.minTextWidth());
        lines.forEach(line -> page.add(line, 1));
        return Math.max(0, page.dominant(lines, 0, lines.size(), parameters.minTextWidth()));
    }

    private static int widest(List<TextLine> lines) {
        int widest = 0;
        for (TextLine line : lines) {
            widest = Math.max(widest, line.width);
        }
        return widest;
    }

    /** How many candidate lines (body lines at least {@code minWidth} wide) have each width. */
    private static final class Histogram {
        private final int[] counts;
        private final int minWidth;
        private int total;

        Histogram(int size, int minWidth) {
            counts = new int[size];
            this.minWidth = minWidth;
        }

        private boolean isCandidate(TextLine line) {
            return line.role() == LineRole.BODY && line.width >= minWidth;
        }

        void add(TextLine line, int delta) {
            if (isCandidate(line)) {
                counts[line.width] += delta;
                total += delta;
            }
        }

        /** {@link #dominant(List, int, int, int)} over every width present; for large boxes, where lines repeat widths. */
        int dominant(int floor) {
            int best = -1;
            int bestSupport = 0;
            for (int width = Math.max(0, floor); width < counts.length; width++) {
                if (counts[width] == 0) {
                    continue;
                }
                int support = support(width);
                if (support >= bestSupport) {
                    best = width;
                    bestSupport = support;
                }
            }
            return best;
        }

        private int support(int width) {
            int support = 0;
            for (int near = Math.max(0, width - Measures.BUCKET); near <= Math.min(counts.length - 1, width + Measures.BUCKET); near++) {
                support += counts[near];
            }
            return support;
        }

        void clear(List<TextLine> lines, int from, int to) {
            for (int i = from; i < to; i++) {
                add(lines.get(i), -1);
            }
        }

        /**
         * Among the widths of the lines in [from, to), at least {@code floor}, the one shared (within
         * {@link Measures#BUCKET}) by the most counted lines, the wider on ties; -1 if none.
         */
        int dominant(List<TextLine> lines, int from, int to, int floor) {
            int best = -1;
            int bestSupport = 0;
            for (int i = from; i < to; i++) {
                TextLine line = lines.get(i);
                int width = line.width;
                if (!isCandidate(line) || width < floor) {
                    continue;
                }
                int support = support(width);
                if (support > bestSupport || support == bestSupport && width > best) {
                    best = width;
                    bestSupport = support;
                }
            }
            return best;
        }
    }
}
