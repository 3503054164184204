package banmian.pdf;

import java.time.Duration;
import java.util.List;

/**
 * What one PDF page draws, on the page as displayed (origin top-left, points): glyphs after
 * overprint collapse, the spaces drawn between them (ordinary and ideographic), ruling lines (box
 * outlines included), and image placements. {@code unmappedGlyphs} counts glyphs drawn in a font that
 * gives no text for them at all. {@code notes}: what the reader noticed on the way (library warnings,
 * counted by kind), one line each for the user; {@code readTime} what reading it took (the page's time
 * limit covers all its phases).
 */
public record PdfPage(int number, double width, double height, List<Glyph> glyphs, List<Glyph> spaces, List<Rule> rules,
                      List<Box> images, int unmappedGlyphs, List<String> notes, Duration readTime) {
    public PdfPage {
        glyphs = List.copyOf(glyphs);
        spaces = List.copyOf(spaces);
        rules = List.copyOf(rules);
        images = List.copyOf(images);
        notes = List.copyOf(notes);
    }

    public boolean hasText() {
        return !glyphs.isEmpty();
    }
}
