package banmian.layout.line;

import banmian.model.BlockType;
import banmian.model.Geometry;
import banmian.text.Chars;
import banmian.text.Punctuation;
import banmian.text.Spacing;
import banmian.text.TextWidth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One visual line as the reconstruction stages see it: the extractor's text with fake-bold doubling
 * undone, its body and title spellings, its printed width, and the role later stages give it.
 * {@code sources} are the input line numbers it came from (several when a vertical title or raw
 * fragments were joined).
 */
public final class TextLine {
    public final int position;
    public final int box;
    public final List<Integer> sources;
    public final String raw;
    public final String body;
    /** The text with every space removed, the form most rules match on. */
    public final String squashed;
    private String title;
    private Boolean couldBeTitle;
    public final int width;
    public final boolean letterSpaced;
    public final boolean indented;
    final boolean hasLatin;
    /** Set one character per line (a vertical headline or name), joined by the preparer. */
    public final boolean vertical;
    /** Where the line sits and its type size, when the input knows (the PDF path); else null. */
    public final Geometry geometry;
    /** What the line is taken to be; given only through {@link PageAnalysis#assign}, which logs why. */
    private LineRole role = LineRole.BODY;
    /** Which furniture a {@link LineRole#FURNITURE} line is ({@link BlockType#isFurniture()}); null otherwise. */
    private BlockType furnitureKind;
    /** Estimated width of a full line of the column this line sits in, in quarter-em units. */
    private int columnWidth;
    /** The most common width among the lines around this one, whatever this line's own width. */
    private int neighbourColumn;
    /**
     * From geometry, when the line stands in a block of several: whether it reaches the block's right
     * edge, and whether it starts indented from the block's left edge. Null when unknown; the width
     * estimates above then decide.
     */
    private Boolean placedFull;
    private Boolean placedIndented;
    private Integer continuedTo;
    private Integer continuedFrom;

    public TextLine(int position, int box, List<Integer> sources, String raw, boolean vertical, Geometry geometry) {
        this.geometry = geometry;
        this.vertical = vertical;
        this.position = position;
        this.box = box;
        this.sources = List.copyOf(sources);
        this.raw = raw;
        this.body = Spacing.body(raw);
        this.squashed = Chars.squash(raw);
        this.width = TextWidth.quarterEms(raw.strip());
        this.letterSpaced = Spacing.isLetterSpaced(raw);
        this.indented = !raw.isEmpty() && Chars.isSpace(raw.charAt(0));
        this.hasLatin = containsLatin(raw);
    }

    public LineRole role() {
        return role;
    }

    void role(LineRole role) {
        this.role = role;
        this.furnitureKind = role == LineRole.FURNITURE ? BlockType.FURNITURE : null;
    }

    /** What kind of furniture the line is (running head, masthead, column label, index, advertisement); null when it is none. */
    public BlockType furnitureKind() {
        return furnitureKind;
    }

    /**
     * Stands between articles: a headline, byline or author note ({@link LineRole#separatesArticles()}),
     * or a column label, which heads the article set under it.
     */
    public boolean separatesArticles() {
        return role.separatesArticles() || furnitureKind == BlockType.COLUMN;
    }

    void furniture(BlockType kind) {
        this.role = LineRole.FURNITURE;
        this.furnitureKind = kind;
    }

    public int columnWidth() {
        return columnWidth;
    }

    public int neighbourColumn() {
        return neighbourColumn;
    }

    /** Sets the column measure estimates ({@link Facts#COLUMN_MEASURES}). */
    public void measure(int columnWidth, int neighbourColumn) {
        this.columnWidth = columnWidth;
        this.neighbourColumn = neighbourColumn;
    }

    /** Sets, from geometry, whether the line reaches its block's right edge and starts indented ({@link Facts#COLUMN_MEASURES}). */
    public void place(boolean full, boolean indented) {
        this.placedFull = full;
        this.placedIndented = indented;
    }

    /** The page this line's article continues on ({@code 下转}), or null. */
    public Integer continuedTo() {
        return continuedTo;
    }

    /** The page this line's article continues from ({@code 上接}), or null. */
    public Integer continuedFrom() {
        return continuedFrom;
    }

    /** Sets the jumps on this line ({@link Facts#JUMPS}). */
    public void jumps(Integer to, Integer from) {
        this.continuedTo = to;
        this.continuedFrom = from;
    }

    /**
     * Reaches the right edge of its column. Justification stretches a line with a character fewer
     * to the same edge, so a line within about one and a half characters of the measure counts.
     */
    public boolean isFull() {
        return placedFull != null ? placedFull : width >= columnWidth - Measures.FULL_SLACK;
    }

    /** Reaches the column edge with no doubt left (a stricter {@link #isFull()}). */
    public boolean isSurelyFull() {
        return placedFull != null ? placedFull : width >= columnWidth - Measures.SURELY_FULL_SLACK;
    }

    /** This line at another position, with more input lines behind it (a jump line folded in). */
    public TextLine moved(int newPosition, List<Integer> moreSources) {
        List<Integer> merged = new ArrayList<>(sources);
        merged.addAll(moreSources);
        merged.sort(null);
        TextLine copy = new TextLine(newPosition, box, merged, raw, vertical, geometry);
        copy.role = role;
        copy.furnitureKind = furnitureKind;
        copy.continuedTo = continuedTo;
        copy.continuedFrom = continuedFrom;
        return copy;
    }

    /** The lines grouped by the box they came in, boxes in order of their first line. */
    public static Collection<List<TextLine>> byBox(List<TextLine> lines) {
        Map<Integer, List<TextLine>> boxes = new LinkedHashMap<>();
        for (TextLine line : lines) {
            boxes.computeIfAbsent(line.box, box -> new ArrayList<>()).add(line);
        }
        return boxes.values();
    }

    /** Alone in its box: the extractor saw nothing else in the same block. */
    public static boolean isAloneInBox(List<TextLine> lines, TextLine line) {
        int i = line.position;
        return (i == 0 || lines.get(i - 1).box != line.box) && (i + 1 >= lines.size() || lines.get(i + 1).box != line.box);
    }

    /** Led by a dash ({@code ——副题}, {@code －－}): a subtitle, or an item of a dash-led list. */
    public boolean isDashLed() {
        String text = raw.strip();
        return text.startsWith("—") || text.startsWith("－－");
    }

    /** Ends in a dash ({@code 江苏一位退休教师三十年如一日——}): a kicker pointing on to its headline, or a sentence going on. */
    public boolean endsWithDash() {
        return raw.strip().endsWith("——");
    }

    /** Title spelling: letter-spacing closed up, a clause space kept (computed when first asked for). */
    public String title() {
        if (title == null) {
            title = Spacing.title(raw);
        }
        return title;
    }

    /** Whether the line has the shape of a title at all (see {@link TitleTagger#couldBeTitle}); computed once. */
    public boolean couldBeTitle() {
        if (couldBeTitle == null) {
            couldBeTitle = LineShape.couldBeTitle(this);
        }
        return couldBeTitle;
    }

    private static boolean containsLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Chars.isAsciiAlphanumeric(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** About two characters short of full: the first line of a paragraph whose indent the extractor dropped. */
    public boolean isIndentShort() {
        if (placedIndented != null) {
            return placedIndented;
        }
        int shortfall = columnWidth - width;
        return shortfall >= Measures.MIN_INDENT_SHORTFALL
                && shortfall <= (hasLatin ? Measures.MAX_INDENT_SHORTFALL_WITH_LATIN : Measures.MAX_INDENT_SHORTFALL);
    }

    /** Starts by finishing a sentence within a few characters ({@code 举行。此次……}): a paragraph never opens so. */
    public boolean opensWithSentenceTail() {
        int limit = Math.min(body.length(), 5);
        for (int i = 1; i < limit; i++) {
            char c = body.charAt(i);
            // A colon after two or more characters ends a clause ({@code 强调：}); after one it may
            // open an interview answer ({@code 问：}).
            if (Punctuation.SENTENCE_TAIL_MARKS.indexOf(c) >= 0 || c == '：' && i >= 2) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return position + ":" + role + ":" + width + "/" + columnWidth + ":" + raw;
    }
}
