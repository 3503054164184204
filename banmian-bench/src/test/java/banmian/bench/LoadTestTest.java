package banmian.bench;

import banmian.archive.Archive;
import banmian.archive.ArchiveFixtures;
import banmian.model.Page;
import banmian.server.ArchiveServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadTestTest {
    @TempDir
    Path data;

    /** The archive fixtures served read-only on a free loopback port. */
    private static final class Served implements AutoCloseable {
        final Archive archive;
        final ArchiveServer server;

        Served(Path data) throws IOException {
            archive = Archive.openForWriting(data);
            for (Page page : ArchiveFixtures.all()) {
                archive.add(page, "fixture-" + page.meta());
            }
            archive.flush();
            server = ArchiveServer.start(archive, false, "127.0.0.1", 0);
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.port() + path;
        }

        @Override
        public void close() throws IOException {
            server.close();
            archive.close();
        }
    }

    @Test
    void boundedLoadOnLoopbackReportsThroughputAndLatencyWithoutErrors() throws Exception {
        try (Served served = new Served(data)) {
            List<String> paths = List.of("/api/search?q=" + URLEncoder.encode("春播", StandardCharsets.UTF_8),
                    "/api/search?person=" + URLEncoder.encode("李明华", StandardCharsets.UTF_8), "/api/health",
                    "/?q=" + URLEncoder.encode("管网", StandardCharsets.UTF_8), "/articles/jinzhongribao-2024-05-06-p01-2");
            LoadTest.Report report = LoadTest.run(URI.create(served.url("/")), paths, 4, Duration.ofSeconds(20), 400);
            assertEquals(400, report.requests(), "the count bounds the run long before the time does");
            assertEquals(0, report.errors(), report.toString());
            assertTrue(report.throughput() > 0 && report.p95Millis() >= report.p50Millis(), report.toString());
            LoadTest.Report timed = LoadTest.run(URI.create(served.url("/")), paths, 2, Duration.ofMillis(300), 1_000_000);
            assertTrue(timed.requests() < 1_000_000 && timed.seconds() < 5, "the time bounds it: " + timed);
            assertEquals(0, timed.errors(), timed.toString());
        }
    }

    @Test
    void theLoadTestCommandLoadsARunningServer() throws Exception {
        try (Served served = new Served(data)) {
            BenchCli cli = BenchCli.run("load-test", served.url("/"), "/api/health",
                    "/api/search?q=" + URLEncoder.encode("春播", StandardCharsets.UTF_8), "--clients", "2", "--load-requests", "40");
            assertEquals(0, cli.exitCode(), cli.err());
            assertTrue(cli.out().matches("2 clients, 40 requests, 0 errors in [0-9.]+ s: [0-9]+ requests/s, p50 [0-9.]+ ms, "
                    + "p95 [0-9.]+ ms, p99 [0-9.]+ ms\n"), cli.out());
        }
        BenchCli bad = BenchCli.run("load-test", "ftp://example.org/", "/");
        assertEquals(2, bad.exitCode());
        assertEquals(List.of("banmian: ftp://example.org/: give the server's http:// address"), bad.errLines());
    }

    @Test
    void percentiles() {
        long[] nanos = {1_000_000, 2_000_000, 3_000_000, 4_000_000, 100_000_000};
        assertEquals(3.0, LoadTest.percentile(nanos, 0.5));
        assertEquals(100.0, LoadTest.percentile(nanos, 0.95));
        assertEquals(0, LoadTest.percentile(new long[0], 0.95));
    }

    @Test
    void aDeadServerIsAllErrors() throws Exception {
        LoadTest.Report report = LoadTest.run(URI.create("http://127.0.0.1:9/"), List.of("/api/health"), 1, Duration.ofSeconds(5), 3);
        assertEquals(3, report.errors());
    }
}
