package banmian.pdf;

import java.util.List;

/** Lines set together: one stretch of one column in one size, or one headline, or one vertical run. */
public record GlyphBlock(List<GlyphLine> lines, Box box) {
    public GlyphBlock {
        lines = List.copyOf(lines);
    }

    public double size() {
        return lines.get(0).size();
    }
}
