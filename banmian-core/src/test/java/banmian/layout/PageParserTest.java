package banmian.layout;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Caption;
import banmian.model.Page;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole invented page through the text path. */
class PageParserTest {

    static final String PAGE = page(
            box("2025年6月18日 星期三"),
            box("5 社会"),
            box("让好家风代代相传"),
            box("郑明远"),
            box("家风是一个家庭的精神内核，",
                    "也是社会风气的重要组成部分。",
                    "一个家庭的家风好不好，往往体",
                    "现在日常生活的点滴之中。"),
            box("在不少地方，好家风的故事口",
                    "口相传。有的老人把勤俭持家的",
                    "道理写成家训，挂在堂屋正中；",
                    "有的家庭每年都要召开家庭会议，",
                    "一起商量家里的大事小情。"),
            box("家风连着民风"),
            box("好家风带动好民风。近年来，",
                    "各地通过评选文明家庭、举办家",
                    "风讲堂等方式，让好家风走出家",
                    "门、走进社区，成为滋养社会风",
                    "气的源头活水。"),
            box("（作者为北方师范大学马克思主义",
                    "学院教授）"),
            box("本报讯 （记者 孟凡） 连日来，",
                    "我市各社区陆续开展夏季消防安",
                    "全检查，重点排查电动自行车违",
                    "规停放、楼道堆放杂物等隐患。",
                    "截至目前，已排查居民楼八百余",
                    "栋，整改隐患一千多处。（下转2版）"),
            box("夏日傍晚，滨江公园的步道",
                    "上人来人往。今年，公园新建了",
                    "一条长约三公里的夜跑步道，沿",
                    "途设置了照明和饮水点，成为市",
                    "民夜间健身的好去处。"),
            box("据公园管理处介绍，夜跑步道",
                    "开放以来，每晚接待市民两千多",
                    "人次。管理处还组建了志愿者队",
                    "伍，在步道沿线提供服务。"),
            box("6月15日晚，市民在滨江公园夜跑步道上锻炼。",
                    "本报记者 周亮 摄"),
            box("滨 江 夜 跑 步 道 人 气 旺",
                    "——公园延长开放时间方便市民健身"));

    @Test
    void metadataComesFromTheFurniture() {
        Page page = LayoutFixtures.parse(PAGE);
        assertEquals(LocalDate.of(2025, 6, 18), page.meta().date());
        assertEquals(5, page.meta().number());
        assertEquals("社会", page.meta().section());
    }

    @Test
    void threeArticlesInReadingOrder() {
        Page page = LayoutFixtures.parse(PAGE);
        assertEquals(3, page.articles().size(), LayoutFixtures.dump(page));
        assertEquals("让好家风代代相传", page.articles().get(0).headlineText());
        assertNull(page.articles().get(1).headlineText());
        assertEquals("滨江夜跑步道人气旺", page.articles().get(2).headlineText());
        assertTrue(LayoutFixtures.unplaced(page).isEmpty(), LayoutFixtures.dump(page));
    }

    @Test
    void opinionArticleWithBylineHeadingAndAuthorNote() {
        Article article = LayoutFixtures.parse(PAGE).articles().get(0);
        assertEquals(new Block(BlockType.HEADLINE, "让好家风代代相传", List.of(5)), article.headline());
        assertEquals(new Block(BlockType.BYLINE, "郑明远", List.of(7)), article.byline());
        assertEquals(new Block(BlockType.AUTHOR_NOTE, "（作者为北方师范大学马克思主义学院教授）", List.of(28, 29)), article.authorNote());
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.HEADING, BlockType.PARAGRAPH),
                article.body().stream().map(Block::type).toList());
        assertEquals("家风连着民风", article.body().get(2).text());
        assertEquals("好家风带动好民风。近年来，各地通过评选文明家庭、举办家风讲堂等方式，让好家风走出家门、走进社区，"
                + "成为滋养社会风气的源头活水。", article.body().get(3).text());
        assertNull(article.dateline());
        assertNull(article.continuedTo());
    }

    @Test
    void newsFlashWithoutHeadlineIsItsOwnArticle() {
        Article article = LayoutFixtures.parse(PAGE).articles().get(1);
        assertNull(article.headline());
        assertNull(article.kicker());
        assertNull(article.subtitle());
        assertEquals(new Block(BlockType.DATELINE, "本报讯", List.of(31)), article.dateline());
        assertEquals(new Block(BlockType.BYLINE, "记者 孟凡", List.of(31)), article.byline());
        assertEquals(2, article.continuedTo());
        assertEquals(List.of(new Block(BlockType.PARAGRAPH, "连日来，我市各社区陆续开展夏季消防安全检查，重点排查电动自行车违规停放、"
                + "楼道堆放杂物等隐患。截至目前，已排查居民楼八百余栋，整改隐患一千多处。", List.of(31, 32, 33, 34, 35, 36))),
                article.body());
        assertTrue(article.captions().isEmpty());
    }

    @Test
    void headlinePrintedAfterItsBodyAndThePhotoJoinTheirArticle() {
        Article article = LayoutFixtures.parse(PAGE).articles().get(2);
        assertEquals(new Block(BlockType.HEADLINE, "滨江夜跑步道人气旺", List.of(52)), article.headline());
        assertEquals(new Block(BlockType.SUBTITLE, "公园延长开放时间方便市民健身", List.of(53)), article.subtitle());
        assertEquals(List.of(new Caption("6月15日晚，市民在滨江公园夜跑步道上锻炼。", "本报记者 周亮 摄", List.of(49, 50))),
                article.captions());
        assertEquals(2, article.body().size());
        assertTrue(article.bodyText().startsWith("夏日傍晚，滨江公园的步道上人来人往。"));
    }

    @Test
    void nothingIsDropped() {
        Page page = LayoutFixtures.parse(PAGE);
        Set<Integer> content = LayoutFixtures.contentLines(PAGE);
        Set<Integer> provenance = LayoutFixtures.provenance(page);
        assertEquals(content, provenance, LayoutFixtures.dump(page));
        assertTrue(!provenance.contains(1) && !provenance.contains(3), "furniture never appears in articles");
        assertEquals(Set.of(1, 3), LayoutFixtures.furnitureProvenance(page), "the furniture is listed unassigned");
        assertEquals(List.of(new Block(BlockType.FURNITURE, "2025年6月18日 星期三", List.of(1)), new Block(BlockType.FURNITURE, "5 社会", List.of(3))),
                page.unassigned().stream().filter(block -> block.type().isFurniture()).toList());
    }

    @Test
    void everyBodyLineBelongsToExactlyOneBlock() {
        Page page = LayoutFixtures.parse(PAGE);
        List<Integer> bodyLines = page.articles().stream().flatMap(a -> a.body().stream()).flatMap(b -> b.lines().stream()).toList();
        assertEquals(bodyLines.size(), bodyLines.stream().distinct().count(), "a line used twice: " + bodyLines);
    }

    @Test
    void emptyAndBlankInputGiveAnEmptyPage() {
        Page empty = LayoutFixtures.parse("");
        assertTrue(empty.articles().isEmpty());
        assertTrue(empty.unassigned().isEmpty());
        Page blank = LayoutFixtures.parse("\n\n   \n");
        assertTrue(blank.articles().isEmpty());
    }

    @Test
    void crlfInputParsesLikeLf() {
        Page lf = LayoutFixtures.parse(PAGE);
        Page crlf = LayoutFixtures.parse(PAGE.replace("\n", "\r\n"));
        assertEquals(lf, crlf);
    }
}
