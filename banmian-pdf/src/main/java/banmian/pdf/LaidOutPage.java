package banmian.pdf;

import banmian.model.PageGraphics;
import banmian.model.SourceLine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A PDF page laid out into lines that carry their geometry, with the rules and images the page
 * draws: everything the shared stages need, and a fraction of the size of the page's glyphs, so that
 * many pages can be read before any is parsed. {@code problem} says why the page has no usable text
 * (see {@link PdfReader#problem}), naming it by number; {@code notes} are what reading it noticed
 * ({@link PdfPage#notes()}); {@code spent} the time reading and laying it out took.
 */
public record LaidOutPage(int number, List<SourceLine> lines, PageGraphics graphics, Optional<String> problem,
                          List<String> notes, Duration spent) {
    /** The same page with the time its layout took added to what its reading took. */
    public LaidOutPage spending(Duration total) {
        return new LaidOutPage(number, lines, graphics, problem, notes, total);
    }

    public LaidOutPage {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }
}
