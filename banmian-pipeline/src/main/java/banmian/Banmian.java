package banmian;

import banmian.limits.Limit;
import banmian.limits.Limits;
import banmian.model.Article;
import banmian.model.MetaCheck;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pdf.PdfReader;
import banmian.pipeline.Enrichers;
import banmian.pipeline.PageFlow;
import banmian.text.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * banmian as a library: a newspaper page in (a page PDF, or the text layer of one page), its
 * articles out, as {@link Page}s of {@link Article}s: kicker, headline, subtitle, dateline, byline,
 * paragraphs, captions, jumps, each block with the input lines it came from, and (unless turned off)
 * the enrichment {@code banmian parse} adds: people, places, organisations, figures, keywords, a
 * summary.
 *
 * <pre>{@code
 * for (Page page : Banmian.parse(Path.of("rmrb2018010207.pdf"))) {
 *     for (Article article : page.articles()) {
 *         System.out.println(article.headlineText());
 *     }
 * }
 * }</pre>
 *
 * <p>A text layer gives one page; a PDF one page per PDF page. Page metadata comes from the
 * {@link Options} first, then the file name ({@code rmrb2018010207.pdf}: 2018-01-02, page 7), then
 * the page's own furniture. Every input is read and parsed within {@link Limits}; an input that is
 * not a usable page, or goes over a limit, is refused with an {@link InputException} whose one-line
 * message names it. The methods are thread-safe.
 *
 * <p>This class lives in banmian-pipeline because that module owns the one flow from input to pages
 * ({@link PageFlow}) that the command line, the archive and the server take, so a library user gets
 * exactly the pages {@code banmian parse} writes, and needs one dependency,
 * {@code io.github.banmian:banmian-pipeline}, without the archive, the server or the command line.
 */
public final class Banmian {
    private static final String VERSION_RESOURCE = "version.txt";

    private Banmian() {
    }

    /** The pages of a page PDF or text layer, with the {@linkplain Options#defaults() default options}. */
    public static List<Page> parse(Path file) throws InputException {
        return parse(file, Options.defaults());
    }

    /** The pages of a page PDF or text layer. Messages name the file as {@code file} is written. */
    public static List<Page> parse(Path file, Options options) throws InputException {
        PageFlow flow = options.flow();
        return flow.pages(flow.read(file, file.toString(), PdfReader.PageProgress.NONE));
    }

    /**
     * The pages of a page PDF or text layer read from {@code in} (which is read to its end, or until it
     * goes over the size limit, and not closed). {@code name} is how messages name the input, and is
     * read for the date and page number as a file name would be ({@code rmrb2018010207.txt}).
     */
    public static List<Page> parse(InputStream in, String name, Options options) throws InputException {
        PageFlow flow = options.flow();
        return flow.pages(flow.read(in, name, name, PdfReader.PageProgress.NONE));
    }

    /** banmian's version, {@code 0.1.0-SNAPSHOT} say. */
    public static String version() {
        try (InputStream in = Banmian.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(VERSION_RESOURCE + " is missing beside " + Banmian.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How pages are read, immutable: start from {@link #defaults()} and change what you need, e.g.
     * {@code Options.defaults().withPaper("人民日报").withoutEnrichment()}.
     *
     * <ul>
     * <li>paper, date, page: what the caller knows of every page; each wins over the file name and
     *     the page's furniture. Unset by default.</li>
     * <li>{@link Limits}: bounds on the work one input may cause (size, time per page, operators,
     *     glyphs…); {@link Limits#DEFAULT} by default, e.g. {@code Limits.DEFAULT.with(Limit.PAGE_SECONDS, 60)}.</li>
     * <li>enrichment: on by default, so that the pages are those {@code banmian parse} writes. It
     *     costs time (HanLP loads its models on first use, a second or two, then some 20 ms a page);
     *     {@link #withoutEnrichment()} leaves {@link Article#enrichment()} null.</li>
     * <li>an entity dictionary: names and rules added to the built-in ones, as
     *     {@code banmian parse --entity-dict} reads them.</li>
     * </ul>
     */
    public static final class Options {
        private static final Options DEFAULTS = new Options(
                PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT).enrichedBy(Enrichers.builtIn()));

        /** Options are the settings of the flow every input of theirs goes through. */
        private final PageFlow flow;

        private Options(PageFlow flow) {
            this.flow = flow;
        }

        /** No page metadata given, the default limits, enrichment with the built-in rules. */
        public static Options defaults() {
            return DEFAULTS;
        }

        /**
         * The newspaper of every page (1 to 100 characters, stripped of surrounding spaces).
         *
         * @throws MetaCheck.Invalid for a blank name, a longer one, or one with control characters
         */
        public Options withPaper(String paper) {
            PageMeta meta = meta();
            return withMeta(new PageMeta(MetaCheck.paper("paper", paper), meta.date(), meta.number(), null));
        }

        /**
         * The issue date of every page.
         *
         * @throws MetaCheck.Invalid for a date outside 1800-01-01 to 2199-12-31
         */
        public Options withDate(LocalDate date) {
            PageMeta meta = meta();
            return withMeta(new PageMeta(meta.paper(), MetaCheck.date("date", date), meta.number(), null));
        }

        /**
         * The page number (for an input of one page; a PDF of several is numbered by its pages unless this is given).
         *
         * @throws MetaCheck.Invalid for a number outside 1 to 9999
         */
        public Options withPage(int page) {
            PageMeta meta = meta();
            return withMeta(new PageMeta(meta.paper(), meta.date(), MetaCheck.page("page", page), null));
        }

        private Options withMeta(PageMeta meta) {
            return new Options(flow.withMeta(meta));
        }

        /** Bounds on the work one input may cause; see {@link Limit} for each. */
        public Options withLimits(Limits limits) {
            return new Options(flow.withLimits(limits));
        }

        /** Pages as parsed, without enrichment ({@link Article#enrichment()} stays null): faster, no HanLP. */
        public Options withoutEnrichment() {
            return new Options(flow.withoutEnrichment());
        }

        /** Enrichment with the built-in rules (the default). */
        public Options withEnrichment() {
            return new Options(flow.enrichedBy(Enrichers.builtIn()));
        }

        /**
         * Enrichment with the built-in rules and names extended by a dictionary file: {@code kind<TAB>words}
         * lines, as the README's enrichment section describes ({@code person 某某}, {@code place-suffix 镇}).
         * The file is read now.
         *
         * @throws IOException when the file cannot be read or is no dictionary (the message says which line)
         */
        public Options withEntityDictionary(Path file) throws IOException {
            return new Options(flow.enrichedBy(Enrichers.withUserFile(file)));
        }

        /** What is given of every page: paper, date, page number, each null when not given. */
        public PageMeta meta() {
            return flow.meta();
        }

        /** The bounds every input is read and parsed within. */
        public Limits limits() {
            return flow.limits();
        }

        /** Whether pages are enriched. */
        public boolean enriches() {
            return flow.enriches();
        }

        PageFlow flow() {
            return flow;
        }
    }
}
