package banmian.server;

import java.time.Duration;

/**
 * What one request may cost the server, and how many may be served at once.
 *
 * @param searchTimeout how long a search may run before it is stopped (503 with {@code Retry-After})
 * @param uploadQueue how many uploads may wait for the one upload worker (parsing is CPU-heavy and the
 *                    archive has one writer); one more is a 503 with {@code Retry-After}
 * @param idleTimeout how long a connection may send nothing (headers or body) before it is closed
 * @param minRequestBytesPerSecond the slowest a request body may arrive; slower is a 408
 * @param maxThreads the server's request threads at most
 * @param maxConnections the connections open at once at most; more wait in the operating system's backlog
 */
public record ServerBudgets(Duration searchTimeout, int uploadQueue, Duration idleTimeout, long minRequestBytesPerSecond,
                            int maxThreads, int maxConnections) {
    public static final ServerBudgets DEFAULT = new ServerBudgets(Duration.ofSeconds(10), 4, Duration.ofSeconds(20), 4 * 1024,
            64, 1_000);

    public ServerBudgets {
        if (searchTimeout.isNegative() || searchTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (uploadQueue < 0 || maxThreads < 8 || maxConnections < 1 || minRequestBytesPerSecond < 0) {
            throw new IllegalArgumentException("upload queue ≥ 0, threads ≥ 8, connections ≥ 1, body rate ≥ 0");
        }
    }

    public ServerBudgets withSearchTimeout(Duration timeout) {
        return new ServerBudgets(timeout, uploadQueue, idleTimeout, minRequestBytesPerSecond, maxThreads, maxConnections);
    }

    public ServerBudgets withUploadQueue(int queue) {
        return new ServerBudgets(searchTimeout, queue, idleTimeout, minRequestBytesPerSecond, maxThreads, maxConnections);
    }

    public ServerBudgets withIdleTimeout(Duration timeout) {
        return new ServerBudgets(searchTimeout, uploadQueue, timeout, minRequestBytesPerSecond, maxThreads, maxConnections);
    }
}
