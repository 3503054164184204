package banmian.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static banmian.eval.PythonWhitespace.squash;

/**
 * Port of the referee /work/shared/eval/score.py ({@code score(truth, pred, paragraphs)}): scores a parsed page
 * (FORMAT.md JSON) against its truth with the same pairing, the same arithmetic and so the same figures.
 */
public final class PageScorer {
    /** What an unpaired truth article is compared with: Python's {@code {}}. */
    private static final JsonNode NO_ARTICLE = JsonNodeFactory.instance.objectNode();

    private PageScorer() {
    }

    /**
     * @param truth      a gold page ({@code paragraphs = true}) or {@link RmrbTruth#load scraped truth}
     *                   ({@code paragraphs = false}, which relaxes title and byline checks and skips paragraph F1)
     * @param pred       the parsed page
     * @param paragraphs whether the truth's paragraph boundaries are authoritative
     */
    public static PageScore score(JsonNode truth, JsonNode pred, boolean paragraphs) {
        if (!truth.has("articles")) {
            throw new IllegalArgumentException("truth has no \"articles\"");
        }
        List<JsonNode> truthArticles = PythonJson.items(truth, "articles");
        List<JsonNode> predArticles = PythonJson.items(pred, "articles");
        List<String> truthBodies = truthArticles.stream().map(ArticleText::body).toList();
        List<String> predBodies = predArticles.stream().map(ArticleText::body).toList();
        Map<Integer, Integer> pairs = ArticlePairing.pair(truthBodies, predBodies);

        List<ArticleScore> articleScores = new ArrayList<>();
        int boundariesBoth = 0, boundariesTruth = 0, boundariesPred = 0;
        for (int i = 0; i < truthArticles.size(); i++) {
            JsonNode truthArticle = truthArticles.get(i);
            Integer predIndex = pairs.get(i);
            JsonNode predArticle = predIndex == null ? NO_ARTICLE : predArticles.get(predIndex);
            double bodyF1 = predIndex == null ? 0.0 : CharF1.of(truthBodies.get(i), predBodies.get(predIndex));
            if (paragraphs) {
                Set<ArticleText.ParagraphBoundary> truthBoundaries = ArticleText.paragraphBoundaries(truthArticle);
                Set<ArticleText.ParagraphBoundary> predBoundaries = ArticleText.paragraphBoundaries(predArticle);
                boundariesBoth += intersectionSize(truthBoundaries, predBoundaries);
                boundariesTruth += truthBoundaries.size();
                boundariesPred += predBoundaries.size();
            }
            articleScores.add(new ArticleScore(ArticleText.label(truthArticle), predIndex != null, bodyF1,
                    ArticleFields.judge(truthArticle, predArticle, paragraphs)));
        }
        return new PageScore(truthArticles.size(), predArticles.size(), pairs.size(), meanBodyF1(articleScores),
                fieldsExact(articleScores), captionsExact(truthArticles, predArticles),
                paragraphs ? boundaryF1(boundariesBoth, boundariesTruth, boundariesPred) : null, articleScores);
    }

    /** Mean over truth articles, summed left to right as Python 3.11's {@code sum()} does (3.12 compensates). */
    private static double meanBodyF1(List<ArticleScore> articleScores) {
        if (articleScores.isEmpty()) {
            return 0.0;
        }
        double sum = 0.0;
        for (ArticleScore articleScore : articleScores) {
            sum += articleScore.bodyF1();
        }
        return sum / articleScores.size();
    }

    /** Share of judged fields, over all articles, that the prediction has right; 1.0 when none is judged. */
    private static double fieldsExact(List<ArticleScore> articleScores) {
        int judged = 0, right = 0;
        for (ArticleScore articleScore : articleScores) {
            for (boolean verdict : articleScore.fields().values()) {
                judged++;
                right += verdict ? 1 : 0;
            }
        }
        return judged == 0 ? 1.0 : (double) right / judged;
    }

    /** F1 of paragraph boundaries over the page; 1.0 when neither side has any. */
    private static double boundaryF1(int both, int truthOnes, int predOnes) {
        return truthOnes + predOnes == 0 ? 1.0 : (double) (2 * both) / (truthOnes + predOnes);
    }

    /** Share of the truth's distinct captions found among the prediction's; null when the truth has none. */
    private static Double captionsExact(List<JsonNode> truthArticles, List<JsonNode> predArticles) {
        Set<String> truthCaptions = captions(truthArticles);
        if (truthCaptions.isEmpty()) {
            return null;
        }
        return (double) intersectionSize(truthCaptions, captions(predArticles)) / truthCaptions.size();
    }

    /** Every caption on the page as "text|credit", whitespace removed. */
    private static Set<String> captions(List<JsonNode> articles) {
        Set<String> captions = new HashSet<>();
        for (JsonNode article : articles) {
            for (JsonNode caption : PythonJson.items(article, "captions")) {
                captions.add(squash(PythonJson.text(caption, "text")) + "|" + squash(PythonJson.text(caption, "credit")));
            }
        }
        return captions;
    }

    private static <T> int intersectionSize(Set<T> left, Set<T> right) {
        return (int) left.stream().filter(right::contains).count();
    }
}
