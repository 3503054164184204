package banmian.layout;

import org.junit.jupiter.api.Test;

import java.util.List;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lines as the extractor gave them, with overprinted display type read once. */
class LinePreparerTest {

    private static List<TextLine> prepare(String text) {
        return new LinePreparer().prepare(LayoutFixtures.input(text));
    }

    private static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(line -> line.raw).toList();
    }

    @Test
    void overprintedKickerAndItsShadowLayerReadAsOneDisplayLine() {
        // The kicker 新征程： printed over a shadow: the second layer comes out without its colon,
        // and the colon at the head of the headline's line.
        List<TextLine> lines = prepare(page(box("新征程：", "新征程", "：明确新目标 谱写新篇章", "朱炳元")));
        assertEquals(List.of("新征程：明确新目标 谱写新篇章", "朱炳元"), texts(lines));
        assertEquals(List.of(1, 2, 3), lines.get(0).sources, "the shadow's lines stay in the provenance");
    }

    @Test
    void aLineExtractedTwiceIsKeptOnce() {
        List<TextLine> lines = prepare(page(box("优先发展教育事业", "优先发展教育事业"), box("百年大计，教育为本。")));
        assertEquals(List.of("优先发展教育事业", "百年大计，教育为本。"), texts(lines));
    }

    @Test
    void aHeadlineRepeatingTheLastWordsOfTheTextAboveStays() {
        List<TextLine> lines = prepare(box("以新状态新作为踏上新征程，", "走好新时代的长征路。", "走好新时代的长征路"));
        assertEquals(3, lines.size(), texts(lines).toString());
    }
}
