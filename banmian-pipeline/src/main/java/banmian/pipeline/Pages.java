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

    /**
     * A parsed page with what is left of its budget: whatever is done with it next (enrichment) runs
     * on the same clock, so the page's time limit holds for all its phases together.
     */
    public record Parsed(Page page, PageBudget budget, String inputName) {
        /** {@code step} applied to the page within what is left of its budget. */
        public Page then(String phase, UnaryOperator<Page> step) throws InputException {
            try {
                return budget.during(phase).run(() -> step.apply(page));
            } catch (BudgetExceededException e) {
                throw new InputException(inputName, e.getMessage());
            }
        }
    }

    public static List<Page> parse(PageInput input, PageMeta options) throws InputException {
        return parse(input, options, Limits.DEFAULT, UnaryOperator.identity());
    }

    /** {@code after}: what is done with each parsed page within its budget (enrichment), or identity. */
    public static List<Page> parse(PageInput input, PageMeta options, Limits limits, UnaryOperator<Page> after)
            throws InputException {
        List<Page> pages = new ArrayList<>();
        for (Parsed parsed : parseEach(input, options, limits)) {
            pages.add(parsed.then("enriching it", after));
        }
        return pages;
    }

    /** Each page parsed within its budget (a PDF page's reading and layout already count against it). */
    public static List<Parsed> parseEach(PageInput input, PageMeta options, Limits limits) throws InputException {
        PageMeta caller = options.overriding(FileNameMeta.infer(input.fileName()));
        List<Parsed> pages = new ArrayList<>();
        try {
            if (input instanceof PageInput.Text text) {
                PageParser parser = new PageParser();
                PageBudget budget = PageBudget.start(limits, "", "parsing it");
                pages.add(new Parsed(budget.run(() -> parser.parse(PageParser.lines(text.text()), caller)), budget, input.name()));
                return pages;
            }
            PageInput.Pdf pdf = (PageInput.Pdf) input;   // the only other kind of input
            PdfPageParser parser = new PdfPageParser();
            for (LaidOutPage page : pdf.pages()) {
                PageMeta meta = pdf.pages().size() > 1 && options.number() == null
                        ? new PageMeta(null, null, page.number(), null).overriding(caller)
                        : caller;
                PageBudget budget = PageBudget.resume(limits, "page " + page.number(), "parsing it", page.spent());
                pages.add(new Parsed(budget.run(() -> parser.parse(page, meta)), budget, input.name()));
            }
            return pages;
        } catch (BudgetExceededException e) {
            throw new InputException(input.name(), e.getMessage());
        } catch (RuntimeException e) {
            // A parser bug: keep the stack trace, but say which page triggered it.
            throw new IllegalStateException(input.name() + ": the parser failed on this page", e);
        }
    }
}
