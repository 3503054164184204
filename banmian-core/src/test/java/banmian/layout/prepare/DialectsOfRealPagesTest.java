package banmian.layout.prepare;

import banmian.layout.PageParser;
import banmian.layout.line.Dialect;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dialect registry on the real pages' text as every extractor writes it: the corpus's own text
 * layers, and text extracted here from the page PDFs with PDFBox (both orders), poppler's
 * {@code -layout} and mutool. Every page of every extractor must be recognised.
 */
@RealPages
class DialectsOfRealPagesTest {
    private static final Path RMRB = SharedCorpus.directory().resolve("corpus/rmrb");

    private static List<String> pages() throws IOException {
        try (var files = Files.list(RMRB)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".pdf"))
                    .map(name -> name.substring(0, name.length() - 4)).sorted().toList();
        }
    }

    private static Dialect detect(String text) {
        return Dialects.detect(PageParser.lines(text));
    }

    private static void assertEveryPage(Dialect expected, Map<String, Dialect> detected) {
        Map<String, Dialect> wrong = new TreeMap<>(detected);
        wrong.values().removeIf(dialect -> dialect == expected);
        assertTrue(wrong.isEmpty(), "taken for another dialect than " + expected.id() + ": " + wrong);
        assertTrue(detected.size() >= 15, "pages found: " + detected.size());
    }

    @Test
    void theCorpusTextLayers() throws IOException {
        for (var kind : Map.of("pdfminer", Dialect.BOXES, "pdftotext", Dialect.BOXES, "pdftotext-raw", Dialect.PDFTOTEXT_RAW).entrySet()) {
            Map<String, Dialect> detected = new TreeMap<>();
            for (String page : pages()) {
                Path text = RMRB.resolve("text/" + page + "." + kind.getKey() + ".txt");
                detected.put(page, detect(Files.readString(text, StandardCharsets.UTF_8)));
            }
            assertEveryPage(kind.getValue(), detected);
        }
        Path seed = SharedCorpus.directory().resolve("samples/luliang-2024-03-11-p1.txt");
        assertEquals(Dialect.BOXES, detect(Files.readString(seed, StandardCharsets.UTF_8)));
    }

    @Test
    void pdfboxInContentOrderAndSortedByPosition() throws IOException {
        Map<String, Dialect> unsorted = new TreeMap<>();
        Map<String, Dialect> sorted = new TreeMap<>();
        for (String page : pages()) {
            try (var document = org.apache.pdfbox.Loader.loadPDF(RMRB.resolve(page + ".pdf").toFile())) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                unsorted.put(page, detect(stripper.getText(document)));
                stripper.setSortByPosition(true);
                sorted.put(page, detect(stripper.getText(document)));
            }
        }
        assertEveryPage(Dialect.PDFBOX_STRIPPER, unsorted);
        assertEveryPage(Dialect.JOINED_COLUMNS, sorted);
    }

    @Test
    void popplerLayoutAndMutool() throws Exception {
        Map<String, Dialect> layout = new TreeMap<>();
        Map<String, Dialect> mutool = new TreeMap<>();
        for (String page : pages()) {
            Path pdf = RMRB.resolve(page + ".pdf");
            layout.put(page, detect(run("pdftotext (Debian package poppler-utils)", "pdftotext", "-layout", pdf.toString(), "-")));
            mutool.put(page, detect(run("mutool (Debian package mupdf-tools)", "mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf.toString())));
        }
        assertEveryPage(Dialect.PDFTOTEXT_LAYOUT, layout);
        assertEveryPage(Dialect.MUTOOL, mutool);
    }

    private static String run(String tool, String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new AssertionError(tool + " is needed for this test and was not found", e);
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, String.join(" ", command) + " failed");
        return out;
    }
}
