package banmian.pipeline;

import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pdf.PdfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz seeds are worth starting from: each is read as pages with text rather than refused at
 * the door, so the fuzzer starts deep in the decoder, PDFBox and the layout. Findings kept later as
 * regression seeds (crash-*, timeout-* and the like) are not held to this.
 */
class FuzzSeedsTest {
    private static final int MAX_TOTAL_BYTES = 50 * 1024;

    @Test
    void everySeedIsReadAsPagesWithText() throws Exception {
        List<Path> seeds = seeds();
        assertTrue(seeds.size() >= 9, seeds::toString);
        for (Path seed : seeds) {
            String fileName = seed.getFileName().toString();
            PageInput input = PageReader.read(fileName, fileName, Files.readAllBytes(seed), PdfReader.PageProgress.NONE);
            assertEquals(fileName.endsWith(".pdf"), input.isPdf(), fileName);
            List<Page> pages = Pages.parse(input, PageMeta.UNKNOWN);
            assertFalse(pages.isEmpty(), fileName);
            assertTrue(pages.stream().anyMatch(page -> !page.articles().isEmpty() || !page.unassigned().isEmpty()),
                    () -> fileName + " gave no text: " + pages);
        }
    }

    @Test
    void seedsStaySmall() throws IOException {
        long total = 0;
        for (Path seed : seeds()) {
            total += Files.size(seed);
        }
        assertTrue(total < MAX_TOTAL_BYTES, "the seeds take " + total + " bytes");
    }

    /** {@code -Dbanmian.fuzz.writeSeeds=true}: writes the seeds anew from {@link FuzzSeeds}. */
    @Test
    @EnabledIfSystemProperty(named = "banmian.fuzz.writeSeeds", matches = "true")
    void writeSeeds() throws IOException {
        FuzzSeeds.write();
    }

    /** The made seeds: findings kept as regression seeds carry libFuzzer's names (crash-…, timeout-…). */
    private static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.walk(FuzzSeeds.RESOURCES)) {
            return files.filter(Files::isRegularFile).filter(file -> file.getParent().getParent().getFileName().toString()
                            .endsWith("FuzzTestInputs"))
                    .filter(file -> !file.getFileName().toString().matches("(crash|timeout|slow-unit|oom|leak)-.*"))
                    .sorted().toList();
        }
    }
}
