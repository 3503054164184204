package banmian.pipeline;

import banmian.limits.Limits;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pdf.PdfReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz seeds are worth starting from: each is read as pages with text rather than refused at
 * the door, so the fuzzer starts deep in the decoder, PDFBox and the layout. Findings kept later as
 * regression seeds beside them are not held to this, only to staying small.
 */
class FuzzSeedsTest {
    private static final int MAX_TOTAL_BYTES = 50 * 1024;

    @Test
    void everySeedIsReadAsPagesWithText() throws Exception {
        for (String name : FuzzSeeds.NAMES) {
            Path seed = FuzzSeeds.RESOURCES.resolve(name);
            String fileName = seed.getFileName().toString();
            PageInput input = new PageReader(Limits.DEFAULT).read(fileName, fileName, Files.readAllBytes(seed), PdfReader.PageProgress.NONE);
            assertEquals(fileName.endsWith(".pdf"), input instanceof PageInput.Pdf, fileName);
            List<Page> pages = PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT).pages(input);
            assertFalse(pages.isEmpty(), fileName);
            assertTrue(pages.stream().anyMatch(page -> !page.articles().isEmpty() || !page.unassigned().isEmpty()),
                    () -> fileName + " gave no text: " + pages);
        }
    }

    @Test
    void seedsStaySmall() throws IOException {
        long total = 0;
        for (Path input : inputs()) {
            total += Files.size(input);
        }
        assertTrue(total < MAX_TOTAL_BYTES, "the fuzz tests' inputs take " + total + " bytes");
    }

    /**
     * The committed seeds are what {@link FuzzSeeds} makes, so that a change to one is a change to the
     * other. {@code -Dbanmian.fuzz.writeSeeds=true} writes them anew first. The PDF with an embedded font
     * is left out of the comparison: PDFBox writes its font subset, and another PDFBox may write it
     * differently.
     */
    @Test
    void seedsAreWhatFuzzSeedsMakes() throws IOException {
        if (Boolean.getBoolean("banmian.fuzz.writeSeeds")) {
            FuzzSeeds.write();
        }
        for (Map.Entry<String, byte[]> seed : FuzzSeeds.all().entrySet()) {
            if (!seed.getKey().endsWith("embedded-cjk.pdf")) {
                assertArrayEquals(seed.getValue(), Files.readAllBytes(FuzzSeeds.RESOURCES.resolve(seed.getKey())),
                        () -> seed.getKey() + " is not what FuzzSeeds makes: write the seeds anew with -Dbanmian.fuzz.writeSeeds=true");
            }
        }
    }

    /** Every input of the fuzz tests' regression runs: the seeds and any findings kept beside them. */
    private static List<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.walk(FuzzSeeds.RESOURCES)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getParent().getParent().getFileName().toString().endsWith("FuzzTestInputs"))
                    .toList();
        }
    }
}
