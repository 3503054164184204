package banmian.pdf;

import banmian.eval.PageScore;
import banmian.eval.PageScorer;
import banmian.eval.RmrbTruth;
import banmian.io.PageJson;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.testing.PageFloors;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every real page PDF held to its own floor ({@link PageFloors}), not only the mean over pages. */
@RealPages
class PdfPageFloorsTest {

    static Stream<PageFloors> pagePdfs() throws IOException {
        return PageFloors.of("pdf");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagePdfs")
    void everyPageHoldsItsFloor(PageFloors floor) throws Exception {
        Path corpus = SharedCorpus.directory().resolve("corpus/rmrb");
        Path pdf = corpus.resolve(floor.page() + ".pdf");
        Page parsed = new PdfPageParser().parse(new PdfReader().read(Files.readAllBytes(pdf), pdf.toString()).get(0), PageMeta.UNKNOWN);
        PageScore score = PageScorer.score(RmrbTruth.load(corpus.resolve("truth"), floor.page()), PageJson.toTree(parsed), false);
        assertTrue(score.bodyF1() >= floor.bodyF1(), () -> floor + ": body_f1 " + score.bodyF1() + " under its floor "
                + floor.bodyF1() + "\n" + score.report());
        assertTrue(score.articlesPaired() >= floor.paired(), () -> floor + ": " + score.articlesPaired()
                + " truth articles paired, under its floor " + floor.paired() + "\n" + score.report());
    }
}
