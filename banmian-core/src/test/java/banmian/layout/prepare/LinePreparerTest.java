package banmian.layout.prepare;

import banmian.layout.LayoutFixtures;
import banmian.layout.line.TextLine;
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

    @Test
    void aVisualLineBrokenAtAWideGapBeforeAnOpeningQuoteIsJoined() {
        // poppler's default mode cuts the line 事实证明，“一国两制”是解决 in two at the quote.
        List<TextLine> lines = prepare(box(
                "香 港 回 归 祖 国 以 来 的 实 践 充 分",
                "证 明 ，这 一 方 针 是 行 之 有 效 的 。",
                "事实证明，",
                "“一国两制”是解决",
                "历 史 遗 留 问 题 的 最 佳 方 案 ，也 是",
                "保持长期繁荣稳定的最佳制度。"));
        assertEquals("事实证明，“一国两制”是解决", lines.get(2).raw);
        assertEquals(List.of(3, 4), lines.get(2).sources);
        assertEquals(5, lines.size());
    }

    @Test
    void aVisualLineBrokenAfterACommaIsJoined() {
        List<TextLine> lines = prepare(box(
                "行 百 里 者 半 九 十 。 我 们 只 有 付",
                "出更为艰巨、更为艰苦的努力，",
                "坚 忍 不 拔 、锲 而 不 舍 ，才 能 奋 力",
                "谱写社会主义现代化新征程壮",
                "丽篇章，",
                "胜利到达复兴彼岸。"));
        assertEquals("丽篇章，胜利到达复兴彼岸。", lines.get(4).raw);
        assertEquals(5, lines.size(), "a full line ending in a comma stays as it is");
    }

    @Test
    void shortLinesThatDoNotFillTheMeasureTogetherStayApart() {
        // a paragraph's short last line and a short heading: their widths do not add up to the column
        List<TextLine> lines = prepare(box(
                "中 国 特 色 社 会 主 义 进 入 新 时 代 ，",
                "这 是 我 国 发 展 新 的 历 史 方 位 ，也",
                "是我们的新坐标：",
                "“新时代”",
                "开 启 全 面 建 设 社 会 主 义 现 代 化 强"));
        assertEquals(5, lines.size(), texts(lines).toString());
    }

    @Test
    void aParagraphEndFollowedByAnOpeningBracketStaysApart() {
        List<TextLine> lines = prepare(box(
                "行 百 里 者 半 九 十 。 我 们 只 有 付",
                "出更为艰巨、更为艰苦的努力，",
                "坚 忍 不 拔 、锲 而 不 舍 ，才 能 奋 力",
                "谱写社会主义现代化新征程壮",
                "丽篇章。",
                "（作者为某大学教授）"));
        assertEquals(6, lines.size(), texts(lines).toString());
    }

    @Test
    void aColonIntroducingAQuotationDoesNotEndTheVisualLine() {
        List<TextLine> lines = prepare(box(
                "行 百 里 者 半 九 十 。 我 们 只 有 付",
                "出更为艰巨、更为艰苦的努力，",
                "坚 忍 不 拔 、锲 而 不 舍 ，才 能 奋 力",
                "谱写社会主义现代化新征程壮",
                "丽篇章。他指出：",
                "“行百里者"));
        assertEquals("丽篇章。他指出：“行百里者", lines.get(4).raw);
    }
}
