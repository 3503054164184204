package banmian.layout;

import banmian.layout.line.Decision;
import banmian.layout.line.DecisionLog;
import banmian.layout.line.Dialect;
import banmian.layout.line.Facts;
import banmian.layout.line.PageAnalysis;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.model.SourceLine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decision log and {@code parse --explain}: what every block and line became, and which rule decided it. */
class ExplanationTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "sample-page.txt");

    private static List<SourceLine> example() throws IOException {
        return PageParser.lines(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
    }

    private static PageAnalysis analyse(DecisionLog log) throws IOException {
        return new PageParser().analyse(example(), PageMeta.UNKNOWN, null, log);
    }

    @Test
    void recordingChangesNothingInThePage() throws IOException {
        Page quiet = analyse(DecisionLog.off()).get(Facts.PAGE);
        Page explained = analyse(DecisionLog.recording()).get(Facts.PAGE);
        assertEquals(quiet, explained);
    }

    @Test
    void aLogThatIsOffRecordsNothing() throws IOException {
        PageAnalysis analysis = analyse(DecisionLog.off());
        assertTrue(analysis.log().decisions().isEmpty());
        assertTrue(analysis.log().stagesRun().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Explanation.of("x", analysis));
    }

    @Test
    void everyLineGivenARoleOtherThanBodyNamesTheRuleThatGaveIt() throws IOException {
        Explanation explanation = Explanation.of("sample-page.txt", analyse(DecisionLog.recording()));
        assertFalse(explanation.lines().isEmpty());
        for (Explanation.LineReport line : explanation.lines()) {
            if (!line.role().equals("BODY") && !line.role().equals("-")) {
                Decision last = line.decisions().stream().filter(decision -> decision.outcome().equals(line.role()))
                        .reduce((a, b) -> b).orElse(null);
                assertTrue(last != null && !last.rule().isEmpty() && !last.stage().isEmpty(),
                        "line " + line.line() + " (" + line.role() + ") has no rule: " + line.decisions());
            }
        }
    }

    @Test
    void theHeadlinesAndTheirPlacementAreExplained() throws IOException {
        Explanation explanation = Explanation.of("sample-page.txt", analyse(DecisionLog.recording()));
        List<Explanation.BlockReport> headlines = explanation.blocks().stream()
                .filter(block -> block.field().equals("headline")).toList();
        assertFalse(headlines.isEmpty());
        for (Explanation.BlockReport headline : headlines) {
            assertTrue(headline.decisions().stream().anyMatch(decision -> decision.outcome().equals("TITLE")),
                    headline.text() + ": no title decision in " + headline.decisions());
            assertTrue(headline.decisions().stream().anyMatch(decision -> decision.stage().startsWith("place-titles")),
                    headline.text() + ": no placement in " + headline.decisions());
        }
        assertEquals(Dialect.BOXES, explanation.dialect());
        assertTrue(explanation.stages().contains("reading-order"));
        assertTrue(explanation.stages().stream().anyMatch(stage -> stage.startsWith("place-titles-on-merged")));
    }

    @Test
    void theTextFormNamesBlocksLinesAndRules() throws IOException {
        String text = Explanation.of("sample-page.txt", analyse(DecisionLog.recording())).toText();
        assertTrue(text.startsWith("sample-page.txt: read as boxes (detected)"), text);
        assertTrue(text.contains("article 1\n  "), text);
        assertTrue(text.contains("furniture/"), text);
        assertTrue(text.contains("\nlines\n"), text);
    }

    @Test
    void theJsonFormHoldsTheSameAsTheText() throws IOException {
        Explanation explanation = Explanation.of("sample-page.txt", analyse(DecisionLog.recording()));
        JsonNode json = new ObjectMapper().readTree(explanation.toJson());
        assertEquals("boxes", json.get("dialect").get("id").asText());
        assertEquals(explanation.blocks().size(), json.get("blocks").size());
        assertEquals(explanation.lines().size(), json.get("lines").size());
        JsonNode firstLine = json.get("lines").get(0);
        assertEquals(explanation.lines().get(0).line(), firstLine.get("line").asInt());
        assertEquals(explanation.lines().get(0).role(), firstLine.get("role").asText());
    }

    @Test
    void aForcedDialectIsSaidToBeForced() throws IOException {
        PageAnalysis analysis = new PageParser().analyse(example(), PageMeta.UNKNOWN, Dialect.PDFTOTEXT_RAW, DecisionLog.recording());
        Explanation explanation = Explanation.of("sample-page.txt", analysis);
        assertEquals(Dialect.PDFTOTEXT_RAW, explanation.dialect());
        assertTrue(explanation.forced());
        assertTrue(explanation.toText().startsWith("sample-page.txt: read as pdftotext-raw (forced)"));
    }
}
