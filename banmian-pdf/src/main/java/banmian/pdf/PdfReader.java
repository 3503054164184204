package banmian.pdf;

import banmian.text.InputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Opens a PDF and reads what each page draws, or says in one line why the file cannot give a page's
 * text: encrypted, damaged, no text layer (a scan: OCR is needed), or fonts without a Unicode map.
 * In a document of several pages, pages without usable text (a full-page picture, a blank page)
 * come back empty, each with its {@link #problem}; only a document with no usable page is refused.
 */
public final class PdfReader {
    /** Below this share of readable characters the text layer is glyph codes, not text. */
    private static final double MIN_READABLE_SHARE = 0.7;

    /** Told after each page is read, with the document's page count: long documents show progress. */
    @FunctionalInterface
    public interface PageProgress {
        PageProgress NONE = (done, total) -> { };

        void pageRead(int done, int total);
    }

    /** Every page of the document, in order. */
    public List<PdfPage> read(byte[] bytes, String sourceName) throws InputException {
        return read(bytes, sourceName, PageProgress.NONE);
    }

    public List<PdfPage> read(byte[] bytes, String sourceName, PageProgress progress) throws InputException {
        List<PdfPage> pages;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                throw new InputException(sourceName, "the PDF has no pages");
            }
            pages = new PageContentCollector(progress).read(document);
        } catch (InvalidPasswordException e) {
            throw new InputException(sourceName, "the PDF is encrypted and needs a password");
        } catch (IOException | RuntimeException e) {
            throw new InputException(sourceName, "damaged or unreadable PDF (" + oneLine(e) + ")");
        }
        if (pages.stream().allMatch(page -> problem(page, pages.size() > 1).isPresent())) {
            throw new InputException(sourceName, problem(pages.get(0), pages.size() > 1).orElseThrow());
        }
        return pages;
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
        return message.replaceAll("\\s+", " ").trim();
    }
}
