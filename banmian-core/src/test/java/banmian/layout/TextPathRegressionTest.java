package banmian.layout;

import banmian.eval.ArticleScore;
import banmian.eval.PageScore;
import banmian.eval.PageScorer;
import banmian.eval.RmrbTruth;
import banmian.io.PageJson;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import banmian.text.InputDecoder;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text path on real pages, scored by the Java port of the referee (../shared/eval/score.py).
 * The floors are the figures the project must hold; see the README for what is measured today.
 */
@RealPages
class TextPathRegressionTest {
    private static final String[] DEVELOPMENT_PAGES = {
        "rmrb2018010207", "rmrb2018010307", "rmrb2018010407", "rmrb2018010507",
        "rmrb2018010807", "rmrb2018011007", "rmrb2018011207", "rmrb2018011707",
    };

    private final PageParser parser = new PageParser();

    @Test
    void seedPageMatchesItsGold() throws Exception {
        Path shared = SharedCorpus.directory();
        PageScore score = score(shared.resolve("samples/luliang-2024-03-11-p1.txt"), SharedCorpus.luliangGold(), true);
        assertEquals(4, score.articlesTruth());
        assertEquals(4, score.articlesPaired(), score::report);
        assertEquals(1.0, score.fieldsExact(), score::report);
        assertEquals(1.0, score.captionsExact(), score::report);
        assertTrue(score.bodyF1() >= 0.995, score::report);
        assertTrue(score.paragraphF1() >= 0.95, score::report);
    }

    @Test
    void seedPageMetadataComesFromCallerAndFurniture() throws Exception {
        Path seed = SharedCorpus.directory().resolve("samples/luliang-2024-03-11-p1.txt");
        PageMeta caller = new PageMeta("吕梁日报", LocalDate.of(2024, 3, 11), 1, null);
        Page page = parser.parse(PageParser.lines(read(seed)), caller);
        assertEquals(caller.paper(), page.meta().paper());
        assertEquals(1, page.meta().number());
        assertEquals(2, page.articles().get(1).continuedTo(), "（下转2版） closes the second article");
        assertTrue(page.unassigned().isEmpty(), () -> "unassigned: " + page.unassigned());
    }

    @Test
    void pdfminerTextOfDevelopmentPages() throws Exception {
        List<PageScore> scores = developmentScores("pdfminer");
        assertAllTruthArticlesPaired(scores);
        assertMeanBodyF1AtLeast(scores, PDFMINER_FLOOR);
    }

    @Test
    void pdftotextTextOfDevelopmentPages() throws Exception {
        List<PageScore> scores = developmentScores("pdftotext");
        assertAllTruthArticlesPaired(scores);
        assertMeanBodyF1AtLeast(scores, PDFTOTEXT_FLOOR);
    }

    /** PDFBox's PDFTextStripper in its default (content-stream) order, extracted here from the real PDFs. */
    @Test
    void pdfboxTextOfDevelopmentPages() throws Exception {
        List<PageScore> scores = pdfboxScores(false);
        assertAllTruthArticlesPaired(scores);
        assertMeanBodyF1AtLeast(scores, PDFBOX_FLOOR);
    }

    /**
     * PDFBox sorting by position, which joins the columns of a row with one space: dealt back into
     * columns only in part (see the README), held at today's figure.
     */
    @Test
    void pdfboxTextSortedByPositionOfDevelopmentPages() throws Exception {
        assertMeanBodyF1AtLeast(pdfboxScores(true), PDFBOX_SORTED_FLOOR);
    }

    private List<PageScore> pdfboxScores(boolean sortByPosition) throws Exception {
        Path truth = SharedCorpus.directory().resolve("corpus/rmrb/truth");
        List<PageScore> scores = new ArrayList<>();
        for (String page : DEVELOPMENT_PAGES) {
            Path pdf = SharedCorpus.directory().resolve("corpus/rmrb/" + page + ".pdf");
            String text;
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setSortByPosition(sortByPosition);
                text = stripper.getText(document);
            }
            Page parsed = parser.parse(PageParser.lines(text), PageMeta.UNKNOWN);
            scores.add(PageScorer.score(RmrbTruth.load(truth, page), PageJson.toTree(parsed), false));
        }
        return scores;
    }

    /**
     * pdfminer with a narrower character margin ({@code pdf2txt -M 1.0}), extracted here from the real
     * PDFs: the same extractor cutting its boxes differently (names split into one-character boxes)
     * must not cost much, as other settings on unseen pages would not.
     */
    @Test
    void pdfminerWithAnotherCharMarginOfDevelopmentPages() throws Exception {
        Path truth = SharedCorpus.directory().resolve("corpus/rmrb/truth");
        List<PageScore> scores = new ArrayList<>();
        for (String page : DEVELOPMENT_PAGES) {
            Path pdf = SharedCorpus.directory().resolve("corpus/rmrb/" + page + ".pdf");
            Page parsed = parser.parse(PageParser.lines(pdf2txt(pdf, "-M", "1.0")), PageMeta.UNKNOWN);
            scores.add(PageScorer.score(RmrbTruth.load(truth, page), PageJson.toTree(parsed), false));
        }
        assertAllTruthArticlesPaired(scores);
        assertMeanBodyF1AtLeast(scores, PDFMINER_OTHER_MARGIN_FLOOR);
    }

    /** The text of pdfminer's {@code pdf2txt} (Debian's python3-pdfminer, which .ci/run installs). */
    private static String pdf2txt(Path pdf, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("pdf2txt"));
        command.addAll(List.of(options));
        command.add(pdf.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            throw new AssertionError("pdf2txt (Debian package python3-pdfminer) is needed for this test and was not found", e);
        }
        byte[] text = process.getInputStream().readAllBytes();
        assertEquals(0, process.waitFor(), "pdf2txt failed on " + pdf);
        return new String(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void pdftotextRawTextOfDevelopmentPages() throws Exception {
        List<PageScore> scores = developmentScores("pdftotext-raw");
        assertMeanBodyF1AtLeast(scores, PDFTOTEXT_RAW_FLOOR);
    }

    @Test
    void furnitureNeverReachesArticles() throws Exception {
        for (String page : DEVELOPMENT_PAGES) {
            Page parsed = parse(textOf(page, "pdfminer"));
            assertEquals(7, parsed.meta().number(), page);
            assertEquals("理论", parsed.meta().section(), page);
            parsed.articles().forEach(article -> article.body().forEach(block ->
                    assertFalse(block.text().matches("\\d{4}年\\d{1,2}月\\d{1,2}日星期.") || block.text().equals("7理论"),
                            page + ": furniture in body: " + block.text())));
        }
    }

    /**
     * Floors for the development pages: pdfminer's and pdftotext's are the 0.90 (pdftotext's
     * is met by a small margin, 0.904); the others are today's figures, held against regressions.
     */
    private static final double PDFMINER_FLOOR = 0.90;
    private static final double PDFTOTEXT_FLOOR = 0.90;
    private static final double PDFBOX_FLOOR = 0.945;
    private static final double PDFTOTEXT_RAW_FLOOR = 0.94;
    private static final double PDFMINER_OTHER_MARGIN_FLOOR = 0.90;
    private static final double PDFBOX_SORTED_FLOOR = 0.40;

    private List<PageScore> developmentScores(String extractor) throws Exception {
        Path truth = SharedCorpus.directory().resolve("corpus/rmrb/truth");
        List<PageScore> scores = new ArrayList<>();
        for (String page : DEVELOPMENT_PAGES) {
            scores.add(score(textOf(page, extractor), RmrbTruth.load(truth, page), false));
        }
        return scores;
    }

    private static Path textOf(String page, String extractor) {
        return SharedCorpus.directory().resolve("corpus/rmrb/text/" + page + "." + extractor + ".txt");
    }

    private PageScore score(Path input, JsonNode truth, boolean paragraphs) throws Exception {
        return PageScorer.score(truth, PageJson.toTree(parse(input)), paragraphs);
    }

    private Page parse(Path input) throws Exception {
        return parser.parse(PageParser.lines(read(input)), PageMeta.UNKNOWN);
    }

    private static String read(Path input) throws Exception {
        return InputDecoder.decode(Files.readAllBytes(input), input.toString());
    }

    private static void assertAllTruthArticlesPaired(List<PageScore> scores) {
        for (PageScore score : scores) {
            List<String> missed = score.articles().stream().filter(article -> !article.paired()).map(ArticleScore::label).toList();
            assertTrue(missed.isEmpty(), () -> "unpaired truth articles: " + missed + "\n" + score.report());
        }
    }

    private static void assertMeanBodyF1AtLeast(List<PageScore> scores, double floor) {
        double mean = scores.stream().mapToDouble(PageScore::bodyF1).average().orElse(0);
        assertTrue(mean >= floor, () -> String.format("mean body_f1 %.4f below %.2f%n%s", mean, floor,
                String.join("\n", scores.stream().map(PageScore::summaryLine).toList())));
    }
}
