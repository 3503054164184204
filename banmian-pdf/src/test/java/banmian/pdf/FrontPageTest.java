package banmian.pdf;

import banmian.model.Article;
import banmian.model.Caption;
import banmian.model.Page;
import banmian.model.PageMeta;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A front page made up for this test, laid out the way Chinese dailies set one: masthead data, a
 * lead article with kicker, headline, subtitle and dateline over four columns (gutters one em wide)
 * with a photo in them, a ruled-off column of short items on the right, ruled apart, and an article
 * across the foot of the page.
 */
class FrontPageTest {
    private static final String LEAD = "新华社北京1月1日电 新年第一天，首都各界群众以多种方式迎接新年。清晨，天安门广场举行"
            + "隆重的升旗仪式，数万名群众早早来到广场，共同见证五星红旗冉冉升起。随后，各大公园、商场和文化场馆"
            + "迎来客流高峰，市民们逛庙会、看展览、品美食，节日气氛浓厚。交通部门加密地铁和公交班次，保障群众"
            + "安全便捷出行。各医院、供电、供水等单位坚守岗位，确保城市运行平稳有序。";
    private static final String BRIEF_ONE = "本报讯 全省首条山区高速公路日前建成通车，沿线群众出行时间大为缩短。";
    private static final String BRIEF_TWO = "本报讯 我市今年新建改建城市公园十二个，市民出门见绿的愿望逐步实现。";
    private static final String FOOT = "连日来，滨江新区的各个工地上机器轰鸣，一派繁忙景象。春风吹过江岸，工人们加班加点，"
            + "力争让重点项目早日建成投用，为全市经济发展注入新的动力。";

    @Test
    void frontPageComesApartIntoItsArticles() {
        TestPdf pdf = new TestPdf();
        pdf.text("2024年1月2日 星期二", 40, 20, 9).text("第12345期", 200, 20, 9).text("今日8版", 300, 20, 9);
        pdf.rule(30, 28, 580, 28);
        // Lead article over four columns (x 40..400), photo in columns two and three.
        pdf.text("新年新气象", 150, 50, 14);
        pdf.text("首都群众欢度元旦", 90, 82, 28);
        pdf.text("——各地节日市场供应充足", 120, 104, 14);
        pdf.image(130, 120, 180, 100);
        pdf.text("市民在公园游玩。本报记者 王小明 摄", 130, 231, 8);
        int perColumn = 34;
        float[] columns = {40, 130, 220, 310};
        float[] tops = {120, 240, 240, 120};
        int at = 0;
        for (int c = 0; c < 4 && at < LEAD.length(); c++) {
            int lines = c == 0 || c == 3 ? 10 : 6;
            for (int l = 0; l < lines && at < LEAD.length(); l++) {
                int end = Math.min(LEAD.length(), at + 8);
                pdf.text(LEAD.substring(at, end), columns[c], tops[c] + 10 + l * 14, 10);
                at = end;
            }
        }
        String rest = LEAD.substring(at);
        pdf.text("（下转第二版）", 320, 290, 9);
        // Right column of short items, ruled off.
        pdf.rule(410, 40, 410, 330);
        pdf.text("高速公路通车", 425, 60, 14);
        pdf.column(BRIEF_ONE, 425, 70, 10, 14);
        pdf.rule(420, 150, 580, 150);
        pdf.text("新建城市公园", 425, 170, 14);
        pdf.column(BRIEF_TWO, 425, 180, 10, 14);
        // The foot of the page.
        pdf.rule(30, 340, 580, 340);
        pdf.text("滨江新区项目建设忙", 60, 375, 22);
        pdf.column(FOOT, 40, 390, 10, 20);
        Page page = new PdfPageParser().parse(pdf.read(), PageMeta.UNKNOWN);

        assertEquals(java.time.LocalDate.of(2024, 1, 2), page.meta().date());
        assertEquals(List.of("首都群众欢度元旦", "高速公路通车", "新建城市公园", "滨江新区项目建设忙"),
                page.articles().stream().map(Article::headlineText).toList(), page::toString);
        Article lead = page.articles().get(0);
        assertEquals("新年新气象", lead.kicker().text());
        assertEquals("各地节日市场供应充足", lead.subtitle().text());
        assertEquals("新华社北京1月1日电", lead.dateline().text());
        assertEquals(LEAD.substring("新华社北京1月1日电 ".length(), LEAD.length() - rest.length()), lead.bodyText());
        assertEquals(2, lead.continuedTo());
        assertEquals(List.of("市民在公园游玩。|本报记者 王小明 摄"),
                lead.captions().stream().map(caption -> caption.text() + "|" + caption.credit()).toList());
        assertEquals(BRIEF_ONE.substring(4), page.articles().get(1).bodyText());
        assertEquals("本报讯", page.articles().get(1).dateline().text());
        assertEquals(BRIEF_TWO.substring(4), page.articles().get(2).bodyText());
        assertEquals(FOOT, page.articles().get(3).bodyText());
        assertNull(page.articles().get(3).continuedTo());
    }
}
