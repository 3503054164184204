package banmian.pdf;

import banmian.limits.PageBudget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Blocks in the order a reader takes them: a recursive XY cut. A vertical rule running the height of
 * a region that no block crosses splits it first, left part before right: newspapers rule off side
 * columns and boxed articles, whose headlines may share a baseline with their neighbours'. Otherwise a
 * region is split into rows at horizontal bands no block crosses (articles are stacked in rows; a
 * headline spans its columns), then rows into columns at vertical bands no block crosses, left to
 * right. A region no cut can split is grouped into columns, each cut again (or read top to bottom).
 */
final class XyCut {
    /** Vertical bands narrower than this (points) are touching boxes, not a gutter. */
    private static final double MIN_GAP = 0.5;
    /**
     * Rows of articles stand further apart than lines of a column (about a third of an em of
     * leading): a band under this many body ems is the space between two lines, however it aligns.
     */
    private static final double ROW_GAP_EMS = 0.8;
    /** Lines of one title group stand up to about an em of their smaller type apart. */
    private static final double DISPLAY_ROW_GAP_EMS = 1.2;

    /** A rule must run along this share of a region's height to divide it. */
    private static final double RULE_SPAN = 0.8;
    private static final double COLUMN_SHARE = 0.5;
    private static final int MAX_OBSTACLES = 3;
    /** Tops within a point of each other stand level (columns set from one top). */
    private static final double LEVEL = 1;

    /** What every cut on one page needs: its vertical rules, and how tall a band must be to part rows. */
    private record Separators(List<Rule> verticalRules, double rowGap) {
    }

    List<GlyphBlock> order(List<GlyphBlock> blocks, List<Rule> rules, double bodySize) {
        List<Rule> vertical = rules.stream().filter(rule -> !rule.horizontal()).toList();
        List<GlyphBlock> ordered = new ArrayList<>(blocks.size());
        cut(new ArrayList<>(blocks), new Separators(vertical, ROW_GAP_EMS * bodySize), ordered);
        return ordered;
    }

    private void cut(List<GlyphBlock> region, Separators separators, List<GlyphBlock> out) {
        if (region.size() <= 1) {
            out.addAll(region);
            return;
        }
        List<List<GlyphBlock>> ruled = splitAtRule(region, separators.verticalRules());
        if (ruled.size() > 1) {
            ruled.forEach(part -> cut(part, separators, out));
            return;
        }
        List<List<GlyphBlock>> rows = split(region, true, separators.rowGap());
        if (rows.size() > 1) {
            rows.forEach(row -> cut(row, separators, out));
            return;
        }
        List<List<GlyphBlock>> bands = split(region, false, MIN_GAP);
        if (bands.size() > 1) {
            bands.forEach(band -> cut(band, separators, out));
            return;
        }
        if (cutWithoutObstacles(region, separators, out)) {
            return;
        }
        List<List<GlyphBlock>> columns = columns(region);
        for (List<GlyphBlock> column : columns) {
            if (columns.size() > 1) {
                cut(column, separators, out);
            } else {
                column.sort(Comparator.comparingDouble(block -> block.box().y()));
                out.addAll(column);
            }
        }
    }

    /**
     * A region that no band parts because one or two wide blocks overhang the gutters (a headline
     * reaching over a column beside it, a banner across three columns): set the widest aside until
     * the rest can be cut, read the rest, and put each set-aside block back before the first block
     * read that starts below it.
     */
    private boolean cutWithoutObstacles(List<GlyphBlock> region, Separators separators, List<GlyphBlock> out) {
        List<GlyphBlock> rest = new ArrayList<>(region);
        rest.sort(Comparator.comparingDouble((GlyphBlock block) -> block.box().width()).reversed());
        List<GlyphBlock> obstacles = new ArrayList<>();
        while (obstacles.size() < MAX_OBSTACLES && rest.size() > 2) {
            obstacles.add(rest.remove(0));
            if (splitAtRule(rest, separators.verticalRules()).size() > 1 || split(rest, true, separators.rowGap()).size() > 1
                    || split(rest, false, MIN_GAP).size() > 1) {
                List<GlyphBlock> ordered = new ArrayList<>();
                cut(rest, separators, ordered);
                obstacles.sort(Comparator.comparingDouble(block -> block.box().y()));
                for (GlyphBlock obstacle : obstacles) {
                    int at = 0;
                    while (at < ordered.size() && readBefore(ordered.get(at).box(), obstacle.box())) {
                        at++;
                    }
                    ordered.add(at, obstacle);
                }
                out.addAll(ordered);
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a block read in the rest comes before a set-aside block put back: it starts higher, or
     * level with it (two columns set from one top, within {@link #LEVEL} points) and to its left.
     */
    private static boolean readBefore(Box read, Box setAside) {
        return read.y() < setAside.y() - LEVEL || Math.abs(read.y() - setAside.y()) <= LEVEL && read.x() < setAside.x();
    }

    /**
     * Blocks no cut can part (a headline overhanging a column by a few points), grouped into columns:
     * a block joins the first column it shares at least half of its own or the column's width with.
     */
    private static List<List<GlyphBlock>> columns(List<GlyphBlock> region) {
        List<GlyphBlock> sorted = new ArrayList<>(region);
        sorted.sort(Comparator.comparingDouble(block -> block.box().x()));
        List<List<GlyphBlock>> columns = new ArrayList<>();
        List<Box> extents = new ArrayList<>();
        for (GlyphBlock block : sorted) {
            int joined = -1;
            for (int c = 0; c < columns.size() && joined < 0; c++) {
                PageBudget.checkpoint();
                double overlap = extents.get(c).horizontalOverlap(block.box());
                if (overlap >= COLUMN_SHARE * Math.min(extents.get(c).width(), block.box().width())) {
                    joined = c;
                }
            }
            if (joined < 0) {
                columns.add(new ArrayList<>(List.of(block)));
                extents.add(block.box());
            } else {
                columns.get(joined).add(block);
                extents.set(joined, extents.get(joined).union(block.box()));
            }
        }
        return columns;
    }

    /** Left and right of the first vertical rule that spans the region and that no block crosses. */
    private static List<List<GlyphBlock>> splitAtRule(List<GlyphBlock> region, List<Rule> verticalRules) {
        double top = region.stream().mapToDouble(block -> block.box().y()).min().orElse(0);
        double bottom = region.stream().mapToDouble(block -> block.box().bottom()).max().orElse(0);
        double left = region.stream().mapToDouble(block -> block.box().x()).min().orElse(0);
        double right = region.stream().mapToDouble(block -> block.box().right()).max().orElse(0);
        for (Rule rule : verticalRules) {
            double x = rule.position();
            double covered = Math.min(bottom, rule.extent().bottom()) - Math.max(top, rule.extent().y());
            if (x <= left || x >= right || covered < RULE_SPAN * (bottom - top)) {
                continue;
            }
            List<GlyphBlock> before = new ArrayList<>();
            List<GlyphBlock> after = new ArrayList<>();
            boolean crossed = false;
            for (GlyphBlock block : region) {
                PageBudget.checkpoint();
                crossed |= block.box().x() < x && block.box().right() > x;
                (block.box().x() + block.box().width() / 2 < x ? before : after).add(block);
            }
            if (!crossed && !before.isEmpty() && !after.isEmpty()) {
                return List.of(before, after);
            }
        }
        return List.of(region);
    }

    /**
     * The region split at every band along one axis that no block's extent crosses. Rows need a band
     * of {@code minGap}, or of more than an em of the smaller type on either side of it: a kicker
     * stands about an em of its own size above its headline.
     */
    private static List<List<GlyphBlock>> split(List<GlyphBlock> region, boolean intoRows, double minGap) {
        List<GlyphBlock> sorted = new ArrayList<>(region);
        sorted.sort(Comparator.comparingDouble(block -> start(block, intoRows)));
        List<List<GlyphBlock>> parts = new ArrayList<>();
        List<GlyphBlock> part = new ArrayList<>();
        double reach = -Double.MAX_VALUE;
        GlyphBlock reaching = null;
        for (GlyphBlock block : sorted) {
            double gap = minGap;
            if (intoRows && reaching != null) {
                gap = Math.max(minGap, DISPLAY_ROW_GAP_EMS * Math.min(reaching.size(), block.size()));
            }
            if (!part.isEmpty() && start(block, intoRows) > reach + gap) {
                parts.add(part);
                part = new ArrayList<>();
            }
            part.add(block);
            if (end(block, intoRows) > reach) {
                reach = end(block, intoRows);
                reaching = block;
            }
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
