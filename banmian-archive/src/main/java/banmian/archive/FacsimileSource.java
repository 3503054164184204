package banmian.archive;

import banmian.model.Page;
import banmian.pipeline.PageFlow;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the facsimiles of one input's pages come from: for a PDF, the PDF page each admitted page
 * was parsed from (told by {@link PageFlow.Sink#admit(banmian.pipeline.PageInput, Page, int)}), cut
 * out when the pages are stored; a text layer has none. A PDF whose pages cannot be cut out (PDFBox
 * reads it for text but not to copy a page) gives none either: the pages are stored without.
 */
public final class FacsimileSource {
    /** Null for a text layer. */
    private final byte[] pdf;
    /** Page number (as filed) to the PDF page it was parsed from; the pages of one input have distinct numbers. */
    private final Map<Integer, Integer> sourcePages = new HashMap<>();

    private FacsimileSource(byte[] pdf) {
        this.pdf = pdf;
    }

    public static FacsimileSource of(PageFlow.Source source) {
        return new FacsimileSource(source.isPdf() ? source.bytes() : null);
    }

    public boolean isPdf() {
        return pdf != null;
    }

    /** A page of the input was admitted; {@code pdfPage}: the PDF page it came from (from 1). */
    public synchronized void admitted(Page parsed, int pdfPage) {
        if (pdf != null && parsed.meta().number() != null) {
            sourcePages.put(parsed.meta().number(), pdfPage);
        }
    }

    /** The facsimiles of the admitted pages, by page number as filed; empty for a text layer. */
    public synchronized Map<Integer, PagePdf> cut(List<Page> pages) {
        Map<Integer, PagePdf> cut = new HashMap<>();
        if (pdf == null || pages.isEmpty()) {
            return cut;
        }
        try {
            Map<Integer, PagePdf> byPdfPage = PagePdf.cut(pdf, sourcePages.values());
            for (Page page : pages) {
                Integer pdfPage = sourcePages.get(page.meta().number());
                if (pdfPage != null && byPdfPage.containsKey(pdfPage)) {
                    cut.put(page.meta().number(), byPdfPage.get(pdfPage));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();   // read for its text, not copied: stored without a facsimile
        }
        return cut;
    }
}
