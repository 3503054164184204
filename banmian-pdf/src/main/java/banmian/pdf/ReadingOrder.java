package banmian.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Blocks in the order a reader takes them: a recursive XY cut. A region is first split into rows at
 * horizontal bands no block crosses (articles are stacked in rows; a headline spans its columns),
 * then rows into columns at vertical bands no block crosses, left to right. Vertical rules count as
 * gutters, so a boxed side column is read on its own. A region no cut can split is read column by
 * column.
 */
final class ReadingOrder {
    /** Bands narrower than this (points) are touching boxes, not whitespace. */
    private static final double MIN_GAP = 0.5;

    List<GlyphBlock> order(List<GlyphBlock> blocks) {
        List<GlyphBlock> ordered = new ArrayList<>(blocks.size());
        cut(new ArrayList<>(blocks), ordered);
        return ordered;
    }

    private void cut(List<GlyphBlock> region, List<GlyphBlock> out) {
        if (region.size() <= 1) {
            out.addAll(region);
            return;
        }
        List<List<GlyphBlock>> rows = split(region, true);
        if (rows.size() > 1) {
            rows.forEach(row -> cut(row, out));
            return;
        }
        List<List<GlyphBlock>> columns = split(region, false);
        if (columns.size() > 1) {
            columns.forEach(column -> cut(column, out));
            return;
        }
        region.sort(Comparator.comparingDouble((GlyphBlock block) -> block.box().x()).thenComparingDouble(block -> block.box().y()));
        out.addAll(region);
    }

    /** The region split at every band along one axis that no block's extent crosses. */
    private static List<List<GlyphBlock>> split(List<GlyphBlock> region, boolean intoRows) {
        List<GlyphBlock> sorted = new ArrayList<>(region);
        sorted.sort(Comparator.comparingDouble(block -> start(block, intoRows)));
        List<List<GlyphBlock>> parts = new ArrayList<>();
        List<GlyphBlock> part = new ArrayList<>();
        double reach = -Double.MAX_VALUE;
        for (GlyphBlock block : sorted) {
            if (!part.isEmpty() && start(block, intoRows) > reach + MIN_GAP) {
                parts.add(part);
                part = new ArrayList<>();
            }
            part.add(block);
            reach = Math.max(reach, end(block, intoRows));
        }
        parts.add(part);
        return parts;
    }

    private static double start(GlyphBlock block, boolean vertical) {
        return vertical ? block.box().y() : block.box().x();
    }

    private static double end(GlyphBlock block, boolean vertical) {
        return vertical ? block.box().bottom() : block.box().right();
    }
}
