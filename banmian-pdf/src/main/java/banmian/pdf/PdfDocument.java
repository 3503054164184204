package banmian.pdf;

import java.util.List;

/** A PDF's pages, and what the reader noticed while opening it (one line each, for the user). */
public record PdfDocument(List<PdfPage> pages, List<String> notes) {
    public PdfDocument {
        pages = List.copyOf(pages);
        notes = List.copyOf(notes);
    }
}
