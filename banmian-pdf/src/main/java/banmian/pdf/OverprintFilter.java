package banmian.pdf;

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
 * glyphs are kept in a grid of cells about one tolerance wide, so each check looks at a few neighbours
 * rather than every earlier copy of the character on the page.
 */
final class OverprintFilter {
    private static final double SAME_SIZE = 0.1;

    private record Drawn(TextPosition position, double x, double y, double size, double tolerance) {
    }

    private record Cell(String text, long column, long row) {
    }

    private final Map<Cell, List<Drawn>> grid = new HashMap<>();
    private final Set<TextPosition> overprinted = Collections.newSetFromMap(new IdentityHashMap<>());

    void reset() {
        grid.clear();
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
        for (long dc = -reach; dc <= reach; dc++) {
            for (long dr = -reach; dr <= reach; dr++) {
                for (Drawn earlier : grid.getOrDefault(new Cell(text, column + dc, row + dr), List.of())) {
                    double within = Math.min(tolerance, earlier.tolerance());
                    if (Math.abs(earlier.size() - size) <= SAME_SIZE * Math.max(size, earlier.size())
                            && Math.abs(earlier.x() - x) <= within && Math.abs(earlier.y() - y) <= within) {
                        overprinted.add(earlier.position());
                        return true;
                    }
                }
            }
        }
        grid.computeIfAbsent(new Cell(text, column, row), cell -> new ArrayList<>()).add(new Drawn(position, x, y, size, tolerance));
        return false;
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
