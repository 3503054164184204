package banmian.layout;

import java.util.Arrays;
import java.util.List;

/**
 * Estimates, for every line, the width of a full line of its column. Justified columns make most
 * lines exactly as wide as the column, so the estimate is the most common width among nearby lines
 * at least about as wide as this one: within the line's own box when the box is large enough to
 * speak for itself, otherwise among its neighbours.
 */
final class ColumnWidths {
    private static final int MIN_BOX = 4;
    private static final int NEIGHBOURS = 6;
    private static final int MIN_WIDTH = 16;
    /** Widths within this many quarter-ems count as the same measure (punctuation squeezing, digits). */
    static final int BUCKET = 2;

    void estimate(List<TextLine> lines) {
        Widths box = null;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (i == 0 || line.box != lines.get(i - 1).box) {
                box = Widths.of(lines, i, boxEnd(lines, i));
            }
            Widths neighbours = null;
            Widths source = box;
            if (box.count() < MIN_BOX) {
                neighbours = Widths.of(lines, Math.max(0, i - NEIGHBOURS), Math.min(lines.size(), i + NEIGHBOURS + 1));
                source = neighbours;
            }
            line.columnWidth = Math.max(line.width, source.dominant(line.width - 4));
            if (line.couldBeTitle()) {
                if (neighbours == null) {
                    neighbours = Widths.of(lines, Math.max(0, i - NEIGHBOURS), Math.min(lines.size(), i + NEIGHBOURS + 1));
                }
                int around = neighbours.dominant(MIN_WIDTH);
                line.neighbourColumn = around > 0 ? around : line.width;
            } else {
                line.neighbourColumn = line.width;
            }
        }
    }

    /** The most common width of body lines on the whole page: its typical column. */
    static int pageColumnWidth(List<TextLine> lines) {
        return Math.max(0, Widths.of(lines, 0, lines.size()).dominant(MIN_WIDTH));
    }

    private static int boxEnd(List<TextLine> lines, int start) {
        int end = start;
        while (end < lines.size() && lines.get(end).box == lines.get(start).box) {
            end++;
        }
        return end;
    }

    private static boolean isCandidate(TextLine line) {
        return line.role == LineRole.BODY && line.width >= MIN_WIDTH;
    }

    /** The widths of the candidate lines in a range, sorted, with how many lines share each one's measure. */
    private static final class Widths {
        private final int[] sorted;
        private final int[] support;

        private Widths(int[] sorted) {
            this.sorted = sorted;
            this.support = new int[sorted.length];
            int low = 0;
            int high = 0;
            for (int i = 0; i < sorted.length; i++) {
                while (sorted[low] < sorted[i] - BUCKET) {
                    low++;
                }
                while (high < sorted.length && sorted[high] <= sorted[i] + BUCKET) {
                    high++;
                }
                support[i] = high - low;
            }
        }

        static Widths of(List<TextLine> lines, int from, int to) {
            int[] widths = new int[to - from];
            int count = 0;
            for (int i = from; i < to; i++) {
                if (isCandidate(lines.get(i))) {
                    widths[count++] = lines.get(i).width;
                }
            }
            int[] sorted = Arrays.copyOf(widths, count);
            Arrays.sort(sorted);
            return new Widths(sorted);
        }

        int count() {
            return sorted.length;
        }

        /** The width, at least {@code floor}, shared (within {@link #BUCKET}) by the most lines, the wider on ties; -1 if none. */
        int dominant(int floor) {
            int best = -1;
            int bestSupport = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (sorted[i] >= floor && support[i] >= bestSupport) {
                    best = sorted[i];
                    bestSupport = support[i];
                }
            }
            return best;
        }
    }
}
