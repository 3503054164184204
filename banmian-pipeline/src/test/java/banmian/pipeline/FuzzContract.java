package banmian.pipeline;

import banmian.limits.Limits;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pdf.PdfReader;
import banmian.text.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What the fuzz tests hold every input to: bytes go through {@link PageReader#read} (the text decoder,
 * or PDFBox, the glyph collector and the layout) and then {@link PageFlow#pages} (the whole page parser),
 * and come out as pages or as an {@link InputException} of one line. Anything else escaping (a runtime
 * exception, a stack overflow, running out of memory) is a bug; so is a hang: an input that takes
 * longer than the fuzz test's {@code @Timeout} in a regression run, or than {@code fuzz.timeout}
 * (the pom's, 20 s) while fuzzing.
 *
 * <p>{@link TextLayerFuzzTest} and {@link PdfFuzzTest} feed it. Without {@code JAZZER_FUZZ} they run as
 * unit tests on the inputs in {@code src/test/resources/banmian/pipeline/<class>Inputs/<method>/}: the
 * seeds, and any finding kept there as a regression seed. The pom's {@code fuzz} execution fuzzes them;
 * docs/fuzzing.md tells how to run it longer and what to do with a finding.
 */
final class FuzzContract {
    static {
        // libFuzzer writes findings under -artifact_prefix, a folder it does not create itself.
        String findings = System.getProperty("banmian.fuzz.findings");
        if (findings != null) {
            try {
                Files.createDirectories(Path.of(findings));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private FuzzContract() {
    }

    static void readAndParse(String fileName, byte[] bytes) {
        try {
            PageInput input = READER.read(fileName, fileName, bytes, PdfReader.PageProgress.NONE);
            input.notes();
            List<Page> pages = FLOW.pages(input);
            assertEquals(input.pageCount(), pages.size(), "one parsed page per page read");
        } catch (InputException refused) {
            // Refused while reading, or over a page's budget while parsing: either way one line.
            String message = refused.getMessage();
            assertFalse(message.contains("\n") || message.contains("\r"), () -> "a refusal is one line: " + message);
        }
    }

    private static final PageReader READER = new PageReader(Limits.DEFAULT);
    private static final PageFlow FLOW = PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT);
}
