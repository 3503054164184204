package banmian.pdf;

import java.util.List;

/**
 * Glyphs on one baseline within one column, left to right (or one vertical run, top to bottom).
 * {@code size} is the line's dominant font size; {@code text} has a space wherever the glyphs leave a
 * word-sized gap, which the text stages then keep (Latin, headline clauses) or drop (justification).
 */
public record GlyphLine(List<Glyph> glyphs, Box box, double size, String text, boolean heavy, boolean vertical) {
    public GlyphLine {
        glyphs = List.copyOf(glyphs);
    }

    public double baseline() {
        return glyphs.get(0).baseline();
    }
}
