package banmian.limits;

/**
 * The bounds on the work one input may cause, each with the name users set it by
 * ({@code --limit page-seconds=60}). The defaults sit far above any real newspaper page (a dense
 * broadsheet page draws some 40,000 glyphs with about 100,000 content-stream operators, and its text
 * layer is a few thousand lines of under a hundred characters) and far below what exhausts a machine.
 */
public enum Limit {
    TEXT_MIB("text-mib", 8, "MiB", "size of a text layer"),
    PDF_MIB("pdf-mib", 256, "MiB", "size of a PDF"),
    /** Every page of a PDF is read before any is parsed: a whole issue has dozens, not thousands. */
    PDF_PAGES("pdf-pages", 2_000, "pages", "pages in one PDF"),
    PAGE_SECONDS("page-seconds", 30, "s", "time for one page, all its phases together (reading, laying out, parsing, enriching)"),
    PAGE_OPERATORS("page-operators", 10_000_000, "operators", "content-stream operators run for one page, forms included"),
    PAGE_GLYPHS("page-glyphs", 500_000, "glyphs", "glyphs one page draws"),
    /** Paths are kept point by point until painted, and every image placement is kept: both cost memory. */
    PAGE_GRAPHICS("page-graphics", 2_000_000, "points", "path points and image placements one page draws"),
    STREAM_MIB("stream-mib", 128, "MiB", "decoded size of one stream a page's text depends on (content, form, font, Unicode map)"),
    /**
     * PDFBox enters every code of a character map's range one by one: a damaged range of four billion
     * codes never finishes. A two-byte code space has 65,536 codes; sixteen times that is no real font.
     */
    CMAP_CODES("cmap-codes", 1L << 20, "codes", "codes the character maps of one page's fonts cover (Unicode maps, embedded CMaps)"),
    PAGE_LINES("page-lines", 50_000, "lines", "lines of one page's text"),
    LINE_CHARS("line-chars", 20_000, "characters", "characters of one line of text, trailing spaces not counted");

    private final String key;
    private final long defaultValue;
    private final String unit;
    private final String meaning;

    Limit(String key, long defaultValue, String unit, String meaning) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.unit = unit;
        this.meaning = meaning;
    }

    public String key() {
        return key;
    }

    public long defaultValue() {
        return defaultValue;
    }

    public String unit() {
        return unit;
    }

    public String meaning() {
        return meaning;
    }

    /** The limit called {@code key}, or an error listing the names there are. */
    public static Limit byKey(String key) {
        for (Limit limit : values()) {
            if (limit.key.equals(key)) {
                return limit;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Limit limit : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(limit.key);
        }
        throw new IllegalArgumentException("unknown limit '" + key + "' (known: " + known + ")");
    }
}
