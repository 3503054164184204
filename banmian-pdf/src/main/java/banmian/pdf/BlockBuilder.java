package banmian.pdf;

import banmian.limits.PageBudget;
import banmian.model.TypeScale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lines to blocks: a line continues the block above it when it has the same size and weight, sits
 * one leading below the block's last line, shares most of its horizontal extent with the block and
 * no rule runs between them. Body paragraphs are not spaced apart on newspaper pages, so a block is
 * usually a whole column stretch of one article; sizes and weights set headlines, headings and
 * bylines apart. Display lines (larger than body type) need only touch the block horizontally, since
 * they are often centred.
 */
final class BlockBuilder {
    private static final double MAX_LEADING_EMS = 2.0;
    /** Captions are often set just a point smaller than the text around them. */
    private static final double SIZE_TOLERANCE = 0.06;
    private static final double MIN_OVERLAP = 0.5;

    List<GlyphBlock> build(List<GlyphLine> lines, List<Rule> rules, double bodySize) {
        List<GlyphLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble((GlyphLine line) -> line.box().y()).thenComparingDouble(line -> line.box().x()));
        List<Rule> horizontalRules = rules.stream().filter(Rule::horizontal).toList();
        List<List<GlyphLine>> open = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (GlyphLine line : sorted) {
            int best = -1;
            double bestOverlap = 0;
            for (int i = 0; i < open.size() && !line.vertical(); i++) {
                PageBudget.checkpoint();
                List<GlyphLine> block = open.get(i);
                GlyphLine last = block.get(block.size() - 1);
                double overlap = continues(last, boxes.get(i), line, horizontalRules, bodySize);
                if (overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                open.add(new ArrayList<>(List.of(line)));
                boxes.add(line.box());
            } else {
                open.get(best).add(line);
                boxes.set(best, boxes.get(best).union(line.box()));
            }
        }
        List<GlyphBlock> blocks = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            blocks.add(new GlyphBlock(open.get(i), boxes.get(i)));
        }
        return blocks;
    }

    /** How well {@code line} continues the block (share of horizontal overlap), or 0 when it cannot. */
    private static double continues(GlyphLine last, Box block, GlyphLine line, List<Rule> horizontalRules, double bodySize) {
        if (last.vertical() || last.heavy() != line.heavy()
                || Math.abs(line.size() - last.size()) > SIZE_TOLERANCE * last.size()) {
            return 0;
        }
        double step = line.baseline() - last.baseline();
        if (step <= 0 || step > MAX_LEADING_EMS * Math.max(line.size(), last.size())) {
            return 0;
        }
        double overlap = block.horizontalOverlap(line.box()) / Math.min(block.width(), line.box().width());
        // Display lines are often centred or ragged: any overlap keeps a wrapped heading together.
        boolean display = TypeScale.isDisplay(line.size(), bodySize);
        if (overlap < MIN_OVERLAP && !(display && overlap > 0)) {
            if (display || !leftAlignedWithinIndent(block, line.box(), line.size())) {
                return 0;
            }
            overlap = MIN_OVERLAP;
        }
        for (Rule rule : horizontalRules) {
            double y = rule.position();
            if (y > last.box().bottom() - 1 && y < line.box().y() + 1
                    && rule.extent().horizontalOverlap(line.box()) > 0) {
                return 0;
            }
        }
        return overlap;
    }

    /**
     * Whether the line starts within a paragraph indent of the block's left edge: the short last line
     * of a paragraph (two characters) and the indented line under it, or an indented one-line
     * paragraph and its short tail, may not overlap at all.
     */
    private static boolean leftAlignedWithinIndent(Box block, Box line, double size) {
        return Math.abs(line.x() - block.x()) <= TypeScale.PARAGRAPH_INDENT_EMS * size;
    }
}
