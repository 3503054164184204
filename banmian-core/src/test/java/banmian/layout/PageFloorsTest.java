package banmian.layout;

import banmian.eval.PageScore;
import banmian.eval.PageScorer;
import banmian.eval.RmrbTruth;
import banmian.io.PageJson;
import banmian.model.PageMeta;
import banmian.testing.PageFloors;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import banmian.text.InputDecoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every real page's text layer, from every extractor in the corpus, held to its own floor
 * ({@link PageFloors}): a mean over pages lets one page's loss hide behind another's gain.
 */
@RealPages
class PageFloorsTest {

    static Stream<PageFloors> textLayers() throws IOException {
        return PageFloors.of("pdfminer", "pdftotext", "pdftotext-raw");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textLayers")
    void everyPageHoldsItsFloor(PageFloors floor) throws Exception {
        Path corpus = SharedCorpus.directory().resolve("corpus/rmrb");
        Path text = corpus.resolve("text/" + floor.page() + "." + floor.input() + ".txt");
        String decoded = InputDecoder.decode(Files.readAllBytes(text), text.toString());
        PageScore score = PageScorer.score(RmrbTruth.load(corpus.resolve("truth"), floor.page()),
                PageJson.toTree(new PageParser().parse(PageParser.lines(decoded), PageMeta.UNKNOWN)), false);
        assertTrue(score.bodyF1() >= floor.bodyF1(), () -> floor + ": body_f1 " + score.bodyF1() + " under its floor "
                + floor.bodyF1() + "\n" + score.report());
        assertTrue(score.articlesPaired() >= floor.paired(), () -> floor + ": " + score.articlesPaired()
                + " truth articles paired, under its floor " + floor.paired() + "\n" + score.report());
    }
}
