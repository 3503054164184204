package banmian.cli;

import banmian.server.ServerBudgets;
import picocli.CommandLine.Option;

import java.time.Duration;

/** {@code serve}'s budgets: what one request may cost the server, and how many it serves at once ({@link ServerBudgets}). */
final class BudgetOptions {
    private static final ServerBudgets DEFAULT = ServerBudgets.DEFAULT;

    @Option(names = "--search-timeout", paramLabel = "SECONDS", converter = OptionConverters.Seconds.class,
            description = "A search running longer is stopped: 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    long searchTimeout = DEFAULT.searchTimeout().toSeconds();

    @Option(names = "--header-timeout", paramLabel = "SECONDS", converter = OptionConverters.Seconds.class,
            description = "A request's line and headers must arrive whole within this from its first byte, else its"
                    + " connection is closed (default: ${DEFAULT-VALUE}).")
    long headerTimeout = DEFAULT.headerTimeout().toSeconds();

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", converter = OptionConverters.Seconds.class,
            description = "A connection sending nothing this long is closed, between requests too (default: ${DEFAULT-VALUE}).")
    long idleTimeout = DEFAULT.idleTimeout().toSeconds();

    @Option(names = "--upload-queue", paramLabel = "N", converter = OptionConverters.QueueLength.class,
            description = "Uploads that may wait while one is parsed; one more is a 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    int uploadQueue = DEFAULT.uploadQueue();

    @Option(names = "--max-threads", paramLabel = "N", converter = OptionConverters.ThreadCount.class,
            description = "Request threads at most, " + ServerBudgets.MIN_THREADS + " or more (default: ${DEFAULT-VALUE}).")
    int maxThreads = DEFAULT.maxThreads();

    @Option(names = "--max-connections", paramLabel = "N", converter = OptionConverters.Count.class,
            description = "Connections open at once at most; more wait to be accepted (default: ${DEFAULT-VALUE}).")
    int maxConnections = DEFAULT.maxConnections();

    /** The budgets as given, the rest (the slowest request body) as by default. */
    ServerBudgets budgets() {
        return new ServerBudgets(Duration.ofSeconds(searchTimeout), uploadQueue, Duration.ofSeconds(headerTimeout),
                Duration.ofSeconds(idleTimeout), DEFAULT.minRequestBytesPerSecond(), maxThreads, maxConnections);
    }
}
