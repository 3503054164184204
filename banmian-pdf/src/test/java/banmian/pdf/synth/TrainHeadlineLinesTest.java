package banmian.pdf.synth;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the trainer labels a text layer's lines from a page's truth. */
class TrainHeadlineLinesTest {

    @Test
    void titleShapedLinesAreLabelledFromTheTruth() throws Exception {
        JsonNode truth = Synthesizer.JSON.readTree("""
                {"articles": [{"kicker": null, "headline": "城乡公交一体化覆盖全部行政村", "subtitle": "全省新开通线路一百二十条",
                  "body": [{"type": "paragraph", "text": "记者从省交通运输厅获悉，今年以来全省新开通城乡公交线路一百二十条。"},
                           {"type": "paragraph", "text": "城乡公交一体化"}]}]}
                """);
        String text = """
                4　要闻

                学习贯彻全会精神

                城乡公交一体化覆盖全部行政村

                ——全省新开通线路一百二十条

                记者从省交通运输厅获悉，今年
                以来全省新开通城乡公交线路一
                百二十条。

                城乡公交一体化
                """;
        TrainHeadlineLines.LabelledLines data = new TrainHeadlineLines.LabelledLines();
        data.addLines(text, truth, 0);
        List<Boolean> labels = data.labels;
        // The running head is furniture and text lines with punctuation are no candidates. The column
        // banner is in no article (not a headline line), the headline and the subtitle (its dash not in
        // the truth) are headline lines, the title-shaped text line is not, 城乡公交一体化 is in both.
        assertEquals(List.of(false, true, true, false), labels);
        assertEquals(labels.size(), data.rows.size());
    }
}
