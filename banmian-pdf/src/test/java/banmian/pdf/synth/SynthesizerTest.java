package banmian.pdf.synth;

import banmian.eval.PageScore;
import banmian.eval.PageScorer;
import banmian.io.PageJson;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pdf.PdfPageParser;
import banmian.pdf.PdfReader;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page synthesizer (docs/synthesizer.md) on a few pages of every type: reproducible, its truth
 * printed on the page, and banmian's PDF path run on every page, its scores printed per page type (no
 * floors yet: the parser has not been tuned on these pages).
 */
@RealPages
class SynthesizerTest {
    private static final int PER_TYPE = 2;
    private static final long SEED = 20191001;
    private static Synthesizer synthesizer;
    private static final List<Synthesizer.SynthPage> PAGES = new ArrayList<>();

    @BeforeAll
    static void generate() {
        synthesizer = new Synthesizer(new ArticleSource(SharedCorpus.file("corpus/articles/rmrb-2019-10")));
        for (int i = 0; i < PER_TYPE * PageType.values().length; i++) {
            PAGES.add(synthesizer.page(Synthesizer.type(i), Synthesizer.seed(SEED, i)));
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        for (int i = 0; i < PageType.values().length; i++) {
            Synthesizer.SynthPage page = PAGES.get(i);
            Synthesizer.SynthPage again = synthesizer.page(page.type(), page.seed());
            assertArrayEquals(page.pdf(), again.pdf(), page.name());
            assertTrue(page.truth().equals(again.truth()), page.name());
        }
    }

    @Test
    void everyPageHasArticlesAndTheirTextIsOnThePageInOrder() throws Exception {
        for (Synthesizer.SynthPage page : PAGES) {
            assertFalse(page.truth().path("articles").isEmpty(), page.name() + " has no article");
            String text;
            try (PDDocument document = Loader.loadPDF(page.pdf())) {
                text = squash(new PDFTextStripper().getText(document));
            }
            for (JsonNode article : page.truth().path("articles")) {
                assertFalse(article.path("body").isEmpty(), page.name() + ": " + article.path("headline").asText() + " has no body");
                int at = 0;
                for (JsonNode block : article.path("body")) {
                    String wanted = squash(block.path("text").asText());
                    int found = text.indexOf(wanted, at);
                    assertTrue(found >= 0, page.name() + ": not on the page after " + at + ": " + wanted);
                    at = found + wanted.length();
                }
            }
        }
    }

    @Test
    void thePdfPathRunsOnEveryPageAndItsScoresArePrinted() throws Exception {
        Map<PageType, List<PageScore>> scores = new EnumMap<>(PageType.class);
        for (Synthesizer.SynthPage page : PAGES) {
            Page parsed = new PdfPageParser().parse(new PdfReader().read(page.pdf(), page.name() + ".pdf").get(0), PageMeta.UNKNOWN);
            PageScore score = PageScorer.score(page.truth(), PageJson.toTree(parsed), true);
            scores.computeIfAbsent(page.type(), t -> new ArrayList<>()).add(score);
        }
        for (Map.Entry<PageType, List<PageScore>> entry : scores.entrySet()) {
            List<PageScore> list = entry.getValue();
            System.out.printf("synth %-13s pages=%d body_f1=%.4f fields_exact=%.4f captions_exact=%s%n", entry.getKey(), list.size(),
                    list.stream().mapToDouble(PageScore::bodyF1).average().orElse(0),
                    list.stream().mapToDouble(PageScore::fieldsExact).average().orElse(0),
                    captions(list));
        }
    }

    private static String captions(List<PageScore> list) {
        var values = list.stream().map(PageScore::captionsExact).filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
        return values.length == 0 ? "none" : String.format("%.4f", java.util.Arrays.stream(values).average().orElse(0));
    }

    private static String squash(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }
}
