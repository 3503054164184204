package banmian.pipeline;

import banmian.layout.PageParser;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pdf.LaidOutPage;
import banmian.pdf.PdfPageParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses read inputs, with metadata from options first, then the file name, then the page itself.
 * A text layer is one page; a PDF gives one page per PDF page (numbered by the PDF when it has several
 * and nothing else says which newspaper page each is).
 */
public final class Pages {
    private Pages() {
    }

    public static List<Page> parse(PageInput input, PageMeta options) {
        PageMeta caller = options.overriding(FileNameMeta.infer(input.fileName()));
        try {
            if (!input.isPdf()) {
                return List.of(new PageParser().parse(PageParser.lines(input.text()), caller));
            }
            PdfPageParser parser = new PdfPageParser();
            List<Page> pages = new ArrayList<>();
            for (LaidOutPage page : input.pdfPages()) {
                PageMeta meta = input.pdfPages().size() > 1 && options.number() == null
                        ? new PageMeta(null, null, page.number(), null).overriding(caller)
                        : caller;
                pages.add(parser.parse(page, meta));
            }
            return pages;
        } catch (RuntimeException e) {
            // A parser bug: keep the stack trace, but say which page triggered it.
            throw new IllegalStateException(input.name() + ": the parser failed on this page", e);
        }
    }
}
