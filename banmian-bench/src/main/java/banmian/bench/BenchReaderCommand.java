package banmian.bench;

import banmian.archive.Archive;
import banmian.archive.Ingestor;
import banmian.cli.ProgressBar;
import banmian.cli.Terminal;
import banmian.cli.UserError;
import banmian.model.PageMeta;
import banmian.pipeline.FileNameMeta;
import banmian.server.ArchiveServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bench-reader", sortOptions = false,
        description = {"Measure the reader's page view: ingest page PDFs into a temporary archive, serve it on loopback,",
            "render each page's image once (timed), then time opening the page view as a browser does after",
            "that: GET /pages/PAPER/DATE/N (the HTML) and its page image (cached on disk), one view at a time."})
final class BenchReaderCommand implements Callable<Integer> {
    private static final int WARMUP_VIEWS = 100;

    private final Terminal terminal;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Page PDFs named like rmrb2018010207.pdf, or directories of them.")
    List<Path> paths;

    @Option(names = "--paper", paramLabel = "NAME", description = "The paper the pages are filed under (default: ${DEFAULT-VALUE}).")
    String paper = "人民日报";

    @Option(names = "--views", paramLabel = "N", description = "Timed page views (default: ${DEFAULT-VALUE}).")
    int views = 500;

    BenchReaderCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (views < 1) {
            throw UserError.badInput("--views must be at least 1");
        }
        List<Path> files = BenchFiles.expand(paths, "pdf");
        Path work = Files.createTempDirectory("banmian-bench-reader-");
        try (Archive archive = Archive.openForWriting(work)) {
            ProgressBar progress = new ProgressBar(terminal.err(), "ingest", Terminal.isInteractive());
            Ingestor.Summary summary = Ingestor.ingest(archive, files, new Ingestor.Options(new PageMeta(paper, null, null, null), true,
                    Runtime.getRuntime().availableProcessors(), Ingestor.DEFAULT_BATCH), progress.ingestListener());
            List<String> pages = new ArrayList<>();
            String slug = archive.ids().paper(paper);
            for (Path file : files) {
                PageMeta meta = FileNameMeta.infer(file.getFileName().toString());
                if (meta.date() != null && meta.number() != null && archive.facsimile(slug, meta.date(), meta.number()).isPresent()) {
                    pages.add("/pages/" + slug + "/" + meta.date() + "/" + meta.number());
                }
            }
            if (pages.isEmpty()) {
                throw UserError.badInput("no page of these files was kept with its image (name them like rmrb2018010207.pdf): " + summary.errors());
            }
            try (ArchiveServer server = ArchiveServer.start(archive, false, "127.0.0.1", 0)) {
                measure(URI.create("http://127.0.0.1:" + server.port()), pages);
            }
        } finally {
            BenchArchiveCommand.deleteTree(work);
        }
        return 0;
    }

    private void measure(URI base, List<String> pages) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long[] firstRenders = new long[pages.size()];
        for (int p = 0; p < pages.size(); p++) {
            long before = System.nanoTime();
            fetch(client, base, pages.get(p) + "/page.jpg");
            firstRenders[p] = System.nanoTime() - before;
        }
        Arrays.sort(firstRenders);
        for (int v = 0; v < WARMUP_VIEWS; v++) {
            view(client, base, pages.get(v % pages.size()), new long[2]);
        }
        long[] whole = new long[views];
        long[] html = new long[views];
        long[] image = new long[views];
        long bytes = 0;
        for (int v = 0; v < views; v++) {
            long[] parts = new long[2];
            bytes += view(client, base, pages.get(v % pages.size()), parts);
            html[v] = parts[0];
            image[v] = parts[1];
            whole[v] = parts[0] + parts[1];
        }
        Arrays.sort(whole);
        Arrays.sort(html);
        Arrays.sort(image);
        report(String.format(Locale.ROOT, "first render: %d pages, p50 %.0f ms, max %.0f ms (PDFBox, %d px wide JPEG)", pages.size(),
                LoadTest.percentile(firstRenders, 0.5), LoadTest.percentile(firstRenders, 1.0), 1600));
        report(String.format(Locale.ROOT, "page view after the first render: %d views on one client, HTML + image p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms (HTML p50 %.1f / p95 %.1f ms, image p50 %.1f / p95 %.1f ms; %.0f KB a view)",
                views, LoadTest.percentile(whole, 0.5), LoadTest.percentile(whole, 0.95), LoadTest.percentile(whole, 0.99),
                LoadTest.percentile(html, 0.5), LoadTest.percentile(html, 0.95), LoadTest.percentile(image, 0.5),
                LoadTest.percentile(image, 0.95), bytes / 1024.0 / views));
    }

    /** One page view: its HTML, then its image; the nanoseconds of each go in {@code parts}; returns the bytes fetched. */
    private static long view(HttpClient client, URI base, String page, long[] parts) throws IOException, InterruptedException {
        long before = System.nanoTime();
        long bytes = fetch(client, base, page);
        long between = System.nanoTime();
        bytes += fetch(client, base, page + "/page.jpg");
        parts[0] = between - before;
        parts[1] = System.nanoTime() - between;
        return bytes;
    }

    private static long fetch(HttpClient client, URI base, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(path + ": HTTP " + response.statusCode());
        }
        return response.body().length;
    }

    private void report(String line) {
        terminal.err().flush();
        terminal.print(line + "\n");
    }
}
