package banmian.pdf;

import banmian.limits.PageBudget;
import banmian.model.TypeScale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;

/**
 * Glyphs to lines: glyphs share a line when their baselines agree and nothing wide separates them.
 * A gap of more than four fifths of an em, or a vertical rule between two glyphs, is a column
 * gutter: body text is justified with gaps of a fraction of an em (under half an em even in narrow
 * boxes), while gutters run one em and more.
 */
final class LineBuilder {
    /** Glyphs of one line sit within a quarter em of each other's baseline. */
    static final double BASELINE_TOLERANCE = 0.25;
    private static final double GUTTER_EMS = 0.8;
    private static final double WORD_SPACE_EMS = 0.25;
    /** Latin word spaces run about a quarter em and shrink under justification; letters nearly touch. */
    private static final double LATIN_WORD_SPACE_EMS = 0.1;
    /** A word space stands clearly wider than the line's ordinary letter gap. */
    private static final double TRACKING_MARGIN = 2.5;
    private static final double SIZE_CHANGE = 0.8;
    private static final double SIZE_CHANGE_GAP_EMS = 0.3;
    /** Chinese names run two to four characters. */
    private static final int MAX_NAME = 4;
    /** A reporter's role before the names: {@code 本报记者}, {@code 人民日报记者}. */
    private static final int MAX_ROLE = 6;
    /**
     * The widest space kept within a display line or a spaced-out name, in ems: clause spaces and
     * spaced names run about one em; two headlines side by side stand further apart.
     */
    private static final double WIDE_SPACE_EMS = 1.6;
    /** Size and baseline of the runs of one typeset line agree to rounding (in ems). */
    private static final double ONE_SETTING = 0.02;

    /** {@code bodySize}: the page's body type size (see {@link #dominantSize}). */
    List<GlyphLine> build(PdfPage page, double bodySize) {
        List<GlyphLine> lines = new ArrayList<>();
        List<Glyph> horizontal = new ArrayList<>();
        List<Glyph> vertical = new ArrayList<>();
        for (Glyph glyph : page.glyphs()) {
            (glyph.vertical() ? vertical : horizontal).add(glyph);
        }
        List<Rule> verticalRules = page.rules().stream().filter(rule -> !rule.horizontal()).toList();
        DrawnSpaces drawnSpaces = new DrawnSpaces(page.spaces());
        for (List<Glyph> row : baselineRows(horizontal)) {
            row.sort(Comparator.comparingDouble(Glyph::x));
            double[] spaces = drawnSpaces.along(row.get(0));
            List<List<Glyph>> segments = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= row.size(); i++) {
                if (i == row.size() || isGutter(row.get(i - 1), row.get(i), verticalRules, spaces)) {
                    List<Glyph> segment = row.subList(start, i);
                    List<Glyph> previous = segments.isEmpty() ? null : segments.get(segments.size() - 1);
                    if (previous != null && isWideSpaceWithinLine(previous, segment, bodySize, verticalRules)) {
                        previous.addAll(segment);
                    } else {
                        segments.add(new ArrayList<>(segment));
                    }
                    start = i;
                }
            }
            segments.forEach(segment -> lines.add(horizontalLine(segment, spaces)));
        }
        lines.addAll(verticalLines(vertical));
        return lines;
    }

    /** Rows of glyphs whose baselines lie within a quarter em (of the smaller) of the row's first glyph. */
    private static List<List<Glyph>> baselineRows(List<Glyph> glyphs) {
        return runsAlong(glyphs, Glyph::baseline,
                (first, glyph) -> BASELINE_TOLERANCE * Math.min(glyph.size(), first.size()));
    }

    /**
     * The glyphs sorted by {@code position}, cut into runs: a glyph joins the open run while it stands
     * within {@code tolerance} of the run's first glyph.
     */
    private static List<List<Glyph>> runsAlong(List<Glyph> glyphs, ToDoubleFunction<Glyph> position,
                                               ToDoubleBiFunction<Glyph, Glyph> tolerance) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(position));
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> run = null;
        for (Glyph glyph : sorted) {
            Glyph first = run == null ? null : run.get(0);
            if (first == null || position.applyAsDouble(glyph) - position.applyAsDouble(first) > tolerance.applyAsDouble(first, glyph)) {
                run = new ArrayList<>();
                runs.add(run);
            }
            run.add(glyph);
        }
        return runs;
    }

    /**
     * A gap wider than a gutter that still lies within one line: the clause space of display type
     * ({@code 适应融合趋势 增强竞争优势}), or names spaced apart on a byline or credit
     * ({@code 汪 涛  吴光胜}, {@code 新华社记者  徐 昱摄}). Body columns never leave such short runs this
     * close on either side of a gutter.
     */
    private static boolean isWideSpaceWithinLine(List<Glyph> left, List<Glyph> right, double bodySize, List<Rule> verticalRules) {
        Glyph last = left.get(left.size() - 1);
        Glyph first = right.get(0);
        double larger = Math.max(last.size(), first.size());
        double gap = first.x() - last.right();
        if (ruleBetween(last, first, verticalRules) || Math.abs(last.size() - first.size()) > 0.1 * larger) {
            return false;
        }
        // One display line is set in one size on one baseline; two headlines side by side across a
        // narrow gutter (narrower than a clause space in their own type) are set apart.
        boolean display = TypeScale.isDisplay(dominantSize(left), bodySize) && TypeScale.isDisplay(dominantSize(right), bodySize)
                && oneSetting(last, first) && oneFace(left, right);
        // The whole left run must be short too: a body line ending in a spaced figure is no byline.
        boolean spacedName = left.size() <= MAX_ROLE + 2 * MAX_NAME && trailingWord(left) <= MAX_ROLE
                && right.size() <= MAX_NAME + 1;
        return (display || spacedName) && gap <= WIDE_SPACE_EMS * larger;
    }

    /** Whether two glyphs share size and baseline to rounding, as the glyphs of one typeset line do. */
    private static boolean oneSetting(Glyph left, Glyph right) {
        double larger = Math.max(left.size(), right.size());
        return Math.abs(left.size() - right.size()) <= ONE_SETTING * larger
                && Math.abs(left.baseline() - right.baseline()) <= ONE_SETTING * larger;
    }

    /**
     * Two glyphs of a vertical run standing less than half an em apart go in the order they were
     * drawn: a vertical-form comma or stop sits in the upper part of its cell, and its reported origin
     * can stand above that of the character drawn before it ({@code 行动起来，} read as {@code 行动起，来}).
     */
    private static void keepDrawingOrderWithinAnEm(List<Glyph> column, Map<Glyph, Integer> drawn) {
        for (int i = 1; i < column.size(); i++) {
            Glyph before = column.get(i - 1);
            Glyph glyph = column.get(i);
            if (glyph.baseline() - before.baseline() < 0.5 * glyph.size() && drawn.get(glyph) < drawn.get(before)) {
                column.set(i - 1, glyph);
                column.set(i, before);
            }
        }
    }

    /**
     * Whether the Han characters of two runs are set in one face, as one headline is (figures and
     * Latin letters may come from another font): two headlines side by side in two faces are two.
     */
    private static boolean oneFace(List<Glyph> left, List<Glyph> right) {
        Optional<String> leftFace = hanFace(left);
        Optional<String> rightFace = hanFace(right);
        return leftFace.isEmpty() || rightFace.isEmpty() || leftFace.equals(rightFace);
    }

    /** The font most of the run's Han characters are drawn in. */
    private static Optional<String> hanFace(List<Glyph> glyphs) {
        Map<String, Integer> counts = new HashMap<>();
        for (Glyph glyph : glyphs) {
            if (!glyph.text().isEmpty() && Character.isIdeographic(glyph.text().codePointAt(0))) {
                counts.merge(glyph.font(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** The median gap between neighbouring glyphs: what justification or tracking adds to every pair. */
    private static double typicalGap(List<Glyph> glyphs) {
        if (glyphs.size() < 2) {
            return 0;
        }
        double[] gaps = new double[glyphs.size() - 1];
        for (int i = 1; i < glyphs.size(); i++) {
            gaps[i - 1] = Math.max(0, glyphs.get(i).x() - glyphs.get(i - 1).right());
        }
        Arrays.sort(gaps);
        return gaps[gaps.length / 2];
    }

    /** Latin letters, digits and ASCII signs: their words are parted by spaces narrower than a Han gap. */
    private static boolean isLatin(Glyph glyph) {
        String text = glyph.text();
        return text.length() == 1 && text.charAt(0) > ' ' && text.charAt(0) < 0x7F;
    }

    /** How many glyphs end the run without a word-sized gap among them. */
    private static int trailingWord(List<Glyph> glyphs) {
        int count = 1;
        for (int i = glyphs.size() - 1; i > 0; i--) {
            Glyph glyph = glyphs.get(i);
            Glyph before = glyphs.get(i - 1);
            if (glyph.x() - before.right() > WORD_SPACE_EMS * Math.max(glyph.size(), before.size())) {
                break;
            }
            count++;
        }
        return count;
    }

    private static boolean isGutter(Glyph left, Glyph right, List<Rule> verticalRules, double[] spaces) {
        double gap = right.x() - left.right();
        double larger = Math.max(left.size(), right.size());
        if (DrawnSpaces.between(spaces, left.right(), right.x()) && gap <= GUTTER_EMS * larger * 2) {
            // The page drew a space there (an ideographic space after a dateline): the text runs on.
            return ruleBetween(left, right, verticalRules);
        }
        if (gap > GUTTER_EMS * larger) {
            return true;
        }
        // A change of type size across a gap: two elements side by side (a dateline and a page name),
        // or two headlines side by side, set in sizes or on baselines a point apart.
        if (gap > SIZE_CHANGE_GAP_EMS * larger && (Math.min(left.size(), right.size()) < SIZE_CHANGE * larger
                || !oneSetting(left, right))) {
            return true;
        }
        return ruleBetween(left, right, verticalRules);
    }

    private static boolean ruleBetween(Glyph left, Glyph right, List<Rule> verticalRules) {
        double y = left.baseline() - left.size() / 2;
        for (Rule rule : verticalRules) {
            PageBudget.checkpoint();
            double x = rule.position();
            if (x > left.centerX() && x < right.centerX() && rule.extent().y() <= y && rule.extent().bottom() >= y) {
                return true;
            }
        }
        return false;
    }

    private static GlyphLine horizontalLine(List<Glyph> glyphs, double[] spaces) {
        StringBuilder text = new StringBuilder();
        Box box = null;
        Glyph previous = null;
        double tracking = typicalGap(glyphs);
        for (Glyph glyph : glyphs) {
            double gap = previous == null ? 0 : glyph.x() - previous.right();
            double em = previous == null ? 0 : Math.max(glyph.size(), previous.size());
            // Latin words part at narrower gaps than Han text, but never at the line's own letter spacing.
            double wordSpace = previous != null && isLatin(previous) && isLatin(glyph)
                    ? Math.max(LATIN_WORD_SPACE_EMS * em, TRACKING_MARGIN * tracking) : WORD_SPACE_EMS * em;
            boolean drawnSpace = previous != null && DrawnSpaces.between(spaces, previous.right(), glyph.x());
            if (previous != null && (gap > wordSpace || drawnSpace)) {
                // Two spaces for an em or more, as layout-preserving extractors write a wide gap:
                // names on a byline, clauses of a headline.
                text.append(gap >= em ? "  " : " ");
            }
            text.append(glyph.text());
            Box glyphBox = new Box(glyph.x(), glyph.top(), glyph.width(), glyph.size());
            box = box == null ? glyphBox : box.union(glyphBox);
            previous = glyph;
        }
        return new GlyphLine(glyphs, box, dominantSize(glyphs), text.toString(), mostlyHeavy(glyphs), false);
    }

    /**
     * Vertical runs: glyphs of a vertical font stacked in one column, split where more than a wide
     * space parts them (a name set vertically is spaced out like a horizontal one).
     */
    private static List<GlyphLine> verticalLines(List<Glyph> glyphs) {
        Map<Glyph, Integer> drawn = new IdentityHashMap<>();
        for (int i = 0; i < glyphs.size(); i++) {
            drawn.put(glyphs.get(i), i);
        }
        List<GlyphLine> lines = new ArrayList<>();
        for (List<Glyph> column : verticalColumns(glyphs)) {
            column.sort(Comparator.comparingDouble(Glyph::baseline));
            if (column.stream().allMatch(glyph -> glyph.flow() == Glyph.Flow.UP)) {
                // Text turned to run up the page is read from the bottom.
                Collections.reverse(column);
            } else {
                keepDrawingOrderWithinAnEm(column, drawn);
            }
            List<Glyph> run = new ArrayList<>();
            for (Glyph glyph : column) {
                if (!run.isEmpty()) {
                    Glyph last = run.get(run.size() - 1);
                    double step = Math.abs(glyph.baseline() - last.baseline());
                    if (step <= 0 || step > (1 + WIDE_SPACE_EMS) * glyph.size()) {
                        lines.add(verticalLine(run));
                        run = new ArrayList<>();
                    }
                }
                run.add(glyph);
            }
            if (!run.isEmpty()) {
                lines.add(verticalLine(run));
            }
        }
        return lines;
    }

    /** Vertical glyphs grouped by the column they stand in: centres within a quarter em of the column's first. */
    private static List<List<Glyph>> verticalColumns(List<Glyph> glyphs) {
        return runsAlong(glyphs, Glyph::centerX, (first, glyph) -> BASELINE_TOLERANCE * glyph.size());
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
