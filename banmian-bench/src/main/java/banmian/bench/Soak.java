package banmian.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded soak of a server running in this JVM: normal searches from several clients, timed first
 * on their own (idle) and then while a {@link HostileMix} runs, with the heap watched throughout.
 * The server must keep normal searches within a few times their idle latency, answer no request with
 * a 500 and stay within its heap.
 */
final class Soak {
    /** Both runs of the normal searches, what the hostile clients were answered, and the heap's peak use against its limit. */
    record Report(LoadTest.Report idle, LoadTest.Report hostile, HostileMix.Tally tally, long peakHeapBytes, long liveHeapBytes,
                  long maxHeapBytes) {
        double slowdown() {
            return hostile.p95Millis() / idle.p95Millis();
        }

        int serverErrors() {
            return tally.count(500);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "idle: %s%nhostile: %s%nnormal p95 %.1f× idle; hostile requests: %s; 500s: %d;"
                            + " heap used at most %d MiB, %d MiB live under the hostile mix, of %d MiB",
                    idle, hostile, slowdown(), tally, serverErrors(), peakHeapBytes >> 20, liveHeapBytes >> 20, maxHeapBytes >> 20);
        }
    }

    private static final Duration HEAP_SAMPLING = Duration.ofMillis(50);

    private Soak() {
    }

    /**
     * {@code requests} normal GETs of {@code paths} from {@code clients} clients idle, then as many under the
     * hostile mix (each run stops at {@code maxRun} at the latest); {@code token} lets the hostile uploads
     * past the token check to the parsers, {@code uploadLimitBytes} is the server's upload limit.
     */
    static Report run(URI base, List<String> paths, int clients, int requests, Duration maxRun, String token,
                      long uploadLimitBytes) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(HEAP_SAMPLING.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "soak heap sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            // A warm-up run first, so the idle figure is the JIT-compiled server's.
            LoadTest.run(base, paths, clients, maxRun, Math.max(1, requests / 4));
            LoadTest.Report idle = LoadTest.run(base, paths, clients, maxRun, requests);
            LoadTest.Report hostile;
            HostileMix.Tally tally;
            long live;
            try (HostileMix mix = new HostileMix(base, token, uploadLimitBytes).start()) {
                // The hostile clients get going (the slow ones connected, the uploads parsing) before the timing starts.
                Thread.sleep(1_000);
                hostile = LoadTest.run(base, paths, clients, maxRun, requests);
                tally = mix.tally();
                // What the server holds with the hostile clients still at it, garbage collected (the peak counts garbage too).
                memory.gc();
                live = memory.getHeapMemoryUsage().getUsed();
            }
            return new Report(idle, hostile, tally, peak.get(), live, memory.getHeapMemoryUsage().getMax());
        } finally {
            sampling.set(false);
            sampler.interrupt();
        }
    }
}
