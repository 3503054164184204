package banmian.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Glyphs to lines: glyphs share a line when their baselines agree and nothing wide separates them.
 * A gap of more than an em, or a vertical rule between two glyphs, is a column gutter: body text is
 * justified with gaps of a fraction of an em, while the narrowest gutters are well over one.
 */
final class LineBuilder {
    private static final double BASELINE_TOLERANCE = 0.25;
    private static final double GUTTER_EMS = 1.0;
    private static final double WORD_SPACE_EMS = 0.25;
    private static final double SIZE_CHANGE = 0.8;
    private static final double SIZE_CHANGE_GAP_EMS = 0.3;

    List<GlyphLine> build(PdfPage page) {
        List<GlyphLine> lines = new ArrayList<>();
        List<Glyph> horizontal = new ArrayList<>();
        List<Glyph> vertical = new ArrayList<>();
        for (Glyph glyph : page.glyphs()) {
            (glyph.vertical() ? vertical : horizontal).add(glyph);
        }
        List<Rule> verticalRules = page.rules().stream().filter(rule -> !rule.horizontal()).toList();
        for (List<Glyph> row : baselineRows(horizontal)) {
            row.sort(Comparator.comparingDouble(Glyph::x));
            int start = 0;
            for (int i = 1; i <= row.size(); i++) {
                if (i == row.size() || isGutter(row.get(i - 1), row.get(i), verticalRules)) {
                    lines.add(horizontalLine(row.subList(start, i)));
                    start = i;
                }
            }
        }
        lines.addAll(verticalLines(vertical));
        return lines;
    }

    /** Rows of glyphs whose baselines lie within a quarter em of the row's first glyph. */
    private static List<List<Glyph>> baselineRows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> open = new ArrayList<>();
        double rowBaseline = Double.NaN;
        double rowSize = 0;
        for (Glyph glyph : sorted) {
            double tolerance = BASELINE_TOLERANCE * Math.min(glyph.size(), rowSize);
            if (open.isEmpty() || glyph.baseline() - rowBaseline > tolerance) {
                if (!open.isEmpty()) {
                    rows.add(open);
                }
                open = new ArrayList<>();
                rowBaseline = glyph.baseline();
                rowSize = glyph.size();
            }
            open.add(glyph);
        }
        if (!open.isEmpty()) {
            rows.add(open);
        }
        return rows;
    }

    private static boolean isGutter(Glyph left, Glyph right, List<Rule> verticalRules) {
        double gap = right.x() - left.right();
        double larger = Math.max(left.size(), right.size());
        if (gap > GUTTER_EMS * larger) {
            return true;
        }
        // A change of type size across a gap: two elements side by side (a dateline and a page name).
        if (gap > SIZE_CHANGE_GAP_EMS * larger && Math.min(left.size(), right.size()) < SIZE_CHANGE * larger) {
            return true;
        }
        double y = left.baseline() - left.size() / 2;
        for (Rule rule : verticalRules) {
            double x = rule.position();
            if (x > left.centerX() && x < right.centerX() && rule.extent().y() <= y && rule.extent().bottom() >= y) {
                return true;
            }
        }
        return false;
    }

    private static GlyphLine horizontalLine(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        Box box = null;
        Glyph previous = null;
        for (Glyph glyph : glyphs) {
            if (previous != null && glyph.x() - previous.right() > WORD_SPACE_EMS * Math.max(glyph.size(), previous.size())) {
                text.append(' ');
            }
            text.append(glyph.text());
            Box glyphBox = new Box(glyph.x(), glyph.top(), glyph.width(), glyph.size());
            box = box == null ? glyphBox : box.union(glyphBox);
            previous = glyph;
        }
        return new GlyphLine(glyphs, box, dominantSize(glyphs), text.toString(), mostlyHeavy(glyphs), false);
    }

    /** Vertical runs: glyphs of a vertical font stacked in one column, split where they stop touching. */
    private static List<GlyphLine> verticalLines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x).thenComparingDouble(Glyph::baseline));
        List<GlyphLine> lines = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (!run.isEmpty()) {
                Glyph last = run.get(run.size() - 1);
                boolean sameColumn = Math.abs(glyph.x() - last.x()) <= BASELINE_TOLERANCE * glyph.size();
                boolean touching = glyph.baseline() - last.baseline() <= (1 + GUTTER_EMS) * glyph.size();
                if (!sameColumn || !touching) {
                    lines.add(verticalLine(run));
                    run = new ArrayList<>();
                }
            }
            run.add(glyph);
        }
        if (!run.isEmpty()) {
            lines.add(verticalLine(run));
        }
        return lines;
    }

    private static GlyphLine verticalLine(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        Box box = null;
        for (Glyph glyph : glyphs) {
            text.append(glyph.text());
            Box glyphBox = new Box(glyph.x(), glyph.top(), glyph.size(), glyph.size());
            box = box == null ? glyphBox : box.union(glyphBox);
        }
        return new GlyphLine(glyphs, box, dominantSize(glyphs), text.toString(), mostlyHeavy(glyphs), true);
    }

    /** The size most glyphs have: a line's odd digit or punctuation set smaller must not decide. */
    static double dominantSize(List<Glyph> glyphs) {
        Map<Long, Integer> counts = new HashMap<>();
        long best = 0;
        int bestCount = 0;
        for (Glyph glyph : glyphs) {
            long key = Math.round(glyph.size() * 10);
            int count = counts.merge(key, 1, Integer::sum);
            if (count > bestCount || count == bestCount && key > best) {
                best = key;
                bestCount = count;
            }
        }
        return best / 10.0;
    }

    private static boolean mostlyHeavy(List<Glyph> glyphs) {
        long heavy = glyphs.stream().filter(Glyph::heavy).count();
        return heavy * 2 > glyphs.size();
    }
}
