package banmian.pdf;

import banmian.eval.PageScore;
import banmian.eval.PageScorer;
import banmian.eval.RmrbTruth;
import banmian.io.PageJson;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF path on the real development pages, scored by the Java port of the referee
 * (../shared/eval/score.py). The floors are today's figures; the targets (body_f1 0.98,
 * fields_exact 0.95) are not reached yet, see the README.
 */
@RealPages
class PdfPathRegressionTest {
    private static final String[] DEVELOPMENT_PAGES = {
        "rmrb2018010207", "rmrb2018010307", "rmrb2018010407", "rmrb2018010507",
        "rmrb2018010807", "rmrb2018011007", "rmrb2018011207", "rmrb2018011707",
    };
    private static final double BODY_F1_FLOOR = 0.975;
    private static final double FIELDS_EXACT_FLOOR = 1.0;

    @Test
    void developmentPagesFromPdf() throws Exception {
        Path corpus = SharedCorpus.directory().resolve("corpus/rmrb");
        List<PageScore> scores = new ArrayList<>();
        for (String name : DEVELOPMENT_PAGES) {
            Path pdf = corpus.resolve(name + ".pdf");
            List<PdfPage> pages = new PdfReader().read(Files.readAllBytes(pdf), pdf.toString());
            assertEquals(1, pages.size(), name);
            Page parsed = new PdfPageParser().parse(pages.get(0), PageMeta.UNKNOWN);
            scores.add(PageScorer.score(RmrbTruth.load(corpus.resolve("truth"), name), PageJson.toTree(parsed), false));
        }
        String report = String.join("\n", scores.stream().map(PageScore::summaryLine).toList());
        for (PageScore score : scores) {
            assertEquals(score.articlesTruth(), score.articlesPaired(), () -> "unpaired truth articles\n" + score.report());
        }
        double bodyF1 = scores.stream().mapToDouble(PageScore::bodyF1).average().orElse(0);
        double fields = scores.stream().mapToDouble(PageScore::fieldsExact).average().orElse(0);
        assertTrue(bodyF1 >= BODY_F1_FLOOR, () -> "mean body_f1 " + bodyF1 + "\n" + report);
        assertTrue(fields >= FIELDS_EXACT_FLOOR, () -> "mean fields_exact " + fields + "\n" + report);
    }

    /** The referee itself (score.py, Python 3) on the JSON the PDF path writes agrees with the port. */
    @Test
    void refereeAgreesOnTheWrittenJson(@TempDir Path out) throws Exception {
        Path shared = SharedCorpus.directory();
        Path truth = shared.resolve("corpus/rmrb/truth");
        for (String name : DEVELOPMENT_PAGES) {
            Path pdf = shared.resolve("corpus/rmrb/" + name + ".pdf");
            Page parsed = new PdfPageParser().parse(new PdfReader().read(Files.readAllBytes(pdf), pdf.toString()).get(0), PageMeta.UNKNOWN);
            Path json = Files.writeString(out.resolve(name + ".json"), PageJson.toJson(parsed));
            Process python = new ProcessBuilder("python3", shared.resolve("eval/score.py").toString(), "--truth-dir", truth.toString(),
                    "--page", name, "--pred", json.toString(), "--json").redirectErrorStream(true).start();
            String printed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, python.waitFor(), () -> "score.py failed (python3 is installed by .ci/run):\n" + printed);
            JsonNode referee = SharedCorpus.JSON.readTree(printed.lines().filter(line -> line.startsWith("{")).findFirst().orElseThrow());
            PageScore port = PageScorer.score(RmrbTruth.load(truth, name), PageJson.toTree(parsed), false);
            assertEquals(referee.path("body_f1").asDouble(), port.bodyF1(), 1e-9, name);
            assertEquals(referee.path("fields_exact").asDouble(), port.fieldsExact(), 1e-9, name);
            assertEquals(referee.path("articles_paired").asInt(), port.articlesPaired(), name);
        }
    }

    @Test
    void furnitureGivesThePageMetadata() throws Exception {
        Path pdf = SharedCorpus.directory().resolve("corpus/rmrb/rmrb2018010507.pdf");
        Page parsed = new PdfPageParser().parse(new PdfReader().read(Files.readAllBytes(pdf), pdf.toString()).get(0), PageMeta.UNKNOWN);
        assertEquals(LocalDate.of(2018, 1, 5), parsed.meta().date());
        assertEquals(7, parsed.meta().number());
        assertEquals("理论", parsed.meta().section());
        PageMeta caller = new PageMeta("人民日报", null, 9, null);
        Page overridden = new PdfPageParser().parse(new PdfReader().read(Files.readAllBytes(pdf), pdf.toString()).get(0), caller);
        assertEquals(9, overridden.meta().number(), "caller options override the furniture");
        assertEquals("人民日报", overridden.meta().paper());
    }
}
