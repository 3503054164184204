package banmian.bench;

import banmian.archive.Archive;
import banmian.archive.ArchiveFixtures;
import banmian.limits.Limits;
import banmian.server.ArchiveServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server under a hostile mix, bounded in time (each run stops after at most 25 s): over a few
 * thousand synthetic articles, normal searches from four clients keep their p95 within 3× of an idle
 * run, no request is answered with a 500, every normal search is answered 200, and the live heap
 * (garbage collected, with the hostile clients at work) stays under 512 MiB (the server, its clients
 * and the hostile ones share this JVM).
 */
class SoakTest {
    private static final int ARTICLES = 3_000;
    /** The live heap (garbage collected) allowed under the hostile mix. */
    private static final long LIVE_HEAP_BOUND = 512L << 20;
    private static final String TOKEN = "soak-test-token-0123456789";
    /** Uploads over a mebibyte are refused, so the oversized ones cost little. */
    private static final Limits SMALL_UPLOADS = Limits.DEFAULT.with(Map.of("pdf-mib", "1", "text-mib", "1"));

    @TempDir
    Path data;

    @Test
    void normalSearchesKeepTheirPaceUnderAHostileMixWithNo500s() throws Exception {
        try (Archive archive = Archive.openForWriting(data)) {
            SyntheticArchive.build(archive, ArchiveFixtures.all(), ARTICLES, 3, done -> { });
            List<String> paths = SyntheticArchive.searchPaths(ArchiveFixtures.all(), 200, 5);
            try (ArchiveServer server = ArchiveServer.start(archive, true, "127.0.0.1", 0, SMALL_UPLOADS, TOKEN)) {
                Soak.Report report = Soak.run(URI.create("http://127.0.0.1:" + server.port() + "/"), paths, 4, 2_000,
                        Duration.ofSeconds(25), TOKEN, 1 << 20);
                System.out.println(report);
                assertEquals(0, report.idle().errors(), report.toString());
                assertEquals(0, report.hostile().errors(), report.toString());
                assertEquals(0, report.serverErrors(), report.toString());
                assertTrue(report.tally().total() > 100, "the hostile clients were answered: " + report);
                assertTrue(report.tally().count(400) > 0 && report.tally().count(413) + report.tally().count(0) > 0, report.toString());
                assertTrue(report.slowdown() <= 3, report.toString());
                assertTrue(report.liveHeapBytes() < LIVE_HEAP_BOUND, report.toString());
                assertTrue(report.peakHeapBytes() < report.maxHeapBytes(), report.toString());
            }
        }
    }
}
