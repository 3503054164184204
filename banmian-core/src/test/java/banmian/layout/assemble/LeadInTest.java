package banmian.layout.assemble;

import banmian.layout.LayoutFixtures;
import banmian.layout.line.TextLine;
import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Dateline and bracketed reporters cut from an article's first paragraph. */
class LeadInTest {

    private static TextLine firstLine(String raw) {
        return new TextLine(0, 0, List.of(5), raw, false, null);
    }

    private static TextLine line(int source, String raw) {
        return new TextLine(source - 5, 0, List.of(source), raw, false, null);
    }

    private static Block paragraph(String text) {
        return new Block(BlockType.PARAGRAPH, text, List.of(5, 6, 7));
    }

    @Test
    void agencyDatelineAndBracketedReporter() {
        LeadIn leadIn = LeadIn.split(List.of(firstLine("新华社北京3月10日电 （记者 林一帆） 全国")),
                List.of(paragraph("新华社北京3月10日电（记者林一帆）全国春耕备耕工作会议10日召开。"), paragraph("会议指出，")));
        assertEquals(new Block(BlockType.DATELINE, "新华社北京3月10日电", List.of(5)), leadIn.dateline);
        assertEquals(new Block(BlockType.BYLINE, "记者 林一帆", List.of(5)), leadIn.byline);
        assertEquals(List.of(new Block(BlockType.PARAGRAPH, "全国春耕备耕工作会议10日召开。", List.of(5, 6, 7)), paragraph("会议指出，")),
                leadIn.body);
    }

    @Test
    void aBracketWrappedInsideItsWordIsReadJoined() {
        LeadIn leadIn = LeadIn.split(List.of(line(5, "本报南京10月13日电（记"), line(6, "者 任芳凯）10月30日，浙江")),
                List.of(paragraph("本报南京10月13日电（记者任芳凯）10月30日，浙江省安吉县实验小学的学生下田体验农事。")));
        assertEquals(new Block(BlockType.DATELINE, "本报南京10月13日电", List.of(5)), leadIn.dateline);
        assertEquals(new Block(BlockType.BYLINE, "记者 任芳凯", List.of(5, 6)), leadIn.byline);
        assertEquals("10月30日，浙江省安吉县实验小学的学生下田体验农事。", leadIn.body.get(0).text());
    }

    @Test
    void aDatelineAndItsReportersMayRunOverThreeNarrowLines() {
        LeadIn leadIn = LeadIn.split(List.of(line(5, "新华社东京10月9"), line(6, "日电（记者 梁洋、叶"), line(7, "凯凯）新西兰总理")),
                List.of(paragraph("新华社东京10月9日电（记者梁洋、叶凯凯）新西兰总理日前宣布成立专门机构。")));
        assertEquals("新华社东京10月9日电", leadIn.dateline.text().replace(" ", ""));
        assertEquals(List.of(5, 6), leadIn.dateline.lines());
        assertEquals("记者梁洋、叶凯凯", leadIn.byline.text().replace(" ", ""));
        assertEquals(List.of(5, 6, 7), leadIn.byline.lines());
        assertEquals("新西兰总理日前宣布成立专门机构。", leadIn.body.get(0).text());
    }

    @Test
    void newsFlashWithPaddedDate() {
        LeadIn leadIn = LeadIn.split(List.of(firstLine("本报讯 （记者 张明）  11 月 24")),
                List.of(paragraph("本报讯（记者张明）11月24日，城东新区首座社区图书馆开馆。")));
        assertEquals("本报讯", leadIn.dateline.text());
        assertEquals("记者 张明", leadIn.byline.text());
        assertEquals("11月24日，城东新区首座社区图书馆开馆。", leadIn.body.get(0).text());
    }

    @Test
    void ownPaperDatelineWithoutReporters() {
        LeadIn leadIn = LeadIn.split(List.of(firstLine("本报北京1月2日电 记者从有关")),
                List.of(paragraph("本报北京1月2日电记者从有关部门获悉，春运将于下月开始。")));
        assertEquals("本报北京1月2日电", leadIn.dateline.text());
        assertNull(leadIn.byline);
        assertEquals("记者从有关部门获悉，春运将于下月开始。", leadIn.body.get(0).text());
    }

    @Test
    void punctuationAfterTheDatelineGoesWithIt() {
        LeadIn leadIn = LeadIn.split(List.of(firstLine("本报讯：近日，城东新区")), List.of(paragraph("本报讯：近日，城东新区首座图书馆开馆。")));
        assertEquals("本报讯", leadIn.dateline.text());
        assertEquals("近日，城东新区首座图书馆开馆。", leadIn.body.get(0).text());
    }

    @Test
    void aParagraphThatIsOnlyTheLeadInIsRemoved() {
        LeadIn leadIn = LeadIn.split(List.of(firstLine("本报讯 （通讯员 邓佳）")),
                List.of(paragraph("本报讯（通讯员邓佳）"), paragraph("连日来，各地积极备耕。")));
        assertEquals("通讯员 邓佳", leadIn.byline.text());
        assertEquals(List.of(paragraph("连日来，各地积极备耕。")), leadIn.body);
    }

    @Test
    void noDatelineLeavesTheBodyAlone() {
        List<Block> body = List.of(paragraph("记者从新华社了解到，春运将于下月开始。"));
        LeadIn leadIn = LeadIn.split(List.of(firstLine("记者从新华社了解到，春运将")), body);
        assertNull(leadIn.dateline);
        assertNull(leadIn.byline);
        assertSame(body, leadIn.body);
    }

    @Test
    void aHeadingFirstIsLeftAlone() {
        List<Block> body = List.of(new Block(BlockType.HEADING, "本报讯", List.of(5)));
        LeadIn leadIn = LeadIn.split(List.of(firstLine("本报讯")), body);
        assertNull(leadIn.dateline);
        assertSame(body, leadIn.body);
    }

    @Test
    void throughTheParserTheLeadInLeavesTheFirstParagraph() {
        Page page = LayoutFixtures.parse(page(
                box("全国春耕备耕有序推进"),
                box("新华社北京3月10日电 （记者 林一帆）",
                        "记者从农业农村部获悉，全国春",
                        "耕备耕工作进展顺利，各地农资",
                        "供应充足、价格平稳。")));
        Article article = page.articles().get(0);
        assertEquals("新华社北京3月10日电", article.dateline().text(), LayoutFixtures.dump(page));
        assertEquals("记者 林一帆", article.byline().text());
        assertEquals(List.of(3), article.byline().lines());
        assertEquals("全国春耕备耕有序推进", article.headlineText());
        assertEquals("记者从农业农村部获悉，全国春耕备耕工作进展顺利，各地农资供应充足、价格平稳。", article.bodyText());
        assertEquals(List.of(3, 4, 5, 6), article.body().get(0).lines());
    }
}
