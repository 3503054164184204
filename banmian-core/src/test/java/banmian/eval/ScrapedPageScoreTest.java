package banmian.eval;

import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scoring against scraped truth (paragraphs = false): bylines by name, the title as one block, no paragraph F1.
 * Expected figures are what score.py's score(load_rmrb(...), pred, paragraphs=False) gave under Python 3.11 for
 * predictions built by the same steps.
 */
class ScrapedPageScoreTest {
    @RealPages
    @Test
    void truthAsItsOwnPredictionIsPerfect() throws IOException {
        ObjectNode truth = RmrbTruth.load(SharedCorpus.rmrbTruthDirectory(), "rmrb2018010207");

        PageScore score = PageScorer.score(truth, predictionFrom(truth), false);

        assertEquals("articles_truth=3 articles_pred=3 articles_paired=3 body_f1=1.0000 fields_exact=1.0000 "
                + "captions_exact=None paragraph_f1=None", score.summaryLine());
    }

    @RealPages
    @Test
    void bylineByNameTitleAsABlockAndPairingRegardlessOfOrder() throws IOException {
        ObjectNode truth = RmrbTruth.load(SharedCorpus.rmrbTruthDirectory(), "rmrb2018010207");
        ObjectNode prediction = predictionFrom(truth);
        ArrayNode articles = (ArrayNode) prediction.get("articles");
        ((ObjectNode) articles.get(0)).putNull("byline").put("authorNote", "（作者为中央党校 陈曙光 研究员）");
        ((ObjectNode) articles.get(1)).put("kicker", "意气风发").put("headline", "走进新时代");
        ObjectNode third = (ObjectNode) articles.get(2);
        third.put("byline", "刘志").put("subtitle", "新");
        ObjectNode opening = (ObjectNode) third.get("body").get(0);
        String text = opening.get("text").textValue();
        opening.put("text", text.substring(0, text.offsetByCodePoints(0, 800)));
        prediction.set("articles", prediction.arrayNode().add(articles.get(2)).add(articles.get(1)).add(articles.get(0)));

        PageScore score = PageScorer.score(truth, prediction, false);

        assertEquals(new PageScore(3, 3, 3, 0.8885191347753744, 0.6666666666666666, null, null, score.articles()),
                score);
        assertEquals(0.6655574043261231, score.articles().get(2).bodyF1());
        assertEquals(Map.of("byline", false, "title", false), score.articles().get(2).fields());
        assertEquals("""
                paired body_f1=1.0000 fields ok                      新时代：发展新方位 奋进新目标
                paired body_f1=1.0000 fields ok                      意气风发走进新时代
                paired body_f1=0.6656 wrong: byline,title            深刻理解新时代划时代意义
                articles_truth=3 articles_pred=3 articles_paired=3 body_f1=0.8885 fields_exact=0.6667 \
                captions_exact=None paragraph_f1=None""", score.report());
    }

    @Test
    void spacedNamesMustAppearRunTogetherAndNoBylineMeansNonePredicted() throws IOException {
        // The referee squashes the byline before splitting it into names, so "汪 涛 吴光胜" is one name "汪涛吴光胜".
        JsonNode truth = SharedCorpus.JSON.readTree("""
                {"articles": [{"byline": "汪 涛 吴光胜", "body": [{"text": "甲乙丙丁"}]},
                              {"byline": "汪 涛 吴光胜", "body": [{"text": "戊己庚辛"}]},
                              {"byline": null, "body": [{"text": "子丑寅卯"}]}]}""");
        JsonNode prediction = SharedCorpus.JSON.readTree("""
                {"articles": [{"byline": "汪涛、吴光胜", "body": [{"text": "甲乙丙丁"}]},
                              {"byline": "记者 汪涛 吴光胜", "body": [{"text": "戊己庚辛"}]},
                              {"byline": "  ", "body": [{"text": "子丑寅卯"}]}]}""");

        PageScore score = PageScorer.score(truth, prediction, false);

        assertEquals(List.of(false, true, false),
                score.articles().stream().map(article -> article.fields().get("byline")).toList());
        assertEquals(0.6666666666666666, score.fieldsExact());
    }

    /** The truth's articles as a parser would emit them: FORMAT.md fields only, no truth file name. */
    private static ObjectNode predictionFrom(ObjectNode truth) {
        ObjectNode prediction = truth.objectNode();
        ArrayNode articles = prediction.putArray("articles");
        for (JsonNode article : truth.get("articles")) {
            ObjectNode copy = article.deepCopy();
            copy.remove(List.of("_file"));
            articles.add(copy);
        }
        return prediction;
    }
}
