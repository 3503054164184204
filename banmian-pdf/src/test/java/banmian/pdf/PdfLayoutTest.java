package banmian.pdf;

import banmian.model.Article;
import banmian.model.Page;
import banmian.model.PageMeta;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF path on pages generated here: flow across columns, spanning headlines, boxes, captions. */
class PdfLayoutTest {
    private static final String SPRING = "春耕时节，记者走进县里的几个村子，看到农民们正在田间忙碌，翻地、施肥、播种，"
            + "一派繁忙景象。今年县里推广新的种植技术，农业技术人员深入田间地头，手把手教农民科学种田，"
            + "帮助大家解决生产中遇到的实际困难。不少农民表示，有了技术指导，心里更踏实了，"
            + "对今年的收成充满信心。县农业农村局负责人介绍，全县今年计划推广良种面积十万亩。";
    private static final String WATER = "入冬以来，市里组织力量对全市的供水管网进行全面排查，更换老旧管道，"
            + "确保居民冬季用水安全。排查中发现的问题已经全部登记，正在逐项整改，"
            + "预计本月底前完成。市民如发现管道漏水，可拨打服务热线反映情况，维修人员将及时上门处理。";

    private final PdfPageParser parser = new PdfPageParser();

    @Test
    void bodyFlowsDownOneColumnAndOnIntoTheNext() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 60, 70, 28);
        pdf.text("本报记者 王小明", 140, 100, 10);
        int half = SPRING.length() / 2;
        pdf.column(SPRING.substring(0, half), 40, 120, 10, 15);
        pdf.column(SPRING.substring(half), 220, 120, 10, 15);
        Page page = parse(pdf);
        assertEquals(1, page.articles().size(), page::toString);
        Article article = page.articles().get(0);
        assertEquals("春耕备耕正当时", article.headlineText());
        assertEquals(SPRING, article.bodyText());
        assertTrue(article.byline().text().contains("王小明"), article.byline()::text);
    }

    @Test
    void articlesSideBySideAcrossARuleStayApart() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 40, 70, 22);
        pdf.column(SPRING, 40, 100, 10, 15);
        pdf.rule(205, 40, 205, 600);
        pdf.text("全市排查供水管网", 220, 70, 22);
        pdf.column(WATER, 220, 100, 10, 15);
        Page page = parse(pdf);
        assertEquals(List.of("春耕备耕正当时", "全市排查供水管网"), headlines(page));
        assertEquals(SPRING, page.articles().get(0).bodyText());
        assertEquals(WATER, page.articles().get(1).bodyText());
    }

    @Test
    void articleBelowASpanningArticleIsReadAfterIt() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 60, 60, 28);
        int half = SPRING.length() / 2;
        float end = Math.max(pdf.column(SPRING.substring(0, half), 40, 80, 10, 15),
                pdf.column(SPRING.substring(half), 220, 80, 10, 15));
        pdf.rule(40, end + 5, 380, end + 5);
        pdf.text("全市排查供水管网", 60, end + 40, 22);
        pdf.column(WATER, 40, end + 55, 10, 34);
        Page page = parse(pdf);
        assertEquals(List.of("春耕备耕正当时", "全市排查供水管网"), headlines(page));
        assertEquals(SPRING, page.articles().get(0).bodyText());
        assertEquals(WATER, page.articles().get(1).bodyText());
    }

    @Test
    void boxedSideArticleIsItsOwnArticle() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 40, 70, 22);
        pdf.column(SPRING, 40, 100, 10, 15);
        pdf.frame(215, 50, 180, 330);
        pdf.text("全市排查供水管网", 225, 80, 18);
        pdf.column(WATER, 225, 100, 10, 15);
        Page page = parse(pdf);
        assertEquals(2, page.articles().size(), page::toString);
        assertEquals(SPRING, page.articles().get(0).bodyText());
        assertEquals(WATER, page.articles().get(1).bodyText());
    }

    @Test
    void kickerHeadlineAndSubtitleBySize() {
        TestPdf pdf = new TestPdf();
        pdf.text("坚持农业农村优先发展", 80, 50, 14);
        pdf.text("春耕备耕正当时", 60, 90, 28);
        pdf.text("——来自田间地头的报道", 90, 120, 14);
        pdf.column(SPRING, 40, 140, 10, 34);
        Article article = parse(pdf).articles().get(0);
        assertEquals("坚持农业农村优先发展", article.kicker().text());
        assertEquals("春耕备耕正当时", article.headlineText());
        assertEquals("来自田间地头的报道", article.subtitle().text());
        assertEquals(SPRING, article.bodyText());
    }

    @Test
    void inArticleHeadingInsideAColumnIsAHeadingNotAHeadline() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 60, 60, 28);
        float after = pdf.column(SPRING, 40, 80, 10, 34);
        pdf.text("科学种田", 40, after + 10, 13);
        pdf.column(WATER, 40, after + 20, 10, 34);
        Page page = parse(pdf);
        assertEquals(1, page.articles().size(), page::toString);
        Article article = page.articles().get(0);
        assertEquals("科学种田", article.body().stream().filter(block -> block.type() == banmian.model.BlockType.HEADING)
                .findFirst().orElseThrow().text());
        assertNull(article.kicker());
    }

    @Test
    void captionUnderAPhotoGoesWithItsCredit() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 60, 60, 28);
        pdf.image(40, 80, 340, 150);
        pdf.text("图为村民在田间播种。 本报记者 王小明 摄", 40, 245, 9);
        pdf.column(SPRING, 40, 260, 10, 34);
        Page page = parse(pdf);
        Article article = page.articles().get(0);
        assertEquals(SPRING, article.bodyText());
        assertEquals(1, article.captions().size(), page::toString);
        assertEquals("图为村民在田间播种。", article.captions().get(0).text());
        assertEquals("本报记者 王小明 摄", article.captions().get(0).credit());
    }

    @Test
    void blocksCarryTheirBoxOnThePage() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 60, 60, 28);
        float end = pdf.column(SPRING, 40, 80, 10, 34);
        var tree = banmian.io.PageJson.toTree(parse(pdf));
        var body = tree.path("articles").path(0).path("body").path(0).path("bbox");
        assertEquals(40, body.path(0).asDouble(), 0.5);
        assertEquals(80 + 10 - 10 * 0.88, body.path(1).asDouble(), 0.5);
        assertEquals(340, body.path(2).asDouble(), 0.5, "34 characters of 10 points");
        assertEquals(end - 15 + 10 * 0.12 - body.path(1).asDouble(), body.path(3).asDouble(), 0.5);
        var headline = tree.path("articles").path(0).path("provenance").path("headlineBbox");
        assertEquals(60, headline.path(0).asDouble(), 0.5);
        assertEquals(196, headline.path(2).asDouble(), 0.5);
    }

    @Test
    void verticalHeadlineBesideItsColumn() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 40, 70, 24);
        pdf.column(SPRING, 40, 100, 10, 15);
        pdf.column(WATER, 240, 100, 10, 12);
        pdf.vertical("管网排查时代先行时代", 380, 100, 24);
        Page page = parse(pdf);
        assertEquals(List.of("春耕备耕正当时", "管网排查时代先行时代"), headlines(page), page::toString);
        assertEquals(WATER, page.articles().get(1).bodyText());
    }

    @Test
    void kickerClausesAndWideSetNamesStayOnTheirLines() {
        TestPdf pdf = new TestPdf();
        pdf.text("适应融合趋势", 60, 40, 16).text("增强竞争优势", 180, 40, 16);
        pdf.text("春耕备耕正当时", 60, 80, 28);
        pdf.text("汪", 100, 105, 10).text("涛", 121, 105, 10).text("吴光胜", 142, 105, 10).text("胡查平", 183, 105, 10);
        pdf.column(SPRING, 40, 120, 10, 34);
        Article article = parse(pdf).articles().get(0);
        assertEquals("适应融合趋势 增强竞争优势", article.kicker().text());
        assertEquals("春耕备耕正当时", article.headlineText());
        assertEquals("汪 涛 吴光胜 胡查平", article.byline().text());
        assertEquals(SPRING, article.bodyText());
    }

    @Test
    void boldHeadingInBodyTypeInsideAColumn() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 60, 60, 28);
        float after = pdf.column(SPRING, 40, 80, 10, 34);
        pdf.overprinted("科学种田", 40, after + 5, 10, 2, 0.3f);
        pdf.column(WATER, 40, after + 10, 10, 34);
        Page page = parse(pdf);
        assertEquals(1, page.articles().size(), page::toString);
        assertEquals(List.of("科学种田"), page.articles().get(0).body().stream()
                .filter(block -> block.type() == banmian.model.BlockType.HEADING).map(banmian.model.Block::text).toList());
    }

    @Test
    void shortLinesRightUnderAPhotoAreItsCaptionInTheArticleAroundIt() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 60, 60, 28);
        pdf.column(SPRING, 40, 80, 10, 15);
        pdf.image(220, 80, 160, 110);
        pdf.text("村民在田间播种。", 220, 205, 9);
        pdf.column(WATER.substring(0, 30), 220, 215, 10, 15);
        pdf.rule(30, 300, 400, 300);
        pdf.text("全市排查供水管网", 60, 340, 28);
        pdf.column(WATER.substring(30), 40, 360, 10, 34);
        Page page = parse(pdf);
        assertEquals(List.of("春耕备耕正当时", "全市排查供水管网"), headlines(page), page::toString);
        assertEquals(List.of("村民在田间播种。"), page.articles().get(0).captions().stream().map(banmian.model.Caption::text).toList());
        assertEquals(SPRING + WATER.substring(0, 30), page.articles().get(0).bodyText());
    }

    @Test
    void captionBesideThePhotoLevelWithItsFoot() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 60, 60, 28);
        pdf.image(40, 80, 200, 120);
        pdf.text("村民在田间", 250, 188, 9).text("播种。", 250, 199, 9);
        pdf.column(SPRING, 40, 215, 10, 34);
        Page page = parse(pdf);
        assertEquals(SPRING, page.articles().get(0).bodyText());
        assertEquals(List.of("村民在田间播种。"), page.articles().get(0).captions().stream().map(banmian.model.Caption::text).toList());
    }

    @Test
    void headlineSetAsTwoParallelClausesKeepsItsClauseSpace() {
        TestPdf pdf = new TestPdf();
        pdf.text("扬帆起航风正劲", 110, 50, 24);
        pdf.text("稳舵奋楫势昂扬", 110, 80, 24);
        pdf.column(SPRING, 40, 100, 10, 34);
        assertEquals("扬帆起航风正劲 稳舵奋楫势昂扬", parse(pdf).articles().get(0).headlineText());
    }

    @Test
    void longHeadlineBalancedOverTwoLinesIsOnePhrase() {
        TestPdf pdf = new TestPdf();
        pdf.text("国务院关于做好二〇二三年", 50, 50, 24);
        pdf.text("春耕备耕工作的若干意见", 62, 80, 24);
        pdf.column(SPRING, 40, 100, 10, 34);
        assertEquals("国务院关于做好二〇二三年春耕备耕工作的若干意见", parse(pdf).articles().get(0).headlineText());
    }

    @Test
    void ideographicSpaceAfterADatelineKeepsTheLineWhole() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 60, 50, 24);
        pdf.text("新华社北京1月1日电　新年第一天，", 40, 80, 10);
        pdf.column("首都各界群众以多种方式迎接新年。", 40, 85, 10, 34);
        Page page = parse(pdf);
        assertEquals("新华社北京1月1日电", page.articles().get(0).dateline().text());
        assertEquals("新年第一天，首都各界群众以多种方式迎接新年。", page.articles().get(0).bodyText());
    }

    @Test
    void oneLineParagraphIndentedIsAParagraphOfItsOwn() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 60, 50, 24);
        pdf.text("今年县里推广新的种植技术，农业技", 40, 80, 10);
        pdf.text("术人员深入田间地头手把手教种田。", 40, 95, 10);
        pdf.text("他点点头说好。", 60, 110, 10);
        pdf.text("县农业农村局负责人介绍，全县计划", 60, 125, 10);
        pdf.text("推广良种十万亩。", 40, 140, 10);
        assertEquals(List.of("今年县里推广新的种植技术，农业技术人员深入田间地头手把手教种田。", "他点点头说好。",
                        "县农业农村局负责人介绍，全县计划推广良种十万亩。"),
                parse(pdf).articles().get(0).body().stream().map(banmian.model.Block::text).toList());
    }

    @Test
    void briefBesideAPhotoAtThePageFootIsNoCaption() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 60, 50, 24);
        pdf.column(SPRING, 40, 70, 10, 15);
        pdf.image(200, 60, 180, 120);
        pdf.text("公园新开放", 400, 120, 14);
        pdf.column("本报讯 城东公园昨日起开放，市民可免费入园游览。", 400, 135, 10, 16);
        Page page = parse(pdf);
        assertEquals(List.of("春耕备耕正当时", "公园新开放"), headlines(page), page::toString);
        assertTrue(page.articles().get(1).captions().isEmpty());
    }

    @Test
    void furnitureAndJumpLinesOnAFrontPage() {
        TestPdf pdf = new TestPdf();
        pdf.text("2024年3月11日 星期一", 400, 20, 9).text("1 要闻", 530, 20, 12);
        pdf.rule(30, 28, 580, 28);
        pdf.text("春耕备耕正当时", 40, 70, 22);
        float end = pdf.column(SPRING, 40, 90, 10, 15);
        pdf.text("（下转2版）", 100, end + 2, 9);
        pdf.text("全市排查供水管网", 240, 70, 22);
        pdf.column(WATER, 240, 90, 10, 15);
        Page page = parse(pdf);
        assertEquals(LocalDate.of(2024, 3, 11), page.meta().date());
        assertEquals(1, page.meta().number());
        assertEquals(List.of("春耕备耕正当时", "全市排查供水管网"), headlines(page), page::toString);
        assertEquals(2, page.articles().get(0).continuedTo());
        assertEquals(SPRING, page.articles().get(0).bodyText());
        assertNull(page.articles().get(1).continuedTo());
    }

    @Test
    void paragraphRunsOnIntoTheNextColumnUnlessItsFirstLineIsIndented() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 60, 40, 24);
        // Column one (14 characters a line): a paragraph whose first sentence ends exactly at the
        // column's foot.
        pdf.text("春耕时节，记者走进县里的", 60, 80, 10);
        pdf.text("几个村子，看到农民们正在田间", 40, 95, 10);
        pdf.text("忙碌，翻地施肥一派繁忙景象。", 40, 110, 10);
        // Column two: the same paragraph goes on unindented, then an indented paragraph starts.
        pdf.text("今年县里推广新的种植技术，农", 220, 80, 10);
        pdf.text("民心里更踏实。", 220, 95, 10);
        pdf.text("县农业农村局负责人介绍，", 240, 110, 10);
        pdf.text("全县计划推广良种十万亩。", 220, 125, 10);
        List<banmian.model.Block> body = parse(pdf).articles().get(0).body();
        assertEquals(List.of("春耕时节，记者走进县里的几个村子，看到农民们正在田间忙碌，翻地施肥一派繁忙景象。今年县里推广新的种植技术，农民心里更踏实。",
                "县农业农村局负责人介绍，全县计划推广良种十万亩。"), body.stream().map(banmian.model.Block::text).toList());
    }

    private Page parse(TestPdf pdf) {
        return parser.parse(pdf.read(), PageMeta.UNKNOWN);
    }

    private static List<String> headlines(Page page) {
        return page.articles().stream().map(Article::headlineText).toList();
    }
}
