package banmian.bench;

import banmian.archive.Archive;
import banmian.archive.Ingestor;
import banmian.archive.SearchQuery;
import banmian.archive.SearchResults;
import banmian.cli.PageInputs;
import banmian.cli.ProgressBar;
import banmian.cli.Terminal;
import banmian.cli.UserError;
import banmian.limits.Limits;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pipeline.Enrichers;
import banmian.pipeline.PageFlow;
import banmian.pipeline.PageInput;
import banmian.server.ArchiveServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "bench-archive", sortOptions = false,
        description = {"Measure the archive: ingest speed on real pages, then search latency and a load test",
            "on loopback over an index of --articles synthetic articles made from those pages' paragraphs.",
            "Works in a temporary directory (or --data) that it removes afterwards unless --keep."})
final class BenchArchiveCommand implements Callable<Integer> {
    private static final int MIN_INGEST_PAGES = 2000;
    private static final int WARMUP_QUERIES = 300;

    private final Terminal terminal;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Page text files, or directories whose *.txt files are taken.")
    List<Path> paths;

    @Option(names = "--articles", paramLabel = "N", description = "Articles in the search index (default: ${DEFAULT-VALUE}).")
    int articles = 200_000;

    @Option(names = "--queries", paramLabel = "N", description = "Timed searches (default: ${DEFAULT-VALUE}).")
    int queries = 2000;

    @Mixin
    LoadOptions load;

    @Option(names = "--data", paramLabel = "DIR", description = "Work here instead of a temporary directory.")
    Path data;

    @Option(names = "--keep", description = "Keep the archive afterwards (to serve or search it).")
    boolean keep;

    @Option(names = "--reuse", description = {"Time searches and the load test on the search archive an earlier --keep run left in --data,",
        "without measuring ingest or building the index again (kept)."})
    boolean reuse;

    BenchArchiveCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || queries < 1) {
            throw UserError.badInput("--articles and --queries must be at least 1");
        }
        load.check();
        if (reuse && data == null) {
            throw UserError.badInput("--reuse needs --data: the directory an earlier --keep run left");
        }
        keep |= reuse;
        List<Path> files = BenchFiles.expand(paths, "txt");
        List<PageInput> inputs = PageInputs.readAll(files.stream().map(Path::toString).toList(), terminal.in());
        Path work = data != null ? Files.createDirectories(data) : Files.createTempDirectory("banmian-bench-");
        try {
            // Parsing and enriching the sources first also loads HanLP's models and warms the JIT, so
            // the ingest figure is the steady rate of a long run, not the start-up of a short one.
            List<Page> sources = new ArrayList<>();
            PageFlow enriching = PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT).enrichedBy(Enrichers.builtIn());
            for (PageInput input : inputs) {
                sources.addAll(BenchCommand.parse(enriching, input));
            }
            if (!reuse) {
                benchIngest(files, work);
            }
            try (Archive archive = Archive.openForWriting(work.resolve("search"))) {
                if (reuse) {
                    report(String.format(Locale.ROOT, "index: reused, %d stored stories", archive.storyCount()));
                    benchSearch(archive, sources);
                    benchLoad(archive, sources);
                    return 0;
                }
                ProgressBar progress = new ProgressBar(terminal.err(), "index pages", Terminal.isInteractive());
                int pagesNeeded = (articles + 24) / 25;
                long start = System.nanoTime();
                SyntheticArchive.build(archive, sources, articles, 1, done -> progress.update(done, pagesNeeded));
                double seconds = (System.nanoTime() - start) / 1e9;
                report(String.format(Locale.ROOT, "index: %d articles (%d stored stories) in %.0f s, %.0f articles/s",
                        articles, archive.storyCount(), seconds, articles / seconds));
                benchSearch(archive, sources);
                benchLoad(archive, sources);
            }
        } finally {
            if (!keep) {
                deleteTree(work);
            } else {
                report("kept the archives under " + work);
            }
        }
        return 0;
    }

    /** The real pages copied under archive names for as many days as it takes to make a run of pages. */
    private void benchIngest(List<Path> files, Path work) throws IOException {
        Path folder = Files.createDirectories(work.resolve("ingest-input"));
        int days = (MIN_INGEST_PAGES + files.size() - 1) / files.size();
        long bytes = 0;
        for (int day = 0; day < days; day++) {
            for (int f = 0; f < files.size(); f++) {
                String date = LocalDate.of(2020, 1, 1).plusDays(day).toString().replace("-", "");
                Files.copy(files.get(f), folder.resolve(String.format(Locale.ROOT, "bench%s%02d.txt", date, f + 1)));
                bytes += Files.size(files.get(f));
            }
        }
        long start = System.nanoTime();
        Ingestor.Summary summary;
        try (Archive archive = Archive.openForWriting(work.resolve("ingest"))) {
            ProgressBar progress = new ProgressBar(terminal.err(), "ingest", Terminal.isInteractive());
            summary = Ingestor.ingest(archive, List.of(folder), new Ingestor.Options(new PageMeta("基准日报", null, null, null), true,
                    Runtime.getRuntime().availableProcessors(), Ingestor.DEFAULT_BATCH), progress.ingestListener());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report(String.format(Locale.ROOT, "ingest: %d text pages (%d articles, %d errors) in %.1f s with %d threads, enrichment on: %.1f pages/s, %.2f MB/s",
                summary.pages(), summary.articles(), summary.errors().size(), seconds, Runtime.getRuntime().availableProcessors(),
                summary.pages() / seconds, bytes / 1e6 / seconds));
    }

    /** Pages walked by cursor: 300 pages of 100 reach three times the offset window. */
    private static final int CURSOR_PAGES = 300;

    private void benchSearch(Archive archive, List<Page> sources) throws IOException {
        List<SearchQuery> mix = SyntheticArchive.queries(sources, WARMUP_QUERIES + queries, 7);
        for (SearchQuery query : mix.subList(0, WARMUP_QUERIES)) {
            archive.search(query);
        }
        long[] nanos = new long[queries];
        List<List<Long>> byKind = new ArrayList<>();
        SyntheticArchive.QUERY_KINDS.forEach(kind -> byKind.add(new ArrayList<>()));
        long hits = 0;
        for (int q = 0; q < queries; q++) {
            long before = System.nanoTime();
            hits += archive.search(mix.get(WARMUP_QUERIES + q)).hits().size();
            nanos[q] = System.nanoTime() - before;
            byKind.get((WARMUP_QUERIES + q) % byKind.size()).add(nanos[q]);
        }
        Arrays.sort(nanos);
        StringBuilder kinds = new StringBuilder("search p95 by kind:");
        for (int k = 0; k < byKind.size(); k++) {
            long[] times = byKind.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
            if (times.length > 0) {
                kinds.append(String.format(Locale.ROOT, " %s %.1f ms;", SyntheticArchive.QUERY_KINDS.get(k), LoadTest.percentile(times, 0.95)));
            }
        }
        report(kinds.toString());
        report(String.format(Locale.ROOT, "search: %d queries on one thread, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%.1f hits shown a query)",
                queries, LoadTest.percentile(nanos, 0.50), LoadTest.percentile(nanos, 0.95),
                LoadTest.percentile(nanos, 0.99), (double) hits / queries));
        benchCursor(archive, mix.get(WARMUP_QUERIES + 4));
    }

    /**
     * Paging by cursor past the offset window: every story newest first, and a one-character search (the
     * most hits a word has) by relevance, each walked {@link #CURSOR_PAGES} pages of 100 from the start;
     * a page's cost should not grow with its depth.
     */
    private void benchCursor(Archive archive, SearchQuery oneCharacter) throws IOException {
        for (SearchQuery search : List.of(SearchQuery.of(""), oneCharacter)) {
            SearchQuery first = search.withPage(0, SearchQuery.MAX_LIMIT);
            SearchResults page = archive.search(first);
            long[] nanos = new long[CURSOR_PAGES];
            int pages = 0;
            long firstPages = 0;
            while (pages < CURSOR_PAGES && page.next() != null) {
                long before = System.nanoTime();
                page = archive.search(first.withCursor(page.next()));
                nanos[pages++] = System.nanoTime() - before;
                if (pages <= 10) {
                    firstPages += nanos[pages - 1];
                }
            }
            long[] walked = Arrays.copyOf(nanos, pages);
            long[] deepest = Arrays.copyOfRange(nanos, Math.max(0, pages - 10), pages);
            Arrays.sort(walked);
            report(String.format(Locale.ROOT, "cursor: %s %s, %d matches, %d pages of 100 after the first (to hit %d): p50 %.1f ms, p95 %.1f ms;"
                            + " mean of the first 10 %.1f ms, of the last 10 %.1f ms",
                    search.hasText() ? "'" + search.text() + "'" : "every story", search.effectiveOrder().key(), page.total(), pages,
                    (pages + 1) * SearchQuery.MAX_LIMIT, LoadTest.percentile(walked, 0.50), LoadTest.percentile(walked, 0.95),
                    firstPages / 1e6 / Math.max(1, Math.min(10, pages)), Arrays.stream(deepest).sum() / 1e6 / Math.max(1, deepest.length)));
        }
    }

    private void benchLoad(Archive archive, List<Page> sources) throws Exception {
        List<String> paths = SyntheticArchive.searchPaths(sources, 500, 11);
        try (ArchiveServer server = ArchiveServer.start(archive, false, "127.0.0.1", 0)) {
            LoadTest.Report report = load.run(URI.create("http://127.0.0.1:" + server.port() + "/"), paths);
            report("load: " + load.clients + " clients on loopback, " + report);
        }
    }

    private void report(String line) {
        terminal.err().flush();
        terminal.print(line + "\n");
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
