package banmian.layout.line;



/**
 * How an extractor laid a page's text out, which decides how the text path first undoes it. Only
 * three shapes change what the first stages do: side-by-side columns padded to fixed positions
 * ({@link #PDFTOTEXT_LAYOUT}), rows of several columns joined by one space ({@link #JOINED_COLUMNS}),
 * and lines cut after every comma ({@link #PDFTOTEXT_RAW}); the others are told apart for the record
 * ({@code --explain}), and forcing one of them turns the three undoings off.
 */
public enum Dialect {
    BOXES("boxes", "text boxes parted by blank lines, each box's lines in order (pdfminer/pdfplumber pdf2txt, poppler pdftotext"
            + " without options; the two differ in how they cut boxes, not in shape)"),
    PDFTOTEXT_RAW("pdftotext-raw", "poppler pdftotext -raw: content-stream order, lines cut after commas"),
    PDFTOTEXT_LAYOUT("pdftotext-layout", "poppler pdftotext -layout: visual rows with the columns side by side, padded with spaces"),
    JOINED_COLUMNS("joined-columns", "text sorted by position with each row's columns joined by one space (pdfplumber extract_text, PDFBox sorted)"),
    PDFBOX_STRIPPER("pdfbox", "PDFBox PDFTextStripper in content-stream order: no blank lines between blocks"),
    MUTOOL("mutool", "mutool draw -F txt: blocks in content order, blank lines between them"),
    PDF_LAYOUT("pdf", "banmian's own layout of a page PDF: lines with geometry, blocks in reading order");

    private final String id;
    private final String description;

    Dialect(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name {@code --dialect} takes and {@code --explain} prints. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /**
     * The dialect named {@code id}, or null. {@code pdfminer} and {@code pdftotext} (without options)
     * name {@link #BOXES}: their text has one shape.
     */
    public static Dialect byId(String id) {
        if (id.equals("pdfminer") || id.equals("pdftotext")) {
            return BOXES;
        }
        for (Dialect dialect : values()) {
            if (dialect.id.equals(id)) {
                return dialect;
            }
        }
        return null;
    }
}
