package banmian.bench;

import banmian.cli.UserError;
import picocli.CommandLine.Option;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** The bounds of a load test ({@link LoadTest}), as bench-archive and load-test take them. */
final class LoadOptions {
    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients in the load test (default: ${DEFAULT-VALUE}).")
    int clients = 4;

    @Option(names = "--load-seconds", paramLabel = "S", description = "Longest load test (default: ${DEFAULT-VALUE}).")
    int seconds = 10;

    @Option(names = "--load-requests", paramLabel = "N", description = "Most requests in the load test (default: ${DEFAULT-VALUE}).")
    int requests = 20_000;

    /** Refuses bounds below 1 before anything is run. */
    void check() throws UserError {
        if (clients < 1 || seconds < 1 || requests < 1) {
            throw UserError.badInput("--clients, --load-seconds and --load-requests must be at least 1");
        }
    }

    /** GET requests for {@code paths} on {@code server}, within these bounds. */
    LoadTest.Report run(URI server, List<String> paths) throws Exception {
        return LoadTest.run(server, paths, clients, Duration.ofSeconds(seconds), requests);
    }
}
