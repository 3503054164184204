package banmian.bench;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * A bounded soak of a server in a JVM of its own ({@link ServerProcess}): normal searches from
 * several clients, timed first on their own (idle) and then while a {@link HostileMix} runs; then the
 * server itself is looked at: still running, no {@code OutOfMemoryError} in its output, its heap as
 * its collector logged it. It holds when normal searches keep their p95 within {@link #MAX_SLOWDOWN}
 * times idle, every one is answered 200, no request at all gets a 500, and the server is alive
 * without having run out of memory, its heap after every collection under its limit.
 */
final class Soak {
    static final double MAX_SLOWDOWN = 3;

    /**
     * A run of normal searches, with the processor time the server and this JVM (the normal clients,
     * and the hostile ones while they run) used meanwhile, and the machine's load average at its end:
     * what was left to the server shows beside its latency.
     */
    record Run(LoadTest.Report searches, double serverCpuSeconds, double clientCpuSeconds, double loadAverage) {
        double p95Millis() {
            return searches.p95Millis();
        }

        int errors() {
            return searches.errors();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s%n      processor time: server %.1f s, clients %.1f s, of %.1f s × %d cores; machine load average %.1f",
                    searches, serverCpuSeconds, clientCpuSeconds, searches.seconds(), Runtime.getRuntime().availableProcessors(), loadAverage);
        }
    }

    /** Both runs of the normal searches, what the hostile clients were answered, and the server's state after. */
    record Report(Run idle, Run hostile, HostileMix.Tally tally, boolean serverAlive, boolean outOfMemory,
                  GcLog.Figures heap, long maxHeapBytes) {
        double slowdown() {
            return hostile.p95Millis() / idle.p95Millis();
        }

        int serverErrors() {
            return tally.count(500);
        }

        boolean heapWithinLimit() {
            return heap.maxAfterBytes() < maxHeapBytes;
        }

        boolean held() {
            return slowdown() <= MAX_SLOWDOWN && serverErrors() == 0 && idle.errors() == 0 && hostile.errors() == 0
                    && serverAlive && !outOfMemory && heapWithinLimit();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "idle: %s%nhostile: %s%nnormal p95 %.1f× idle; %d hostile requests answered, %d with a 500:%n%s%n"
                            + "server: %s, %s; heap of %d MiB at most: %s",
                    idle, hostile, slowdown(), tally.total(), serverErrors(), tally, serverAlive ? "alive" : "DEAD",
                    outOfMemory ? "OutOfMemoryError in its output" : "no OutOfMemoryError", maxHeapBytes >> 20, heap);
        }
    }

    private Soak() {
    }

    /**
     * {@code requests} normal GETs of {@code paths} from {@code clients} clients idle, then as many under
     * the hostile mix aimed at {@code target} (each run stops at {@code maxRun} at the latest).
     */
    static Report run(ServerProcess server, List<String> paths, int clients, int requests, Duration maxRun, HostileMix.Target target)
            throws Exception {
        // A warm-up run first, so the idle figure is the JIT-compiled server's.
        LoadTest.run(server.base(), paths, clients, maxRun, Math.max(1, requests / 4));
        Run idle = timed(server, () -> LoadTest.run(server.base(), paths, clients, maxRun, requests));
        Run hostile;
        HostileMix.Tally tally;
        try (HostileMix mix = new HostileMix(target).start()) {
            // The hostile clients get going (the slow ones connected, the uploads parsing) before the timing starts.
            Thread.sleep(1_000);
            hostile = timed(server, () -> LoadTest.run(server.base(), paths, clients, maxRun, requests));
            tally = mix.tally();
        }
        return new Report(idle, hostile, tally, server.alive(), server.ranOutOfMemory(), server.heap(), server.maxHeapBytes());
    }

    private static Run timed(ServerProcess server, Callable<LoadTest.Report> searches) throws Exception {
        OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Duration serverBefore = server.cpuTime();
        long clientsBefore = system.getProcessCpuTime();
        LoadTest.Report report = searches.call();
        return new Run(report, server.cpuTime().minus(serverBefore).toMillis() / 1e3, (system.getProcessCpuTime() - clientsBefore) / 1e9,
                system.getSystemLoadAverage());
    }
}
