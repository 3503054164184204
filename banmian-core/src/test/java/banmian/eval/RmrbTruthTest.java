package banmian.eval;

import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected values are what score.py's load_rmrb(truth_dir, "rmrb2018010207") returned under Python 3.11. */
@RealPages
class RmrbTruthTest {
    @Test
    void loadsThePageLikeTheReferee() throws IOException {
        ObjectNode truth = RmrbTruth.load(SharedCorpus.rmrbTruthDirectory(), "rmrb2018010207");

        assertFalse(truth.get("_paragraphs").booleanValue());
        assertEquals(List.of(
                        "null|新时代：发展新方位 奋进新目标|null|陈曙光|rmrb2018010201.json",
                        "null|意气风发走进新时代|null|欧阳辉|rmrb2018010202.json",
                        "让中国特色社会主义展现出更加强大生命力|深刻理解新时代划时代意义|null|刘志明|rmrb2018010203.json"),
                describe(truth, "kicker", "headline", "subtitle", "byline", "_file"));
        // Block type initial and length: chapter names become headings and leave the paragraph they began.
        assertEquals(List.of("p121 h8 p745 h8 p703 h8 p681 h8 p653 h8 p867", "p1470", "p1604"), bodyShapes(truth));
        assertEquals("新时代的鲜明主题", truth.get("articles").get(0).get("body").get(1).get("text").textValue());
    }

    @Test
    void theDateStemNamesTheSamePage() throws IOException {
        assertEquals(RmrbTruth.load(SharedCorpus.rmrbTruthDirectory(), "rmrb2018010207"),
                RmrbTruth.load(SharedCorpus.rmrbTruthDirectory(), "rmrb20180102"));
    }

    @Test
    void aPageWithoutTruthIsAnError() {
        IOException error = assertThrows(IOException.class,
                () -> RmrbTruth.load(SharedCorpus.rmrbTruthDirectory(), "rmrb2099010107"));
        assertTrue(error.getMessage().contains("no truth files for page rmrb2099010107"), error.getMessage());
    }

    private static List<String> describe(JsonNode truth, String... fields) {
        List<String> rows = new ArrayList<>();
        for (JsonNode article : truth.get("articles")) {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                values.add(article.get(field).isNull() ? "null" : article.get(field).textValue());
            }
            rows.add(String.join("|", values));
        }
        return rows;
    }

    private static List<String> bodyShapes(JsonNode truth) {
        List<String> shapes = new ArrayList<>();
        for (JsonNode article : truth.get("articles")) {
            List<String> blocks = new ArrayList<>();
            for (JsonNode block : article.get("body")) {
                String text = block.get("text").textValue();
                blocks.add(block.get("type").textValue().charAt(0) + "" + text.codePointCount(0, text.length()));
            }
            shapes.add(String.join(" ", blocks));
        }
        return shapes;
    }
}
