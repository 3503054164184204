package banmian.eval;

import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gold page scored against itself and against a damaged copy. Expected figures and reports are what
 * {@code python3 /work/shared/eval/score.py --gold <gold> --pred <file> [--json]} (Python 3.11) printed for the same
 * files, the damaged copy having been made by the same steps in Python.
 */
@RealPages
class GoldPageScoreTest {
    @Test
    void goldAgainstItselfIsPerfect() throws IOException {
        JsonNode gold = SharedCorpus.luliangGold();

        PageScore score = PageScorer.score(gold, gold, true);

        assertEquals(new PageScore(4, 4, 4, 1.0, 1.0, 1.0, 1.0, score.articles()), score);
        assertTrue(score.articles().stream().allMatch(article -> article.paired() && article.bodyF1() == 1.0
                && !article.fields().containsValue(false)));
        assertEquals("""
                paired body_f1=1.0000 fields ok                      全国政协十四届二次会议闭幕
                paired body_f1=1.0000 fields ok                      扬帆起航风正劲 稳舵奋楫势昂扬
                paired body_f1=1.0000 fields ok                      3月5日，为期40天的2
                paired body_f1=1.0000 fields ok                      画好最大同心圆 共谱壮美新华章
                articles_truth=4 articles_pred=4 articles_paired=4 body_f1=1.0000 fields_exact=1.0000 \
                captions_exact=1.0000 paragraph_f1=1.0000""", score.report());
    }

    @Test
    void damagedCopyScoresAsTheRefereeScoresIt(@TempDir Path temp) throws IOException {
        JsonNode gold = SharedCorpus.luliangGold();
        Path damagedFile = temp.resolve("damaged.json");
        SharedCorpus.JSON.writeValue(damagedFile.toFile(), damage(gold));

        PageScore score = PageScorer.score(gold, SharedCorpus.JSON.readTree(damagedFile.toFile()), true);

        // score.py --json: {"articles_truth": 4, "articles_pred": 3, "articles_paired": 3, "body_f1": 0.7118126272912424,
        //   "fields_exact": 0.85, "captions_exact": 0.6666666666666666, "paragraph_f1": 0.5531914893617021}
        assertEquals(new PageScore(4, 3, 3, 0.7118126272912424, 0.85, 0.6666666666666666, 0.5531914893617021,
                score.articles()), score);
        assertEquals("""
                paired body_f1=1.0000 wrong: headline                全国政协十四届二次会议闭幕
                MISSED body_f1=0.0000 wrong: headline,subtitle       扬帆起航风正劲 稳舵奋楫势昂扬
                paired body_f1=1.0000 fields ok                      3月5日，为期40天的2
                paired body_f1=0.8473 fields ok                      画好最大同心圆 共谱壮美新华章
                articles_truth=4 articles_pred=3 articles_paired=3 body_f1=0.7118 fields_exact=0.8500 \
                captions_exact=0.6667 paragraph_f1=0.5532""", score.report());
    }

    /**
     * Rename the first headline, split the third article's first paragraph after 20 characters, swap the last
     * article's first two paragraphs, and drop the second article (with its caption).
     */
    private static JsonNode damage(JsonNode gold) {
        ObjectNode damaged = gold.deepCopy();
        ArrayNode articles = (ArrayNode) damaged.get("articles");
        ((ObjectNode) articles.get(0)).put("headline", "全国政协十四届二次会议胜利闭幕");

        ArrayNode thirdBody = (ArrayNode) articles.get(2).get("body");
        String first = thirdBody.get(0).get("text").textValue();
        int cut = first.offsetByCodePoints(0, 20);
        thirdBody.remove(0);
        thirdBody.insert(0, paragraph(damaged, first.substring(cut)));
        thirdBody.insert(0, paragraph(damaged, first.substring(0, cut)));

        ArrayNode lastBody = (ArrayNode) articles.get(3).get("body");
        JsonNode opening = lastBody.get(0);
        lastBody.set(0, lastBody.get(1));
        lastBody.set(1, opening);

        articles.remove(1);
        return damaged;
    }

    private static ObjectNode paragraph(ObjectNode page, String text) {
        return page.objectNode().put("type", "paragraph").put("text", text);
    }
}
