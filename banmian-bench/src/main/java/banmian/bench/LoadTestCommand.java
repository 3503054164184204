package banmian.bench;

import banmian.cli.Terminal;
import banmian.cli.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "load-test", sortOptions = false,
        description = {"Load a running server (banmian serve): --clients threads send GET requests for the",
            "PATHs in turn until --requests have been sent or --seconds have passed, then print",
            "requests/s and latency percentiles. Anything but a 200 counts as an error."},
        footerHeading = "%n",
        footer = {"Example:",
            "  banmian-bench load-test http://127.0.0.1:8080/ '/api/search?q=%E6%96%B0%E6%97%B6%E4%BB%A3' /api/health",
            "",
            "Exit status: 0 measured (errors are counted in the report); 2 unusable options."})
final class LoadTestCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Parameters(index = "0", paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8080/.")
    URI server;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Paths to request in turn (URL-encoded).")
    List<String> paths;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 4;

    @Option(names = "--seconds", paramLabel = "S", description = "Longest run (default: ${DEFAULT-VALUE}).")
    int seconds = 10;

    @Option(names = "--requests", paramLabel = "N", description = "Most requests (default: ${DEFAULT-VALUE}).")
    int requests = 20_000;

    LoadTestCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || seconds < 1 || requests < 1) {
            throw UserError.badInput("--clients, --seconds and --requests must be at least 1");
        }
        if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme())) {
            throw UserError.badInput(server + ": give the server's http:// address");
        }
        LoadTest.Report report = LoadTest.run(server, paths, clients, Duration.ofSeconds(seconds), requests);
        terminal.print(clients + " clients, " + report + "\n");
        return 0;
    }
}
