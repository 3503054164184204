package banmian.layout;

import java.util.List;

/**
 * Estimates, for every line, the width of a full line of its column. Justified columns make most
 * lines exactly as wide as the column, so the estimate is the most common width among nearby lines
 * at least about as wide as this one: within the line's own box when the box is large enough to
 * speak for itself, otherwise among its neighbours. Counting goes through width histograms, so the
 * stage stays linear in the number of lines.
 */
final class ColumnWidths {
    private static final int MIN_BOX = 4;
    private static final int NEIGHBOURS = 6;
    private static final int MIN_WIDTH = 16;
    /** Widths within this many quarter-ems count as the same measure (punctuation squeezing, digits). */
    static final int BUCKET = 2;
    void estimate(List<TextLine> lines) {
        int size = histogramSize(lines);
        int[] window = new int[size];
        int windowFrom = 0;
        int windowTo = 0;
        int[] box = null;
        boolean boxSpeaksForItself = false;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (box == null || line.box != lines.get(i - 1).box) {
                int end = boxEnd(lines, i);
                boxSpeaksForItself = countCandidates(lines, i, end) >= MIN_BOX;
                box = boxSpeaksForItself ? histogram(lines, i, end, size) : null;
            }
            int from = Math.max(0, i - NEIGHBOURS);
            int to = Math.min(lines.size(), i + NEIGHBOURS + 1);
            while (windowTo < to) {
                add(window, lines.get(windowTo++), 1);
            }
            while (windowFrom < from) {
                add(window, lines.get(windowFrom++), -1);
            }
            int[] source = boxSpeaksForItself ? box : window;
            line.columnWidth = Math.max(line.width, dominantWidth(source, line.width - 4));
            int around = line.couldBeTitle() ? dominantWidth(window, MIN_WIDTH) : -1;
            line.neighbourColumn = around > 0 ? around : line.width;
        }
    }

    private static int boxEnd(List<TextLine> lines, int start) {
        int end = start;
        while (end < lines.size() && lines.get(end).box == lines.get(start).box) {
            end++;
        }
        return end;
    }

    /** Widths are bounded by the widest line, so histograms need no more room than that. */
    private static int histogramSize(List<TextLine> lines) {
        int widest = 0;
        for (TextLine line : lines) {
            widest = Math.max(widest, line.width);
        }
        return widest + BUCKET + 1;
    }

    private static int countCandidates(List<TextLine> lines, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (isCandidate(lines.get(i))) {
                count++;
            }
        }
        return count;
    }

    private static int[] histogram(List<TextLine> lines, int from, int to, int size) {
        int[] histogram = new int[size];
        for (int i = from; i < to; i++) {
            add(histogram, lines.get(i), 1);
        }
        return histogram;
    }

    private static void add(int[] histogram, TextLine line, int delta) {
        if (isCandidate(line)) {
            histogram[line.width] += delta;
        }
    }

    private static boolean isCandidate(TextLine line) {
        return line.role == LineRole.BODY && line.width >= MIN_WIDTH;
    }

    /** The width, at least {@code floor}, shared (within {@link #BUCKET}) by the most candidate lines; -1 if none. */
    private static int dominantWidth(int[] histogram, int floor) {
        int best = -1;
        int bestCount = 0;
        for (int width = Math.max(0, floor); width < histogram.length; width++) {
            if (histogram[width] == 0) {
                continue;
            }
            int count = 0;
            for (int near = Math.max(0, width - BUCKET); near <= Math.min(histogram.length - 1, width + BUCKET); near++) {
                count += histogram[near];
            }
            if (count >= bestCount) {
                best = width;
                bestCount = count;
            }
        }
        return best;
    }

    /** The most common width of body lines on the whole page: its typical column. */
    static int pageColumnWidth(List<TextLine> lines) {
        return Math.max(0, dominantWidth(histogram(lines, 0, lines.size(), histogramSize(lines)), MIN_WIDTH));
    }
}
