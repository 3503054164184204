package banmian.pdf;

import banmian.limits.BudgetExceededException;
import banmian.limits.Limit;
import banmian.limits.Limits;
import banmian.limits.PageBudget;
import banmian.text.InputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Opens a PDF and reads what each page draws, or says in one line why the file cannot give a page's
 * text: encrypted, damaged, no text layer (a scan: OCR is needed), or fonts without a Unicode map.
 * In a document of several pages, pages without usable text (a full-page picture, a blank page)
 * come back empty, each with its {@link #problem}; only a document with no usable page is refused.
 */
public final class PdfReader {
    /** Below this share of readable characters the text layer is glyph codes, not text. */
    private static final double MIN_READABLE_SHARE = 0.7;
    private static final Pattern WHITESPACE = Pattern.compile("\\s++");
    /** A library's message quoted in ours: enough to recognise it, never a page of it. */
    private static final int MESSAGE_CHARS = 200;

    /** Told after each page is read, with the document's page count: long documents show progress. */
    @FunctionalInterface
    public interface PageProgress {
        PageProgress NONE = (done, total) -> { };

        void pageRead(int done, int total);
    }

    private final Limits limits;

    public PdfReader() {
        this(Limits.DEFAULT);
    }

    public PdfReader(Limits limits) {
        this.limits = limits;
    }

    /** Every page of the document, in order. */
    public List<PdfPage> read(byte[] bytes, String sourceName) throws InputException {
        return read(bytes, sourceName, PageProgress.NONE);
    }

    public List<PdfPage> read(byte[] bytes, String sourceName, PageProgress progress) throws InputException {
        return readDocument(bytes, sourceName, progress).pages();
    }

    /**
     * The document's pages, and notes on it for the user (library warnings while opening it, counted
     * by kind). Work is bounded by the {@link Limits}: too many pages, or a page that runs over its
     * budget, refuses the document with a message naming the page and the limit.
     */
    public PdfDocument readDocument(byte[] bytes, String sourceName, PageProgress progress) throws InputException {
        List<PdfPage> pages;
        PageBudget opening = PageBudget.start(limits, "", "opening it");
        try (PDDocument document = opening.run(() -> Loader.loadPDF(bytes))) {
            int count = opening.run(document::getNumberOfPages);
            if (count == 0) {
                throw new InputException(sourceName, "the PDF has no pages");
            }
            if (count > limits.get(Limit.PDF_PAGES)) {
                throw new InputException(sourceName, opening.exceeded(Limit.PDF_PAGES,
                        String.format(Locale.ROOT, "the PDF has %,d pages", count)).getMessage());
            }
            pages = new PageContentCollector(progress, limits).read(document);
        } catch (InvalidPasswordException e) {
            throw new InputException(sourceName, "the PDF is encrypted and needs a password");
        } catch (BudgetExceededException e) {
            throw new InputException(sourceName, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new InputException(sourceName, "damaged or unreadable PDF (" + oneLine(e) + ")");
        } catch (StackOverflowError e) {
            throw new InputException(sourceName, "damaged or unreadable PDF (objects nested too deeply)");
        }
        if (pages.stream().allMatch(page -> problem(page, pages.size() > 1).isPresent())) {
            throw new InputException(sourceName, problem(pages.get(0), pages.size() > 1).orElseThrow());
        }
        return new PdfDocument(pages, opening.notes());
    }

    /**
     * Why the page gives no text to parse, if it does not: no text layer, or fonts without a
     * Unicode map. {@code named}: say which page (in a document of several).
     */
    public static Optional<String> problem(PdfPage page, boolean named) {
        String where = named ? "page " + page.number() + " " : "the page ";
        long readable = page.glyphs().stream().filter(glyph -> isReadable(glyph.text())).count();
        long drawn = page.glyphs().size() + (long) page.unmappedGlyphs();
        if (drawn > 0 && readable < MIN_READABLE_SHARE * drawn) {
            return Optional.of(where + "uses fonts without a Unicode map; its text would be garbled ("
                    + (drawn - readable) + " of " + drawn + " characters unmapped); OCR is needed");
        }
        if (!page.hasText()) {
            return Optional.of(where + "has no text layer" + (page.images().isEmpty() ? "" : " (a scanned image)")
                    + "; OCR is needed");
        }
        return Optional.empty();
    }

    private static boolean isReadable(String text) {
        return text.codePoints().allMatch(c -> c != 0xFFFD && !Character.isISOControl(c)
                && Character.getType(c) != Character.PRIVATE_USE && Character.getType(c) != Character.UNASSIGNED);
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = WHITESPACE.matcher(message).replaceAll(" ").trim();
        return line.length() > MESSAGE_CHARS ? line.substring(0, MESSAGE_CHARS) + "…" : line;
    }
}
