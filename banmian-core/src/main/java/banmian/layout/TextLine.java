package banmian.layout;

import banmian.text.Chars;
import banmian.text.Spacing;
import banmian.text.TextWidth;

import java.util.List;

/**
 * One visual line as the reconstruction stages see it: the extractor's text with fake-bold doubling
 * undone, its body and title spellings, its printed width, and the role later stages give it.
 * {@code sources} are the input line numbers it came from (several when a vertical title or raw
 * fragments were joined).
 */
final class TextLine {
    final int position;
    final int box;
    final List<Integer> sources;
    final String raw;
    final String body;
    final String title;
    final int width;
    final boolean letterSpaced;
    final boolean indented;
    final boolean hasLatin;
    /** Set one character per line (a vertical headline or name), joined by the preparer. */
    final boolean vertical;
    LineRole role = LineRole.BODY;
    /** Estimated width of a full line of the column this line sits in, in quarter-em units. */
    int columnWidth;
    Integer continuedTo;
    Integer continuedFrom;

    TextLine(int position, int box, List<Integer> sources, String raw, boolean vertical) {
        this.vertical = vertical;
        this.position = position;
        this.box = box;
        this.sources = List.copyOf(sources);
        this.raw = raw;
        this.body = Spacing.body(raw);
        this.title = Spacing.title(raw);
        this.width = TextWidth.quarterEms(raw.strip());
        this.letterSpaced = Spacing.isLetterSpaced(raw);
        this.indented = !raw.isEmpty() && Chars.isSpace(raw.charAt(0));
        this.hasLatin = raw.chars().anyMatch(Chars::isAsciiAlphanumeric);
    }

    /**
     * Reaches the right edge of its column. Justification stretches a line with a character fewer
     * to the same edge, so a line within about one and a half characters of the measure counts.
     */
    boolean isFull() {
        return width >= columnWidth - (hasLatin ? 8 : 6);
    }

    /** About two characters short of full: the first line of a paragraph whose indent the extractor dropped. */
    boolean isIndentShort() {
        int shortfall = columnWidth - width;
        return hasLatin ? shortfall >= 5 && shortfall <= 16 : shortfall >= 7 && shortfall <= 14;
    }

    @Override
    public String toString() {
        return position + ":" + role + ":" + width + "/" + columnWidth + ":" + raw;
    }
}
