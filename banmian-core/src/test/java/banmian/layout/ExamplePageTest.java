package banmian.layout;

import banmian.eval.PageScore;
import banmian.eval.PageScorer;
import banmian.io.PageJson;
import banmian.model.Article;
import banmian.model.Page;
import banmian.model.PageMeta;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled example page (written for this project) against the articles it was written from. */
class ExamplePageTest {
    private static final Path EXAMPLES = repositoryRoot().resolve("examples");

    @Test
    void exampleParsesToItsGold() throws Exception {
        Page page = parseExample();
        PageScore score = PageScorer.score(new ObjectMapper().readTree(EXAMPLES.resolve("sample-page.gold.json").toFile()),
                PageJson.toTree(page), true);
        assertEquals(2, score.articlesPaired(), score::report);
        assertEquals(1.0, score.bodyF1(), 1e-9, score::report);
        assertEquals(1.0, score.fieldsExact(), score::report);
        assertEquals(1.0, score.captionsExact(), score::report);
        assertEquals(1.0, score.paragraphF1(), score::report);
    }

    @Test
    void provenancePointsBackAtTheInputLines() throws Exception {
        Page page = parseExample();
        Article first = page.articles().get(0);
        assertEquals(List.of(51), first.headline().lines(), "the headline printed after its body");
        assertEquals(List.of(5, 7, 9, 11, 13, 15), first.body().get(0).lines());
        assertEquals("服务延伸到家门口", first.body().get(3).text());
        assertEquals(List.of(37), first.body().get(3).lines());
        assertTrue(LayoutFixtures.unplaced(page).isEmpty(), () -> "unassigned: " + page.unassigned());
        assertEquals(3, page.meta().number());
        assertEquals("城市", page.meta().section());
    }

    private static Page parseExample() throws Exception {
        String text = Files.readString(EXAMPLES.resolve("sample-page.txt"), StandardCharsets.UTF_8);
        return new PageParser().parse(PageParser.lines(text), PageMeta.UNKNOWN);
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples"))) {
                return dir;
            }
        }
        throw new IllegalStateException("examples/ not found above " + System.getProperty("user.dir"));
    }
}
