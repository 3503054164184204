package banmian.cli;

import banmian.testing.RealPages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {
    private static final String GOLD = "samples/luliang-2024-03-11-p1.gold.json";
    private static final String SAMPLE = "samples/luliang-2024-03-11-p1.txt";

    @TempDir
    Path dir;

    @RealPages
    @Test
    void goldAgainstItselfIsPerfect() {
        String gold = Cli.shared(GOLD).toString();
        Cli cli = Cli.run("eval", "--pred", gold, "--gold", gold);
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("articles_truth="), cli.out());
        assertTrue(lines.get(lines.size() - 1).contains(" body_f1=1.0000 "), cli.out());
    }

    @RealPages
    @Test
    void inputIsParsedFirst() throws IOException {
        Cli cli = Cli.run("eval", "--input", Cli.shared(SAMPLE).toString(), "--gold", Cli.shared(GOLD).toString(),
                "--json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode summary = new ObjectMapper().readTree(cli.out());
        assertTrue(summary.has("articles_truth") && summary.has("body_f1") && summary.has("paragraph_f1"), cli.out());
    }

    @RealPages
    @Test
    void scrapedTruthPageComesFromTheFileName() throws IOException {
        Path text = Cli.shared("corpus/rmrb/text/rmrb2018010207.pdftotext.txt");
        Path copy = Files.copy(text, dir.resolve(text.getFileName()));
        Cli cli = Cli.run("eval", "--input", copy.toString(), "--truth-dir", Cli.shared("corpus/rmrb/truth").toString(),
                "--json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode summary = new ObjectMapper().readTree(cli.out());
        assertTrue(summary.get("articles_truth").intValue() > 0, cli.out());
        assertTrue(summary.get("paragraph_f1").isNull(), cli.out());
    }

    @RealPages
    @Test
    void predictionThatIsNotJson() throws IOException {
        Path pred = Files.writeString(dir.resolve("pred.json"), "{ not json");
        Cli cli = Cli.run("eval", "--pred", pred.toString(), "--gold", Cli.shared(GOLD).toString());
        assertEquals(2, cli.exitCode());
        assertEquals(1, cli.errLines().size(), cli.err());
        assertTrue(cli.err().startsWith("banmian: " + pred + ": not JSON"), cli.err());
    }

    @Test
    void truthPageMustBeKnown() throws IOException {
        Path pred = Files.writeString(dir.resolve("pred.json"), "{\"articles\": []}");
        Cli cli = Cli.run("eval", "--pred", pred.toString(), "--truth-dir", dir.toString());
        assertEquals(2, cli.exitCode());
        assertEquals(List.of("banmian: " + pred + ": no rmrbYYYYMMDDNN in the file name; give --page"), cli.errLines());
    }

    @Test
    void predictionAndTruthAreRequired() {
        Cli cli = Cli.run("eval", "--json");
        assertEquals(2, cli.exitCode());
        assertEquals(1, cli.errLines().size(), cli.err());
    }
}
