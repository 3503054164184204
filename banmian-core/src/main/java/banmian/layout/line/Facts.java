package banmian.layout.line;

import banmian.model.Page;
import banmian.model.PageGraphics;
import banmian.model.PageMeta;
import banmian.model.SourceLine;

import java.util.List;

/**
 * The facts of the text path's page analysis, in the order the stages establish them. Inputs
 * ({@link #INPUT}, {@link #CALLER_META}, {@link #GRAPHICS}, {@link #FORCED_DIALECT}) are there before the first stage.
 */
public final class Facts {
    /** The extractor's lines, numbered, as read (on the PDF path, the lines the page was laid out into). */
    public static final Fact<List<SourceLine>> INPUT = Fact.of("input");
    /** Page metadata the caller gives (options win over what the page says). */
    public static final Fact<PageMeta> CALLER_META = Fact.of("caller-meta");
    /** Ruling lines and images the page draws (none on the text path). */
    public static final Fact<PageGraphics> GRAPHICS = Fact.of("graphics");
    /** The dialect the caller says the input is in ({@code --dialect}), or null to detect it. */
    public static final Fact<Dialect> FORCED_DIALECT = Fact.of("forced-dialect");
    /** How the extractor laid the text out ({@link Dialect}): detected, or forced by the caller. */
    public static final Fact<Dialect> DIALECT = Fact.of("dialect");
    /** The input with side-by-side columns dealt into column boxes (layout or joined-row dialects). */
    public static final Fact<List<SourceLine>> COLUMN_LINES = Fact.of("column-lines");
    /** Visual lines: doubling undone, repeats dropped, vertical and split lines joined. */
    public static final Fact<List<TextLine>> LINES = Fact.of("lines");
    /** Jumps to and from other pages, on the lines they belong to (lone jump lines are markers). */
    public static final Fact<Void> JUMPS = Fact.onLines("jumps");
    /** Page furniture roles: running heads, masthead data, editors' credits. */
    public static final Fact<Void> FURNITURE_ROLES = Fact.onLines("furniture-roles");
    /** What the page's furniture says of the page (date, number, section). */
    public static final Fact<PageMeta> SHOWN_META = Fact.of("shown-meta");
    /** The most common width of the page's body lines once its furniture is known: its typical column measure. */
    public static final Fact<Integer> PAGE_MEASURE = Fact.of("page-measure");
    /** Type sizes of a page whose lines carry geometry (nothing known on the text path). */
    public static final Fact<TypeSizes> TYPE_SIZES = Fact.of("type-sizes");
    /** Caption and credit roles. */
    public static final Fact<Void> CAPTION_ROLES = Fact.onLines("caption-roles");
    /**
     * Captions found where they are set (at pictures, the PDF path): each one's lines in reading order,
     * rows down, the pieces of a row left to right. Captions found by wording alone are not among them.
     */
    public static final Fact<List<List<TextLine>>> CAPTION_UNITS = Fact.of("caption-units");
    /** Byline and author-note roles. */
    public static final Fact<Void> AUTHOR_ROLES = Fact.onLines("author-roles");
    /** Each line's column measure, the measure around it, and (placed lines) whether it is full or indented. */
    public static final Fact<Void> COLUMN_MEASURES = Fact.onLines("column-measures");
    /** Title and heading roles. */
    public static final Fact<Void> TITLE_ROLES = Fact.onLines("title-roles");
    /** Consecutive title lines grouped into kicker, headline and subtitle. */
    public static final Fact<List<TitleGroup>> TITLE_GROUPS = Fact.of("title-groups");
    /** For every line position, the title group whose article geometry puts it in (-1: unknown). */
    public static final Fact<int[]> LINE_OWNERS = Fact.of("line-owners");
    /** Body lines in reading order, in chains. */
    public static final Fact<Flow> FLOW = Fact.of("flow");
    /** The flow cut into article bodies. */
    public static final Fact<List<Piece>> PIECES = Fact.of("pieces");
    /** Captions with their credits, where they sat. */
    public static final Fact<List<PlacedCaption>> CAPTIONS = Fact.of("captions");
    /** The parsed page. */
    public static final Fact<Page> PAGE = Fact.of("page");

    private Facts() {
    }
}
