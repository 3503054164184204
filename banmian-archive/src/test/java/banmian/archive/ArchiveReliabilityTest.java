package banmian.archive;

import banmian.testing.RealPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An ingest killed outright, and searches running while pages go in. */
@RealPages
class ArchiveReliabilityTest {
    private static final int DAYS = 4;

    @TempDir
    Path dir;

    /** The development pages again under {@link #DAYS} different dates: many pages to ingest. */
    private Path manyPages() throws IOException {
        Path source = IngestorTest.pageFolder(dir.resolve("source"), 8);
        Path folder = Files.createDirectories(dir.resolve("many"));
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                for (int day = 0; day < DAYS; day++) {
                    // rmrb2018 01 0207 → rmrb2018 0[2-5] 0207: the same page in other months.
                    Files.copy(file, folder.resolve(name.substring(0, 9) + (2 + day) + name.substring(10)));
                }
            }
        }
        return folder;
    }

    @Test
    void anIngestKilledMidwayLeavesAnArchiveThatOpensAndARerunCompletes() throws Exception {
        Path folder = manyPages();
        Path data = dir.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IngestProcess.class.getName(),
                data.toString(), folder.toString()).redirectErrorStream(true).start();
        int doneBeforeKill = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && doneBeforeKill < 5) {
                if (line.startsWith("done ")) {
                    doneBeforeKill = Integer.parseInt(line.substring(5));
                }
            }
            child.destroyForcibly();   // SIGKILL: no shutdown hooks, no close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(doneBeforeKill >= 5, "the child got going before it was killed");
        int total = 8 * DAYS;
        long survived;
        try (Archive archive = Archive.openForWriting(data)) {
            survived = archive.pageCount();
            assertTrue(survived >= 5 && survived < total, "committed pages survive the kill: " + survived);
            Ingestor.Summary rerun = Ingestor.ingest(archive, List.of(folder),
                    new Ingestor.Options(new banmian.model.PageMeta("人民日报", null, null, null), false, 2, 10),
                    new IngestorTest.Recorder());
            assertEquals(survived, rerun.skipped(), "what was committed is not done again");
            assertEquals(total - survived, rerun.pages());
            assertEquals(total, archive.pageCount());
            assertTrue(archive.search(SearchQuery.of("新时代")).total() >= DAYS);
        }
    }

    @Test
    void searchesDuringAnIngestSucceedAndSeeItGrow() throws Exception {
        Path folder = manyPages();
        try (Archive archive = Archive.openForWriting(dir.resolve("data"))) {
            AtomicBoolean ingesting = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            Future<Ingestor.Summary> ingest = pool.submit(() -> {
                try {
                    return Ingestor.ingest(archive, List.of(folder),
                            new Ingestor.Options(new banmian.model.PageMeta("人民日报", null, null, null), false, 1, 4),
                            new IngestorTest.Recorder());
                } finally {
                    ingesting.set(false);
                }
            });
            List<Future<List<Long>>> searchers = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                searchers.add(pool.submit(() -> {
                    List<Long> totals = new ArrayList<>();
                    while (ingesting.get()) {
                        totals.add(archive.search(SearchQuery.of("新时代")).total());
                    }
                    totals.add(archive.search(SearchQuery.of("新时代")).total());
                    return totals;
                }));
            }
            assertEquals(8 * DAYS, ingest.get(120, TimeUnit.SECONDS).pages());
            for (Future<List<Long>> searcher : searchers) {
                List<Long> totals = searcher.get(60, TimeUnit.SECONDS);
                for (int i = 1; i < totals.size(); i++) {
                    assertTrue(totals.get(i) >= totals.get(i - 1), "results never go backwards: " + totals);
                }
                assertTrue(totals.get(totals.size() - 1) >= DAYS, totals.toString());
            }
            pool.shutdown();
        }
    }
}
