package banmian.pipeline;

import banmian.layout.PageParser;
import banmian.limits.BudgetExceededException;
import banmian.limits.Limits;
import banmian.limits.PageBudget;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pdf.LaidOutPage;
import banmian.pdf.PdfPageParser;
import banmian.text.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Parses read inputs, with metadata from options first, then the file name, then the page itself.
 * A text layer is one page; a PDF gives one page per PDF page (numbered by the PDF when it has several
 * and nothing else says which newspaper page each is). Each page is parsed, and then given to
 * {@code after} (enrichment), within its time budget.
 */
public final class Pages {
    private Pages() {
    }

    public static List<Page> parse(PageInput input, PageMeta options) throws InputException {
        return parse(input, options, Limits.DEFAULT, UnaryOperator.identity());
    }

    /** {@code after}: what is done with each parsed page within its budget (enrichment), or identity. */
    public static List<Page> parse(PageInput input, PageMeta options, Limits limits, UnaryOperator<Page> after)
            throws InputException {
        PageMeta caller = options.overriding(FileNameMeta.infer(input.fileName()));
        try {
            if (!input.isPdf()) {
                PageParser parser = new PageParser();
                return List.of(within(limits, "", () -> after.apply(parser.parse(PageParser.lines(input.text()), caller))));
            }
            PdfPageParser parser = new PdfPageParser();
            List<Page> pages = new ArrayList<>();
            for (LaidOutPage page : input.pdfPages()) {
                PageMeta meta = input.pdfPages().size() > 1 && options.number() == null
                        ? new PageMeta(null, null, page.number(), null).overriding(caller)
                        : caller;
                pages.add(within(limits, "page " + page.number(), () -> after.apply(parser.parse(page, meta))));
            }
            return pages;
        } catch (BudgetExceededException e) {
            throw new InputException(input.name(), e.getMessage());
        } catch (RuntimeException e) {
            // A parser bug: keep the stack trace, but say which page triggered it.
            throw new IllegalStateException(input.name() + ": the parser failed on this page", e);
        }
    }

    private static Page within(Limits limits, String where, PageBudget.Work<Page, RuntimeException> work) {
        return PageBudget.start(limits, where, "parsing it").run(work);
    }

    /**
     * {@code step} (enrichment) applied to one page of {@code input} within the page's time budget,
     * for callers that decide page by page what to do after parsing.
     */
    public static Page apply(PageInput input, Page page, Limits limits, String phase, UnaryOperator<Page> step)
            throws InputException {
        String where = input.isPdf() && page.meta().number() != null ? "page " + page.meta().number() : "";
        try {
            return PageBudget.start(limits, where, phase).run(() -> step.apply(page));
        } catch (BudgetExceededException e) {
            throw new InputException(input.name(), e.getMessage());
        }
    }
}
