package banmian.pipeline;

import banmian.layout.Explanation;
import banmian.layout.PageParser;
import banmian.layout.line.DecisionLog;
import banmian.layout.line.Dialect;
import banmian.layout.line.Facts;
import banmian.limits.BudgetExceededException;
import banmian.limits.Limits;
import banmian.limits.PageBudget;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pdf.LaidOutPage;
import banmian.pdf.PdfPageParser;
import banmian.pdf.PdfReader;
import banmian.text.InputDecoder;
import banmian.text.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one way from an input to stored pages, which {@code parse}, {@code ingest}, the server's uploads
 * and the Java API ({@link banmian.Banmian}) all take:
 * <ol>
 * <li>read: a file or stream, within the {@link Limits} ({@link PageReader}), into a {@link PageInput};</li>
 * <li>parse: a text layer as one page, a PDF as one page per PDF page, with page metadata from the
 *     caller's options first, then the file name ({@link FileNameMeta}), then the page's own furniture;</li>
 * <li>enrich, when the flow enriches ({@link #enrichedBy}), on the same clock as the page's other
 *     phases, so the page's time limit holds for all of them together;</li>
 * <li>store: an input's pages go to a {@link Sink} (the command line's output, the archive, an upload
 *     waiting for its other files), which may also leave pages out or refuse the input before they
 *     are enriched.</li>
 * </ol>
 * Each page is parsed and enriched before the next is parsed, each on its own clock. Every problem of
 * an input is an {@link InputException} whose one-line message names it. A flow is immutable and may
 * be used from any number of threads.
 */
public final class PageFlow {
    private final PageMeta meta;
    private final Limits limits;
    /** Null when the flow does not enrich. */
    private final Enrichers enrichers;
    private final PageReader reader;
    /** The dialect text layers are taken to be in, or null to detect each one's. */
    private final Dialect dialect;

    private PageFlow(PageMeta meta, Limits limits, Enrichers enrichers, Dialect dialect) {
        this.meta = meta;
        this.limits = limits;
        this.enrichers = enrichers;
        this.dialect = dialect;
        this.reader = new PageReader(limits);
    }

    /**
     * A flow that parses without enriching. {@code meta}: what the caller says of every page (fields
     * left null come from the file name, then the page itself).
     */
    public static PageFlow parsing(PageMeta meta, Limits limits) {
        return new PageFlow(meta, limits, null, null);
    }

    /** This flow, enriching every page it parses with {@code enrichers}. */
    public PageFlow enrichedBy(Enrichers enrichers) {
        return new PageFlow(meta, limits, enrichers, dialect);
    }

    /** This flow, not enriching. */
    public PageFlow withoutEnrichment() {
        return new PageFlow(meta, limits, null, dialect);
    }

    /** This flow, with {@code meta} said of every page instead. */
    public PageFlow withMeta(PageMeta newMeta) {
        return new PageFlow(newMeta, limits, enrichers, dialect);
    }

    /** This flow, within other limits. */
    public PageFlow withLimits(Limits newLimits) {
        return new PageFlow(meta, newLimits, enrichers, dialect);
    }

    /** This flow, taking every text layer to be in {@code forced} (null: detect each one's dialect). */
    public PageFlow withDialect(Dialect forced) {
        return new PageFlow(meta, limits, enrichers, forced);
    }

    /** What the caller says of every page. */
    public PageMeta meta() {
        return meta;
    }

    public Limits limits() {
        return limits;
    }

    /** Whether parsed pages are enriched. */
    public boolean enriches() {
        return enrichers != null;
    }

    /** Page metadata known before an input is read: the caller's, then what the file name says. */
    public PageMeta givenMeta(String fileName) {
        return meta.overriding(FileNameMeta.infer(fileName));
    }

    /** An input's bytes, read within the limits but not yet decoded (to be hashed, say, before it is parsed). */
    public record Source(String name, String fileName, byte[] bytes) {
        public boolean isPdf() {
            return InputDecoder.looksLikePdf(bytes);
        }
    }

    /** {@code name}: how messages refer to the file (the path as the user gave it). */
    public Source source(Path file, String name) throws InputException {
        return new Source(name, PageReader.fileName(file, name), reader.readBytes(file, name));
    }

    /** An upload or other stream; {@code fileName} names the input's outputs and may give its date and page. */
    public Source source(InputStream in, String name, String fileName) throws InputException {
        return new Source(name, fileName, reader.readBytes(in, name));
    }

    /** The source decoded and checked: a text layer, or a PDF read whole and laid out into lines. */
    public PageInput read(Source source, PdfReader.PageProgress progress) throws InputException {
        return reader.read(source.name(), source.fileName(), source.bytes(), progress);
    }

    /** A file read, decoded and checked; {@code name}: how messages refer to it. */
    public PageInput read(Path file, String name, PdfReader.PageProgress progress) throws InputException {
        return reader.readFile(file, name, progress);
    }

    /** A stream (standard input, an upload) read whole within the limits, decoded and checked. */
    public PageInput read(InputStream in, String name, String fileName, PdfReader.PageProgress progress) throws InputException {
        return reader.readStream(in, name, fileName, progress);
    }

    /** Where an input's pages go, and which of them are wanted. */
    public interface Sink {
        /**
         * A page just parsed, before it is enriched: true to go on with it, false to leave it out (the
         * archive holds it already). An {@link InputException} refuses the whole input: none of its
         * pages reaches {@link #accept}.
         */
        default boolean admit(PageInput input, Page parsed) throws InputException, IOException {
            return true;
        }

        /**
         * A page just parsed from page {@code pdfPage} (from 1) of a PDF input, before it is enriched
         * (a sink that keeps the page as printed needs to know which); by default as {@link #admit(PageInput, Page)}.
         */
        default boolean admit(PageInput input, Page parsed, int pdfPage) throws InputException, IOException {
            return admit(input, parsed);
        }

        /** The pages of one input that were admitted, finished, in page order. */
        void accept(PageInput input, List<Page> pages) throws IOException;
    }

    /** Parses (and enriches) the input's pages and hands them to the sink. */
    public void run(PageInput input, Sink sink) throws InputException, IOException {
        sink.accept(input, pages(input, (parsed, pdfPage) -> pdfPage == TEXT_LAYER ? sink.admit(input, parsed)
                : sink.admit(input, parsed, pdfPage)));
    }

    /** The input's pages, parsed (and enriched). */
    public List<Page> pages(PageInput input) throws InputException {
        return pages(input, (parsed, pdfPage) -> true);
    }

    /** The {@code pdfPage} a gate is told for the page of a text layer. */
    private static final int TEXT_LAYER = 0;

    @FunctionalInterface
    private interface Gate<E extends Exception> {
        /** {@code pdfPage}: the PDF page the page was parsed from (from 1), or {@link #TEXT_LAYER}. */
        boolean admit(Page parsed, int pdfPage) throws InputException, E;
    }

    private <E extends Exception> List<Page> pages(PageInput input, Gate<E> gate) throws InputException, E {
        PageMeta given = givenMeta(input.fileName());
        List<Page> pages = new ArrayList<>();
        if (input instanceof PageInput.Text text) {
            PageParser parser = new PageParser();
            PageBudget budget = PageBudget.start(limits, "", "parsing it");
            Page page = parse(input, budget, () -> parser.analyse(PageParser.lines(text.text()), given, dialect, DecisionLog.off())
                    .get(Facts.PAGE));
            finish(input, page, TEXT_LAYER, budget, gate, pages);
            return pages;
        }
        PageInput.Pdf pdf = (PageInput.Pdf) input;   // the only other kind
        PdfPageParser parser = new PdfPageParser();
        for (LaidOutPage laidOut : pdf.pages()) {
            PageMeta pageMeta = pageMeta(pdf, laidOut, given);
            PageBudget budget = PageBudget.resume(limits, "page " + laidOut.number(), "parsing it", laidOut.spent());
            finish(input, parse(input, budget, () -> parser.parse(laidOut, pageMeta)), laidOut.number(), budget, gate, pages);
        }
        return pages;
    }

    /**
     * Why the input's pages come out as they do ({@code parse --explain}): each page parsed with every
     * decision recorded, within its budget; not enriched. A PDF page without usable text has none.
     */
    public List<Explanation> explain(PageInput input) throws InputException {
        PageMeta given = givenMeta(input.fileName());
        List<Explanation> explanations = new ArrayList<>();
        if (input instanceof PageInput.Text text) {
            PageBudget budget = PageBudget.start(limits, "", "parsing it");
            explanations.add(parse(input, budget, () -> Explanation.of(input.name(),
                    new PageParser().analyse(PageParser.lines(text.text()), given, dialect, DecisionLog.recording()))));
            return explanations;
        }
        PageInput.Pdf pdf = (PageInput.Pdf) input;
        PdfPageParser parser = new PdfPageParser();
        for (LaidOutPage laidOut : pdf.pages()) {
            PageBudget budget = PageBudget.resume(limits, "page " + laidOut.number(), "parsing it", laidOut.spent());
            Explanation explanation = parse(input, budget, () -> parser.explain(laidOut, pageMeta(pdf, laidOut, given), input.name()).orElse(null));
            if (explanation != null) {
                explanations.add(explanation);
            }
        }
        return explanations;
    }

    /** Pages of a PDF of several are numbered by the PDF unless the caller says which page this is. */
    private PageMeta pageMeta(PageInput.Pdf pdf, LaidOutPage laidOut, PageMeta given) {
        return pdf.pageCount() > 1 && meta.number() == null ? new PageMeta(null, null, laidOut.number(), null).overriding(given) : given;
    }

    /**
     * One page parsed (or explained) within its budget (a PDF page's reading and layout already count
     * against it).
     */
    private static <T> T parse(PageInput input, PageBudget budget, Supplier<T> parser) throws InputException {
        try {
            return budget.run(parser::get);
        } catch (BudgetExceededException e) {
            throw new InputException(input.name(), e.getMessage());
        } catch (RuntimeException e) {
            // A parser bug: keep the stack trace, but say which page triggered it.
            throw new IllegalStateException(input.name() + ": the parser failed on this page", e);
        }
    }

    /** The page, if admitted, enriched within what is left of its budget. */
    private <E extends Exception> void finish(PageInput input, Page page, int pdfPage, PageBudget budget, Gate<E> gate,
                                              List<Page> pages) throws InputException, E {
        if (!gate.admit(page, pdfPage)) {
            return;
        }
        if (enrichers == null) {
            pages.add(page);
            return;
        }
        try {
            pages.add(budget.during("enriching it").run(() -> enrichers.enrich(page)));
        } catch (BudgetExceededException e) {
            throw new InputException(input.name(), e.getMessage());
        }
    }
}
