package banmian.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test over HTTP: {@code clients} threads send GET requests for the given paths in
 * turn until {@code maxRequests} have been sent or {@code maxDuration} has passed, whichever comes
 * first, and every latency is kept. Anything but a 200 counts as an error.
 */
final class LoadTest {
    public record Report(int requests, int errors, double seconds, double throughput, double p50Millis, double p95Millis,
                         double p99Millis) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d requests, %d errors in %.1f s: %.0f requests/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms",
                    requests, errors, seconds, throughput, p50Millis, p95Millis, p99Millis);
        }
    }

    private LoadTest() {
    }

    static Report run(URI base, List<String> paths, int clients, Duration maxDuration, int maxRequests) throws Exception {
        if (paths.isEmpty() || clients < 1 || maxRequests < 1) {
            throw new IllegalArgumentException("a load test needs paths, clients and requests");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + maxDuration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                long[] latencies = new long[maxRequests];
                int count = 0;
                for (int n = sent.getAndIncrement(); n < maxRequests && System.nanoTime() < deadline; n = sent.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(base.resolve(paths.get(n % paths.size())))
                            .timeout(Duration.ofSeconds(30)).build();
                    long before = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    latencies[count++] = System.nanoTime() - before;
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            for (long latency : worker.get()) {
                all.add(latency);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Report(sorted.length, errors.get(), seconds, sorted.length / seconds,
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99));
    }

    /** The latency below which {@code fraction} of the requests finished, in milliseconds. */
    static double percentile(long[] sortedNanos, double fraction) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(fraction * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }
}
