package banmian.layout.tag;

import banmian.layout.PlacedPage;
import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static banmian.layout.PlacedPage.FIELDS;
import static banmian.layout.PlacedPage.WATER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Furniture told by where it is set: the head band, index boxes, advertisements, column labels. */
class PlacedFurnitureTest {

    @Test
    void theMastheadBandAboveTheHeadRuleIsNoArticle() {
        Page page = new PlacedPage()
                .boldBlock(20, 10, 60, "人民日报")
                .block(280, 15, 10, "RENMIN RIBAO", "2019年10月28日 星期一", "今日20版")
                .rule(20, 500, 90)
                .headlineOver(20, 110, "春耕备耕正当时", 15, FIELDS)
                .parse();
        assertEquals(1, page.articles().size(), page::toString);
        assertEquals("春耕备耕正当时", page.articles().get(0).headlineText());
        assertEquals(FIELDS, page.articles().get(0).bodyText());
        assertEquals(List.of(BlockType.MASTHEAD, BlockType.FURNITURE, BlockType.FURNITURE, BlockType.FURNITURE), types(page));
        assertEquals("人民日报", page.unassigned().get(0).text());
        assertEquals("RENMIN RIBAO", page.unassigned().get(1).text());
    }

    @Test
    void withoutAHeadRuleWhatIsLevelWithTheRunningHeadIsFurniture() {
        Page page = new PlacedPage()
                .boldBlock(20, 10, 60, "人民日报")
                .block(280, 15, 10, "RENMIN RIBAO", "2019年10月28日 星期一", "今日20版")
                .headlineOver(20, 110, "春耕备耕正当时", 15, FIELDS)
                .parse();
        assertEquals(1, page.articles().size(), page::toString);
        assertEquals("春耕备耕正当时", page.articles().get(0).headlineText());
        assertEquals(List.of(BlockType.MASTHEAD, BlockType.FURNITURE, BlockType.FURNITURE, BlockType.FURNITURE), types(page));
    }

    @Test
    void anAdvertisementInAFrameIsListedWhole() {
        Page page = new PlacedPage()
                .headlineOver(20, 40, "春耕备耕正当时", 15, FIELDS)
                .frame(20, 300, 480, 200)
                .boldBlock(150, 330, 50, "和顺家电")
                .block(170, 400, 20, "用心服务每一天")
                .block(160, 440, 14, "服务热线：400-123-4567")
                .parse();
        assertEquals(1, page.articles().size(), page::toString);
        assertEquals("春耕备耕正当时", page.articles().get(0).headlineText());
        assertEquals(List.of(new Block(BlockType.ADVERTISEMENT, "和顺家电 用心服务每一天 服务热线：400-123-4567", List.of(10, 12, 14))),
                page.unassigned());
    }

    @Test
    void anAdvertisementAcrossTheFootUnderARuleNeedsNoFrame() {
        Page page = new PlacedPage()
                .headlineOver(20, 40, "春耕备耕正当时", 15, FIELDS)
                .rule(20, 500, 300)
                .boldBlock(150, 330, 50, "和顺家电")
                .block(160, 400, 14, "www.heshun.example.cn")
                .parse();
        assertEquals(1, page.articles().size(), page::toString);
        assertEquals(List.of(BlockType.ADVERTISEMENT), types(page));
    }

    @Test
    void aBoxedArticleStaysAnArticleWhatEverItsWording() {
        String text = WATER + "咨询电话：010-12345678。";
        Page page = new PlacedPage()
                .headlineOver(20, 40, "春耕备耕正当时", 15, FIELDS)
                .frame(15, 290, 200, 230)
                .headlineOver(20, 300, "全市排查供水管网", 15, text)
                .parse();
        assertEquals(2, page.articles().size(), page::toString);
        assertEquals(text, page.articles().get(1).bodyText());
        assertEquals(List.of(), page.unassigned());
    }

    @Test
    void anIndexBoxGivesOneBlockPerItem() {
        Page page = new PlacedPage()
                .headlineOver(20, 40, "春耕备耕正当时", 15, FIELDS)
                .frame(330, 85, 170, 80)
                .boldBlock(340, 90, 14, "导读")
                .block(340, 115, 10, "春运铁路增开临时列车（4版）", "全市供水管网排查完成（6版）", "县里推广种植新技术（12版）")
                .parse();
        assertEquals(1, page.articles().size(), page::toString);
        assertEquals(FIELDS, page.articles().get(0).bodyText());
        assertEquals(List.of("导读", "春运铁路增开临时列车（4版）", "全市供水管网排查完成（6版）", "县里推广种植新技术（12版）"),
                page.unassigned().stream().map(Block::text).toList());
        assertEquals(List.of(BlockType.INDEX, BlockType.INDEX, BlockType.INDEX, BlockType.INDEX), types(page));
    }

    @Test
    void aColumnLabelBoxedOnItsOwnIsNeitherKickerNorHeadline() {
        Page page = new PlacedPage()
                .frame(18, 36, 56, 18)
                .boldBlock(22, 39, 12, "人民时评")
                .headlineOver(20, 70, "春耕备耕正当时", 15, FIELDS)
                .parse();
        assertEquals(1, page.articles().size(), page::toString);
        Article article = page.articles().get(0);
        assertEquals("春耕备耕正当时", article.headlineText());
        assertNull(article.kicker());
        assertEquals(List.of(new Block(BlockType.COLUMN, "人民时评", List.of(1))), page.unassigned());
    }

    @Test
    void aColumnLabelHeadsTheTextUnderIt() {
        Page page = new PlacedPage()
                .column(20, 40, 10, 15, FIELDS)
                .frame(178, 38, 26, 16)
                .boldBlock(182, 40, 10, "简讯")
                .column(180, 65, 10, 15, WATER)
                .parse();
        assertEquals(List.of(FIELDS, WATER), page.articles().stream().map(Article::bodyText).toList(), page::toString);
        assertEquals(List.of(BlockType.COLUMN), types(page));
    }

    private static List<BlockType> types(Page page) {
        return page.unassigned().stream().map(Block::type).toList();
    }
}
