package banmian.pdf;

import banmian.limits.PageBudget;
import org.apache.pdfbox.text.TextPosition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises a glyph drawn again on top of an earlier copy of itself: fake bold, shadows, lines
 * drawn four times. A copy is the same character in the same size within a third of an em, or of its
 * advance when that is narrower (so that the two l of {@code Bill} or a row of dots survive). Earlier
 * glyphs are kept in a grid of cells a dozen points wide, so each check looks at a few neighbouring
 * cells rather than every earlier copy of the character on the page; when the tolerance spans more
 * cells than there are earlier copies (display type, or a glyph scaled out of all proportion), the
 * copies are looked at instead. Either way the work per glyph is bounded by what the page drew.
 */
final class OverprintFilter {
    private static final double SAME_SIZE = 0.1;

    private record Drawn(TextPosition position, double x, double y, double size, double tolerance) {
    }

    private record Cell(String text, long column, long row) {
    }

    private final Map<Cell, List<Drawn>> grid = new HashMap<>();
    private final Map<String, List<Drawn>> byText = new HashMap<>();
    private final Set<TextPosition> overprinted = Collections.newSetFromMap(new IdentityHashMap<>());

    void reset() {
        grid.clear();
        byText.clear();
        overprinted.clear();
    }

    /** True when {@code position} repeats a glyph already drawn; the earlier copy is then marked. */
    boolean isRepeat(TextPosition position, double size) {
        String text = position.getUnicode();
        double x = position.getXDirAdj();
        double y = position.getYDirAdj();
        double advance = Math.abs(position.getWidthDirAdj());
        double tolerance = Math.max(0.1, Math.min(size, advance > 0 ? advance : size) / 3);
        long column = cellIndex(x);
        long row = cellIndex(y);
        long reach = Math.max(1, (long) Math.ceil(tolerance / CELL));
        List<Drawn> sameText = byText.getOrDefault(text, List.of());
        Drawn earlier;
        // Display type reaches over many cells: then the copies of the character drawn so far are fewer to look at.
        double cells = Math.pow(2 * reach + 1, 2);
        if (cells > sameText.size()) {
            earlier = firstCopy(sameText, x, y, size, tolerance);
        } else {
            earlier = null;
            for (long dc = -reach; dc <= reach && earlier == null; dc++) {
                for (long dr = -reach; dr <= reach && earlier == null; dr++) {
                    earlier = firstCopy(grid.getOrDefault(new Cell(text, column + dc, row + dr), List.of()), x, y, size, tolerance);
                }
            }
        }
        if (earlier != null) {
            overprinted.add(earlier.position());
            return true;
        }
        Drawn drawn = new Drawn(position, x, y, size, tolerance);
        grid.computeIfAbsent(new Cell(text, column, row), cell -> new ArrayList<>()).add(drawn);
        byText.computeIfAbsent(text, key -> new ArrayList<>()).add(drawn);
        return false;
    }

    /** The first of {@code candidates} that this glyph repeats, or null. */
    private static Drawn firstCopy(List<Drawn> candidates, double x, double y, double size, double tolerance) {
        for (Drawn earlier : candidates) {
            PageBudget.checkpoint();
            double within = Math.min(tolerance, earlier.tolerance());
            if (Math.abs(earlier.size() - size) <= SAME_SIZE * Math.max(size, earlier.size())
                    && Math.abs(earlier.x() - x) <= within && Math.abs(earlier.y() - y) <= within) {
                return earlier;
            }
        }
        return null;
    }

    boolean wasOverprinted(TextPosition position) {
        return overprinted.contains(position);
    }

    /** Cells a dozen points wide; the search reaches as many cells as the tolerance spans. */
    private static long cellIndex(double coordinate) {
        return (long) Math.floor(coordinate / CELL);
    }

    private static final double CELL = 12;
}
