package banmian.layout.segment;

import banmian.layout.LayoutFixtures;
import banmian.layout.line.Boundary;
import banmian.layout.line.Facts;
import banmian.layout.line.Piece;
import banmian.layout.line.TextLine;
import banmian.layout.order.ReadingOrder;
import banmian.model.Article;
import banmian.model.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Where the ordered body flow is cut into articles. */
class ArticleSegmenterTest {

    private static final String HEADLINE = box("老街非遗工坊焕发新活力");
    private static final String CRAFTS = page(
            box("走进古镇老街，一间间非遗",
                    "工坊错落有致。竹编、剪纸、陶",
                    "艺等老手艺在这里形成了产业。"),
            box("今年以来，当地出台扶持政",
                    "策，为入驻老街的非遗工坊减免",
                    "租金，并组织手艺人外出学习交",
                    "流，吸引更多年轻人回乡创业，",
                    "让老手艺有了新传人。"));
    private static final String WIRE = box(
            "新华社北京3月10日电 记者从",
            "有关部门获悉，今年春运期间全",
            "国铁路客流量稳步回升，各地车",
            "站秩序井然。");
    private static final String WEATHER = box(
            "近期早晚温差较大，气象部",
            "门提醒市民注意添衣保暖，老人",
            "和儿童尽量减少夜间外出。");

    private static List<Piece> pieces(String text) {
        return LayoutFixtures.upTo("segments", text).get(Facts.PIECES);
    }

    private static String firstLine(Piece piece) {
        return piece.lines().get(0).squashed;
    }

    @Test
    void aDatelineStartsANewArticle() {
        List<Piece> pieces = pieces(page(HEADLINE, CRAFTS, WIRE));
        assertEquals(2, pieces.size());
        assertEquals(Boundary.NONE, pieces.get(0).startedBy());
        assertEquals(Boundary.DATELINE, pieces.get(1).startedBy());
        assertEquals("新华社北京3月10日电记者从", firstLine(pieces.get(1)));
        assertEquals(8, pieces.get(0).lines().size());
    }

    @Test
    void aDatelineOpeningABoxStartsAnArticleAfterALineLeftOpen() {
        // the box before ends on a line no sentence mark closes (a photo credit, a label): the dateline still starts
        String credited = box("走进古镇老街，一间间非遗",
                "工坊错落有致，竹编、剪纸、陶",
                "艺等老手艺在这里形成了产业",
                "本报记者　张三摄");
        List<Piece> pieces = pieces(page(HEADLINE, credited, WIRE));
        assertEquals(2, pieces.size());
        assertEquals(Boundary.DATELINE, pieces.get(1).startedBy());
        assertEquals("新华社北京3月10日电记者从", firstLine(pieces.get(1)));
    }

    @Test
    void aDatelineArticleIsAssembledWithItsDateline() {
        Page page = LayoutFixtures.parse(page(HEADLINE, CRAFTS, WIRE));
        assertEquals(2, page.articles().size(), LayoutFixtures.dump(page));
        Article wire = page.articles().get(1);
        assertEquals("新华社北京3月10日电", wire.dateline().text());
        assertNull(wire.headline());
        assertEquals("记者从有关部门获悉，今年春运期间全国铁路客流量稳步回升，各地车站秩序井然。", wire.bodyText());
        assertEquals("老街非遗工坊焕发新活力", page.articles().get(0).headlineText());
    }

    @Test
    void aJumpToAnotherPageEndsTheArticle() {
        String jumped = CRAFTS.replace("让老手艺有了新传人。", "让老手艺有了新传人。（下转2版）");
        List<Piece> pieces = pieces(page(HEADLINE, jumped, WEATHER));
        assertEquals(2, pieces.size());
        assertEquals(Boundary.JUMP_MARKER, pieces.get(1).startedBy());
        assertEquals("近期早晚温差较大，气象部", firstLine(pieces.get(1)));

        Page page = LayoutFixtures.parse(page(HEADLINE, jumped, WEATHER));
        assertEquals(2, page.articles().size(), LayoutFixtures.dump(page));
        assertEquals(2, page.articles().get(0).continuedTo());
        assertNull(page.articles().get(1).continuedTo());
        assertEquals("今年以来，当地出台扶持政策，为入驻老街的非遗工坊减免租金，并组织手艺人外出学习交流，"
                + "吸引更多年轻人回乡创业，让老手艺有了新传人。",
                page.articles().get(0).body().get(1).text());
    }

    @Test
    void aJumpFromAnotherPageStartsAnArticle() {
        String continued = box("（上接第1版）近期早晚温差较",
                "大，气象部门提醒市民注意添衣",
                "保暖，老人和儿童减少外出。");
        List<Piece> pieces = pieces(page(HEADLINE, CRAFTS, continued));
        assertEquals(2, pieces.size());
        assertEquals(Boundary.JUMP_MARKER, pieces.get(1).startedBy());
        Page page = LayoutFixtures.parse(page(HEADLINE, CRAFTS, continued));
        assertEquals(2, page.articles().size(), LayoutFixtures.dump(page));
        assertEquals(1, page.articles().get(1).continuedFrom());
        assertEquals("近期早晚温差较大，气象部门提醒市民注意添衣保暖，老人和儿童减少外出。", page.articles().get(1).bodyText());
    }

    @Test
    void aBylineBetweenTwoBodiesSeparatesThem() {
        List<Piece> pieces = pieces(page(HEADLINE, CRAFTS, box("本报记者 孟凡"), box("气温骤降市民添衣"), WEATHER));
        assertEquals(2, pieces.size());
        assertEquals(Boundary.SEPARATOR, pieces.get(1).startedBy());
    }

    @Test
    void aChangeOfColumnMeasureAtAParagraphBoundary() {
        String wide = box(
                "近期早晚温差较大，气象部门提醒市民注",
                "意添衣保暖，老人和儿童尽量减少夜间外出，",
                "出行时注意交通安全，合理安排出行的时间，",
                "避免长时间在户外停留。遇到大风天气时，要",
                "远离广告牌和临时搭建物。");
        List<Piece> pieces = pieces(page(HEADLINE, CRAFTS, wide));
        assertEquals(2, pieces.size());
        assertEquals(Boundary.MEASURE_CHANGE, pieces.get(1).startedBy());
    }

    @Test
    void twoTextBlocksInMeasuresACharacterAndAHalfApart() {
        String column = box(
                "今年以来，当地出台扶持政",
                "策，为入驻老街的非遗工坊减免",
                "租金，并组织手艺人外出学习交",
                "流，吸引更多年轻人回乡创业，",
                "让老手艺有了新传人，老街也越",
                "来越热闹，游客络绎不绝，周末",
                "更是人头攒动。");
        String widerLines = box(
                "近期早晚温差较大，气象部门提醒",
                "市民注意保暖，老人、儿童尽量减少",
                "夜间外出，出行时注意安全、合理安",
                "排时间，避免长时间在户外停留；遇",
                "到大风天气，要远离广告牌、临时搭",
                "建物，雨雪天气出行，车辆要减速、",
                "慢行，注意保持安全车距。");
        List<Piece> apart = pieces(page(HEADLINE, column, widerLines));
        assertEquals(2, apart.size(), () -> apart.stream().map(ArticleSegmenterTest::firstLine).toList().toString());
        assertEquals(Boundary.MEASURE_CHANGE, apart.get(1).startedBy());
        String fewWiderLines = box(
                "近期早晚温差较大，气象部门提醒",
                "市民注意保暖，老人、儿童尽量减少",
                "夜间外出，出行时注意安全、合理安",
                "排时间，避免长时间在户外停留。");
        assertEquals(1, pieces(page(HEADLINE, column, fewWiderLines)).size(), "a short box says too little about its measure");
    }

    @Test
    void aLineEndingInAColonNeverEndsAnArticle() {
        // Text set around a picture in a narrow measure, its sentence announcing a quotation in the full one.
        String open = box(
                "今年以来，当地出台扶持政",
                "策，为入驻老街的非遗工坊减免",
                "租金，吸引年轻人回乡创业，让",
                "老手艺有了");
        String narrow = box(
                "新传人。面对",
                "新形势，老街",
                "负责人深有感",
                "触地说：");
        String wide = box(
                "“老手艺要传下去，就得让年轻人看到",
                "希望，愿意留下来，把手艺当成一份",
                "能养家的事业来做，这条街才能一直",
                "热闹下去。”");
        List<Piece> pieces = pieces(page(HEADLINE, open, narrow, wide));
        assertEquals(1, pieces.size(), () -> pieces.stream().map(ArticleSegmenterTest::firstLine).toList().toString());
    }

    @Test
    void aColumnWideDisplayLineLeftBetweenTwoArticlesSeparatesThem() {
        String ending = box(
                "当地还把老街的非遗工坊串成一",
                "条研学线路，吸引学生前来体验，",
                "让传统手艺在年轻一代中生根发芽。");
        String next = box(
                "坚持依法治国和以德治国相",
                "结合，是社会治理的一个鲜明特点，",
                "二者相辅相成、相得益彰，缺一不",
                "可，需要在实践中不断加以完善。");
        List<Piece> apart = pieces(page(HEADLINE, ending, box("认真学习宣传贯彻党的十九大精神"), next));
        assertEquals(2, apart.size(), () -> apart.stream().map(ArticleSegmenterTest::firstLine).toList().toString());
        assertEquals(Boundary.SEPARATOR, apart.get(1).startedBy());
        assertEquals(1, pieces(page(HEADLINE, ending, box("老手艺有了新传人"), next)).size(), "a section heading set short of the measure");
    }

    @Test
    void paragraphsOfOneColumnStayOneArticle() {
        List<Piece> pieces = pieces(page(HEADLINE, CRAFTS));
        assertEquals(1, pieces.size());
        assertEquals(8, pieces.get(0).lines().size());
    }
}
