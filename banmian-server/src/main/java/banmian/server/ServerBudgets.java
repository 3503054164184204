package banmian.server;

import java.time.Duration;

/**
 * What one request may cost the server, and how many may be served at once.
 *
 * @param searchTimeout how long a search may run before it is stopped (503 with {@code Retry-After})
 * @param uploadQueue how many uploads may wait for the one upload worker (parsing is CPU-heavy and the
 *                    archive has one writer); one more is a 503 with {@code Retry-After}
 * @param headerTimeout how long a request's line and headers may take to arrive whole, from its first byte;
 *                      a request still sending them is cut off ({@link HeaderDeadlineConnectionFactory})
 * @param idleTimeout how long a connection may send nothing (headers or body, or between requests) before it is closed
 * @param minRequestBytesPerSecond the slowest a request body may arrive; slower is a 408
 * @param maxThreads the server's request threads at most
 * @param maxConnections the connections open at once at most; more wait in the operating system's backlog
 */
public record ServerBudgets(Duration searchTimeout, int uploadQueue, Duration headerTimeout, Duration idleTimeout,
                            long minRequestBytesPerSecond, int maxThreads, int maxConnections) {
    public static final ServerBudgets DEFAULT = new ServerBudgets(Duration.ofSeconds(10), 4, Duration.ofSeconds(10),
            Duration.ofSeconds(20), 4 * 1024, 64, 1_000);
    /** Fewer threads than this and Jetty's acceptors and selectors leave none for requests. */
    public static final int MIN_THREADS = 8;

    public ServerBudgets {
        for (Duration timeout : new Duration[] {searchTimeout, headerTimeout, idleTimeout}) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive");
            }
        }
        if (uploadQueue < 0 || maxThreads < MIN_THREADS || maxConnections < 1 || minRequestBytesPerSecond < 0) {
            throw new IllegalArgumentException("upload queue ≥ 0, threads ≥ " + MIN_THREADS + ", connections ≥ 1, body rate ≥ 0");
        }
    }

    public ServerBudgets withSearchTimeout(Duration timeout) {
        return new ServerBudgets(timeout, uploadQueue, headerTimeout, idleTimeout, minRequestBytesPerSecond, maxThreads, maxConnections);
    }

    public ServerBudgets withUploadQueue(int queue) {
        return new ServerBudgets(searchTimeout, queue, headerTimeout, idleTimeout, minRequestBytesPerSecond, maxThreads, maxConnections);
    }

    public ServerBudgets withHeaderTimeout(Duration timeout) {
        return new ServerBudgets(searchTimeout, uploadQueue, timeout, idleTimeout, minRequestBytesPerSecond, maxThreads, maxConnections);
    }

    public ServerBudgets withIdleTimeout(Duration timeout) {
        return new ServerBudgets(searchTimeout, uploadQueue, headerTimeout, timeout, minRequestBytesPerSecond, maxThreads, maxConnections);
    }
}
