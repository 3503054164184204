package banmian.archive;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The page itself as the archive keeps it: the source PDF's page as a one-page PDF ({@code pdf}),
 * its displayed size in PDF points (crop box, {@code /Rotate} applied: the frame every box of the
 * page's JSON is measured in, and what PDFBox renders), and the SHA-256 of the PDF's bytes, which
 * changes whenever the page is ingested from another source.
 */
public record Facsimile(Path pdf, double width, double height, String sha256) {
    /**
     * Where a rendering of this facsimile is cached: beside the PDF, named by the PDF's hash, so an
     * image of a page ingested again is never taken for the new page's
     * ({@code p07.3f9a…e1.page.jpg}). The archive deletes a page's renderings when the page is replaced.
     */
    public Path rendition(String variant, String extension) {
        String name = pdf.getFileName().toString();
        String stem = name.endsWith(".pdf") ? name.substring(0, name.length() - ".pdf".length()) : name;
        return pdf.resolveSibling(String.format(Locale.ROOT, "%s.%s.%s.%s", stem, sha256.substring(0, 16), variant, extension));
    }
}
