package banmian.pdf;

import java.util.List;

/**
 * What one PDF page draws, in page order: glyphs after overprint collapse, ruling lines, filled
 * or stroked rectangles too large to be rules (frames, tints), and image placements.
 * {@code unmappedGlyphs} counts glyphs drawn in a font that gives no text for them at all.
 */
public record PdfPage(int number, double width, double height, List<Glyph> glyphs, List<Rule> rules,
                      List<Box> frames, List<Box> images, int unmappedGlyphs) {
    public PdfPage {
        glyphs = List.copyOf(glyphs);
        rules = List.copyOf(rules);
        frames = List.copyOf(frames);
        images = List.copyOf(images);
    }
}
