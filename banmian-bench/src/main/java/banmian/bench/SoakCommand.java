package banmian.bench;

import banmian.archive.Archive;
import banmian.cli.PageInputs;
import banmian.cli.Terminal;
import banmian.cli.UserError;
import banmian.limits.Limits;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pipeline.Enrichers;
import banmian.pipeline.PageFlow;
import banmian.pipeline.PageInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "soak", sortOptions = false,
        description = {"Build an archive of --articles synthetic articles (made from the given pages' paragraphs; the first",
            "--facsimiles pages with facsimiles), serve it with banmian serve in a JVM of its own under -Xmx --server-heap-mib,",
            "and time normal searches from --clients clients idle, then while a hostile mix runs (huge windows and queries,",
            "odd numbers, long addresses, many and huge headers, odd methods and request lines, many-range requests,",
            "images of many pages, nested and huge JSON PUTs, malformed and oversized uploads, bad PDFs, slow headers",
            "and bodies). Reports idle and hostile p95, the hostile answers by kind and status, and the server's heap",
            "as its collector logged it.",
            "Exit status: 0 held (p95 within 3x idle, no 500, no failed normal search, the server alive, no",
            "OutOfMemoryError, heap after collections under the limit); 1 did not; 2 unusable options."})
final class SoakCommand implements Callable<Integer> {
    private static final String TOKEN = "soak-command-token-0123456789";
    private static final int UPLOAD_MIB = 4;

    private final Terminal terminal;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Page text files, or directories whose *.txt files are taken.")
    List<Path> paths;

    @Option(names = "--articles", paramLabel = "N", description = "Articles in the archive (default: ${DEFAULT-VALUE}).")
    int articles = 200_000;

    @Option(names = "--facsimiles", paramLabel = "N", description = "Pages with a facsimile, the first built (default: ${DEFAULT-VALUE}).")
    int facsimiles = 200;

    @Option(names = "--clients", paramLabel = "N", description = "Clients sending normal searches (default: ${DEFAULT-VALUE}).")
    int clients = 4;

    @Option(names = "--requests", paramLabel = "N", description = "Normal searches in each run (default: ${DEFAULT-VALUE}).")
    int requests = 4_000;

    @Option(names = "--server-heap-mib", paramLabel = "MIB", description = "The server's heap limit, -Xmx (default: ${DEFAULT-VALUE}).")
    int serverHeapMib = 1_024;

    @Option(names = "--data", paramLabel = "DIR", description = "Build the archive here and keep it; an archive already there is reused.")
    Path data;

    SoakCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || clients < 1 || requests < 1 || facsimiles < 1 || serverHeapMib < 64) {
            throw UserError.badInput("--articles, --clients, --requests and --facsimiles must be at least 1, --server-heap-mib at least 64");
        }
        List<Page> sources = new ArrayList<>();
        PageFlow enriching = PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT).enrichedBy(Enrichers.builtIn());
        for (PageInput input : PageInputs.readAll(BenchFiles.expand(paths, "txt").stream().map(Path::toString).toList(), terminal.in())) {
            sources.addAll(BenchCommand.parse(enriching, input));
        }
        Path work = Files.createTempDirectory("banmian-soak-");
        Path archiveDir = data != null ? Files.createDirectories(data) : work.resolve("archive");
        // Kept after the run: what the server wrote and its GC log are what to read when the soak did not hold.
        Path logs = Files.createTempDirectory("banmian-soak-logs-");
        try {
            List<String> pages = build(archiveDir, sources);
            try (ServerProcess server = ServerProcess.start(archiveDir, TOKEN, Map.of("pdf-mib", String.valueOf(UPLOAD_MIB),
                    "text-mib", String.valueOf(UPLOAD_MIB)), serverHeapMib, logs, Duration.ofMinutes(2))) {
                HostileMix.Target target = new HostileMix.Target(server.base(), TOKEN, (long) UPLOAD_MIB << 20,
                        pages.subList(0, pages.size() - 1), pages.get(pages.size() - 1));
                Soak.Report report = Soak.run(server, SyntheticArchive.searchPaths(sources, 500, 11), clients, requests,
                        Duration.ofMinutes(5), target);
                terminal.print(report + "\nthe server's output and GC log: " + logs + "\n");
                return report.held() ? 0 : 1;
            }
        } finally {
            BenchArchiveCommand.deleteTree(work);
        }
    }

    /** Builds the archive unless one is there already; returns the facsimile pages' addresses and one more page's. */
    private List<String> build(Path archiveDir, List<Page> sources) throws Exception {
        try (Archive archive = Archive.openForWriting(archiveDir)) {
            if (archive.storyCount() == 0) {
                long start = System.nanoTime();
                SyntheticArchive.build(archive, sources, articles, 1, facsimiles, done -> { });
                terminal.print(String.format(Locale.ROOT, "archive: %d articles built in %.0f s%n", articles, (System.nanoTime() - start) / 1e9));
            } else {
                terminal.print("archive: reused, " + archive.storyCount() + " stored stories\n");
            }
            return SyntheticArchive.pagePaths(archive, facsimiles + 1);
        }
    }
}
