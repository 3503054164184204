package banmian.cli;

import banmian.testing.RealPages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code parse --explain} and {@code --dialect} on the command line. */
class ExplainOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("..", "examples", "sample-page.txt");

    @TempDir
    Path dir;

    @Test
    void explainAloneIsTextAndTheFileAfterItIsTheInput() {
        Cli cli = Cli.run("parse", "--explain", EXAMPLE.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith(EXAMPLE + ": read as boxes (detected)"), cli.out());
        assertTrue(cli.out().contains("\narticle 1\n"), cli.out());
        assertTrue(cli.out().contains("titles/"), cli.out());
    }

    @Test
    @RealPages
    void explainJsonOfAPagePdfNamesItsLaidOutLines() throws IOException {
        Path pdf = Cli.shared("corpus/rmrb/rmrb2018010207.pdf");
        Cli cli = Cli.run("parse", "--explain", "json", pdf.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode explanation = JSON.readTree(cli.out());
        assertEquals("pdf", explanation.at("/dialect/id").asText());
        JsonNode headline = null;
        for (JsonNode block : explanation.get("blocks")) {
            if (block.get("field").asText().equals("headline")) {
                headline = block;
                break;
            }
        }
        assertTrue(headline != null, cli.out());
        boolean bySize = false;
        for (JsonNode decision : headline.get("decisions")) {
            bySize |= decision.get("rule").asText().equals("display-type") && decision.get("evidence").asText().contains("pt");
        }
        assertTrue(bySize, headline.toString());
        boolean owned = false;
        for (JsonNode block : explanation.get("blocks")) {
            for (JsonNode decision : block.get("decisions")) {
                owned |= decision.get("stage").asText().equals("ownership") && decision.get("outcome").asText().startsWith("text of headline");
            }
        }
        assertTrue(owned, "no stretch of text is said to belong to its headline: " + cli.out());
    }

    @Test
    void aForcedDialectIsUsedAndSaidToBe() {
        Cli cli = Cli.run("parse", "--dialect", "pdftotext-raw", "--explain", EXAMPLE.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith(EXAMPLE + ": read as pdftotext-raw (forced)"), cli.out());
        Cli aliased = Cli.run("parse", "--dialect", "pdfminer", "--explain", EXAMPLE.toString());
        assertTrue(aliased.out().startsWith(EXAMPLE + ": read as boxes (forced)"), aliased.out());
    }

    @Test
    void theExplanationGoesToAFileWhenAsked() throws IOException {
        Path out = dir.resolve("why.json");
        Cli cli = Cli.run("parse", EXAMPLE.toString(), "--explain=json", "-o", out.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.out());
        assertEquals("boxes", JSON.readTree(Files.readString(out, StandardCharsets.UTF_8)).at("/dialect/id").asText());
    }

    @Test
    @RealPages
    void anUnknownDialectOrADialectForAPdfIsRefused() {
        Cli unknown = Cli.run("parse", "--dialect", "ocr", EXAMPLE.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("'ocr' is not one of boxes, pdftotext-raw, pdftotext-layout, joined-columns, pdfbox, mutool"),
                unknown.err());
        Path pdf = Cli.shared("corpus/rmrb/rmrb2018010207.pdf");
        Cli forPdf = Cli.run("parse", "--dialect", "boxes", pdf.toString());
        assertEquals(2, forPdf.exitCode());
        assertEquals(List.of("banmian: --dialect applies to text layers, and " + pdf + " is a PDF"), forPdf.errLines());
        assertEquals("", forPdf.out());
    }
}
