package banmian.bench;

import banmian.cli.PageInputs;
import banmian.cli.Progress;
import banmian.cli.Terminal;
import banmian.cli.UserError;
import banmian.layout.Explanation;
import banmian.limits.Limits;
import banmian.model.Article;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.nlp.Enricher;
import banmian.pipeline.PageFlow;
import banmian.pipeline.PageInput;
import banmian.text.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

@Command(name = "bench", sortOptions = false,
        description = {"Measure parsing speed on one thread.",
            "Parses the given pages repeatedly in this process after warm-up passes and",
            "prints pages/s, MB/s of input and the mean time per page. Reading and",
            "decoding the files is not timed; nothing is written."},
        footerHeading = "%n",
        footer = "Exit status: 0 measured; 2 unusable input or options.")
final class BenchCommand implements Callable<Integer> {
    private static final PageFlow PARSING = PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT);

    private final Terminal terminal;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Page text files, or directories whose *.txt files are taken.")
    List<Path> paths;

    @Option(names = {"-n", "--iterations"}, paramLabel = "N", defaultValue = "10",
            description = "Timed passes over all pages (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Untimed passes first, so the JIT has compiled the parser (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--min-seconds", paramLabel = "S", defaultValue = "3",
            description = "Each phase (warm-up, timed) runs at least this long, passes beyond the counts if need be,"
                    + " so a single page still gets a compiled parser and a stable figure (default: ${DEFAULT-VALUE}).")
    double minSeconds;

    @Option(names = "--enrich", description = "Time enrichment alone: pages are parsed once first, then each pass enriches them.")
    boolean enrich;

    @Option(names = "--explain", description = "Record every decision as parse --explain does (what the log costs when asked for).")
    boolean explain;

    BenchCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws UserError {
        if (iterations < 1 || warmup < 0 || minSeconds < 0) {
            throw UserError.badInput("--iterations must be at least 1, --warmup and --min-seconds at least 0");
        }
        List<PageInput> pages = PageInputs.readAll(BenchFiles.expand(paths, "txt").stream().map(Path::toString).toList(), terminal.in());
        long bytes = pages.stream().mapToLong(PageInput::byteCount).sum();
        if (enrich && explain) {
            throw UserError.badInput("--enrich times enrichment alone, --explain the parse with its decisions: one at a time");
        }
        LongSupplier pass = enrich ? enrichmentPass(pages) : explain ? () -> explainAll(pages) : () -> parseAll(pages);
        Progress progress = new Progress(terminal.err(), "bench pass", warmup + iterations, pages.size());
        long minNanos = (long) (minSeconds * 1e9);
        long warmupStart = System.nanoTime();
        int warmupPasses = 0;
        while (warmupPasses < warmup || System.nanoTime() - warmupStart < minNanos) {
            pass.getAsLong();
            if (++warmupPasses <= warmup) {
                progress.step();
            }
        }
        long articles = 0;
        long start = System.nanoTime();
        int timedPasses = 0;
        while (timedPasses < iterations || System.nanoTime() - start < minNanos) {
            articles += pass.getAsLong();
            if (++timedPasses <= iterations) {
                progress.step();
            }
        }
        terminal.print(report(pages.size(), bytes, articles / timedPasses, warmupPasses, timedPasses, System.nanoTime() - start));
        return 0;
    }

    static List<Page> parse(PageInput page) {
        return parse(PARSING, page);
    }

    /** A page that ran over its budget in a timed pass is no figure to report: the run stops. */
    static List<Page> parse(PageFlow flow, PageInput page) {
        try {
            return flow.pages(page);
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Returns the number of articles found, which also keeps the JIT from discarding the work. */
    private static long parseAll(List<PageInput> pages) {
        long articles = 0;
        for (PageInput page : pages) {
            for (Page parsed : parse(page)) {
                articles += parsed.articles().size();
            }
        }
        return articles;
    }

    /** Parses with every decision recorded; returns the decisions' count, which also keeps the JIT from discarding the work. */
    private static long explainAll(List<PageInput> pages) {
        long decisions = 0;
        for (PageInput page : pages) {
            try {
                for (Explanation explanation : PARSING.explain(page)) {
                    decisions += explanation.lines().size();
                }
            } catch (InputException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return decisions;
    }

    /** Parses the pages once, up front, so that each pass times enrichment alone. */
    private static LongSupplier enrichmentPass(List<PageInput> pages) {
        List<Page> parsed = new ArrayList<>();
        pages.forEach(page -> parsed.addAll(parse(page)));
        Enricher enricher = new Enricher();
        return () -> enrichAll(enricher, parsed);
    }

    private static long enrichAll(Enricher enricher, List<Page> pages) {
        long entities = 0;
        for (Page page : pages) {
            for (Article article : enricher.enrich(page).articles()) {
                entities += article.enrichment().entities().size();
            }
        }
        return entities;
    }

    private static String report(int pageCount, long bytes, long articlesPerPass, int warmupPasses, int timedPasses, long nanos) {
        double seconds = nanos / 1e9;
        double pagesParsed = (double) pageCount * timedPasses;
        return String.format(Locale.ROOT,
                "%d pages (%.2f MB, %d articles), %d timed passes after %d warm-up, one thread%n"
                        + "%.1f pages/s  %.2f MB/s  %.1f µs/page mean%n",
                pageCount, bytes / 1e6, articlesPerPass, timedPasses, warmupPasses,
                pagesParsed / seconds, bytes * (double) timedPasses / 1e6 / seconds, nanos / 1e3 / pagesParsed);
    }
}
