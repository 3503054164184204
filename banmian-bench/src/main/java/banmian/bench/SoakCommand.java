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
import banmian.server.ArchiveServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "soak", sortOptions = false,
        description = {"Serve an archive of --articles synthetic articles (made from the given pages' paragraphs) on loopback",
            "and time normal searches from --clients clients idle, then while a hostile mix runs (huge offsets and",
            "limits, 100 KB and 10,000-term queries, malformed and oversized uploads, bad PDFs, slow clients).",
            "Reports idle and hostile p95, the hostile answers by status (500s among them) and the heap.",
            "Run it under the heap to be proved, e.g. java -Xmx1g -jar banmian-bench.jar soak ...",
            "Exit status: 0 held (p95 within 3x idle, no 500, no failed normal search); 1 did not; 2 unusable options."})
final class SoakCommand implements Callable<Integer> {
    private static final String TOKEN = "soak-command-token-0123456789";
    private static final int UPLOAD_MIB = 4;

    private final Terminal terminal;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Page text files, or directories whose *.txt files are taken.")
    List<Path> paths;

    @Option(names = "--articles", paramLabel = "N", description = "Articles in the archive (default: ${DEFAULT-VALUE}).")
    int articles = 200_000;

    @Option(names = "--clients", paramLabel = "N", description = "Clients sending normal searches (default: ${DEFAULT-VALUE}).")
    int clients = 4;

    @Option(names = "--requests", paramLabel = "N", description = "Normal searches in each run (default: ${DEFAULT-VALUE}).")
    int requests = 4_000;

    @Option(names = "--data", paramLabel = "DIR", description = "Build the archive here and keep it; an archive already there is reused.")
    Path data;

    SoakCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || clients < 1 || requests < 1) {
            throw UserError.badInput("--articles, --clients and --requests must be at least 1");
        }
        List<Page> sources = new ArrayList<>();
        PageFlow enriching = PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT).enrichedBy(Enrichers.builtIn());
        for (PageInput input : PageInputs.readAll(BenchFiles.expand(paths, "txt").stream().map(Path::toString).toList(), terminal.in())) {
            sources.addAll(BenchCommand.parse(enriching, input));
        }
        Path work = data != null ? Files.createDirectories(data) : Files.createTempDirectory("banmian-soak-");
        try (Archive archive = Archive.openForWriting(work)) {
            if (archive.storyCount() == 0) {
                long start = System.nanoTime();
                SyntheticArchive.build(archive, sources, articles, 1, done -> { });
                terminal.print(String.format(Locale.ROOT, "archive: %d articles built in %.0f s%n", articles, (System.nanoTime() - start) / 1e9));
            } else {
                terminal.print("archive: reused, " + archive.storyCount() + " stored stories\n");
            }
            Limits limits = Limits.DEFAULT.with(Map.of("pdf-mib", String.valueOf(UPLOAD_MIB), "text-mib", String.valueOf(UPLOAD_MIB)));
            try (ArchiveServer server = ArchiveServer.start(archive, true, "127.0.0.1", 0, limits, TOKEN)) {
                Soak.Report report = Soak.run(URI.create("http://127.0.0.1:" + server.port() + "/"),
                        SyntheticArchive.searchPaths(sources, 500, 11), clients, requests, Duration.ofMinutes(5), TOKEN,
                        (long) UPLOAD_MIB << 20);
                terminal.print(report + "\n");
                boolean held = report.slowdown() <= 3 && report.serverErrors() == 0 && report.idle().errors() == 0
                        && report.hostile().errors() == 0;
                return held ? 0 : 1;
            }
        } finally {
            if (data == null) {
                BenchArchiveCommand.deleteTree(work);
            }
        }
    }
}
