package banmian.layout;

import java.util.List;

/**
 * Estimates, for every line, the width of a full line of its column. Justified columns make most
 * lines exactly as wide as the column, so the estimate is the most common width among nearby lines
 * at least about as wide as this one: within the line's own box when the box is large enough to
 * speak for itself, otherwise among its neighbours.
 */
final class ColumnWidths {
    private static final int MIN_BOX = 4;
    /** Widths within this many quarter-ems count as the same measure (punctuation squeezing, digits). */
    static final int BUCKET = 2;
    private static final int NEIGHBOURS = 6;
    private static final int MIN_WIDTH = 16;

    void estimate(List<TextLine> lines) {
        int boxStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && lines.get(i).box != lines.get(i - 1).box) {
                boxStart = i;
            }
            int boxEnd = boxStart;
            while (boxEnd < lines.size() && lines.get(boxEnd).box == lines.get(i).box) {
                boxEnd++;
            }
            int from;
            int to;
            if (countBodyCandidates(lines, boxStart, boxEnd) >= MIN_BOX) {
                from = boxStart;
                to = boxEnd;
            } else {
                from = Math.max(0, i - NEIGHBOURS);
                to = Math.min(lines.size(), i + NEIGHBOURS + 1);
            }
            TextLine line = lines.get(i);
            line.columnWidth = Math.max(line.width, dominantWidth(lines, from, to, line.width - 4));
            int around = dominantWidth(lines, Math.max(0, i - NEIGHBOURS), Math.min(lines.size(), i + NEIGHBOURS + 1), MIN_WIDTH);
            line.neighbourColumn = around > 0 ? around : line.width;
        }
    }

    private static int countBodyCandidates(List<TextLine> lines, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (isCandidate(lines.get(i))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isCandidate(TextLine line) {
        return line.role == LineRole.BODY && line.width >= MIN_WIDTH;
    }

    /** The width, at least {@code floor}, shared (within {@link #BUCKET}) by the most candidate lines. */
    private static int dominantWidth(List<TextLine> lines, int from, int to, int floor) {
        int best = -1;
        int bestCount = 0;
        for (int i = from; i < to; i++) {
            TextLine candidate = lines.get(i);
            if (!isCandidate(candidate) || candidate.width < floor) {
                continue;
            }
            int count = 0;
            for (int j = from; j < to; j++) {
                TextLine other = lines.get(j);
                if (isCandidate(other) && Math.abs(other.width - candidate.width) <= BUCKET) {
                    count++;
                }
            }
            if (count > bestCount || (count == bestCount && candidate.width > best)) {
                best = candidate.width;
                bestCount = count;
            }
        }
        return best;
    }

    /** The most common width of body lines on the whole page: its typical column. */
    static int pageColumnWidth(List<TextLine> lines) {
        int[] histogram = new int[1024];
        for (TextLine line : lines) {
            if (isCandidate(line) && line.width < histogram.length - BUCKET) {
                histogram[line.width]++;
            }
        }
        int best = 0;
        int bestCount = 0;
        for (int width = BUCKET; width < histogram.length - BUCKET; width++) {
            int count = 0;
            for (int near = width - BUCKET; near <= width + BUCKET; near++) {
                count += histogram[near];
            }
            if (count > bestCount) {
                best = width;
                bestCount = count;
            }
        }
        return best;
    }
}
