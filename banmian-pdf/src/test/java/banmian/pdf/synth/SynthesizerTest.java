package banmian.pdf.synth;

import banmian.testing.RealPages;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page synthesizer (docs/synthesizer.md) on a few pages of every type: reproducible, its truth
 * printed on the page. How banmian reads these pages is held by {@link SyntheticPageFloorsTest}.
 */
@RealPages
class SynthesizerTest {
    private static final int PER_TYPE = 2;
    private static List<Synthesizer.SynthPage> pages;

    @BeforeAll
    static void generate() {
        pages = SyntheticPages.first(PER_TYPE * PageType.values().length);
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        for (int i = 0; i < PageType.values().length; i++) {
            Synthesizer.SynthPage page = pages.get(i);
            Synthesizer.SynthPage again = SyntheticPages.synthesizer().page(page.type(), page.seed());
            assertArrayEquals(page.pdf(), again.pdf(), page.name());
            assertTrue(page.truth().equals(again.truth()), page.name());
        }
    }

    @Test
    void everyPageHasArticlesAndTheirTextIsOnThePageInOrder() throws Exception {
        for (Synthesizer.SynthPage page : pages) {
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

    private static String squash(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }
}
