package banmian.layout;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static banmian.layout.PlacedPage.FIELDS;
import static banmian.layout.PlacedPage.TRAINS;
import static banmian.layout.PlacedPage.WATER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared stages on lines that carry geometry: type sizes, headline ownership, rules, bylines. */
class GeometryEvidenceTest {
    @Test
    void displayTypeInsideAColumnIsAHeadingAndBodyTypeNeverATitle() {
        Page page = new PlacedPage()
                .block(60, 40, 28, "春耕备耕正当时")
                .column(40, 90, 10, 15, FIELDS)
                .block(40, 260, 13, "科学种田")
                .column(40, 285, 10, 15, WATER)
                .block(40, 420, 10, "短行不是标题")
                .parse();
        assertEquals(1, page.articles().size(), page::toString);
        Article article = page.articles().get(0);
        assertEquals("春耕备耕正当时", article.headlineText());
        List<String> headings = article.body().stream().filter(block -> block.type() == BlockType.HEADING).map(Block::text).toList();
        assertEquals(List.of("科学种田"), headings);
        assertTrue(article.bodyText().endsWith("短行不是标题"));
    }

    @Test
    void textBesideItsHeadlineBelongsToIt() {
        // A lead article: its first column starts at the top, left of the headline over the others.
        Page page = new PlacedPage()
                .column(20, 40, 10, 12, FIELDS.substring(0, 48))
                .block(160, 40, 30, "春耕备耕正当时")
                .column(160, 90, 10, 12, FIELDS.substring(48))
                .parse();
        assertEquals(1, page.articles().size(), page::toString);
        assertEquals("春耕备耕正当时", page.articles().get(0).headlineText());
        assertEquals(FIELDS, page.articles().get(0).bodyText());
    }

    @Test
    void aBoxsEdgeRightOverARuleAcrossThePageClosesTheBoxedArticle() {
        // A boxed article, a rule across the page just under the box, then a band of two: text whose
        // headline is not above it (a column label took its place) and an article with its headline.
        Page page = new PlacedPage()
                .frame(15, 30, 420, 190)
                .block(60, 40, 28, "春耕备耕正当时")
                .column(20, 90, 10, 40, FIELDS)
                .rule(15, 435, 226)
                .column(20, 250, 10, 15, WATER)
                .block(270, 240, 28, "春运增开列车")
                .column(250, 290, 10, 18, TRAINS)
                .rule(15, 435, 420)
                .parse();
        assertEquals(3, page.articles().size(), page::toString);
        assertEquals(FIELDS, page.articles().get(0).bodyText());
        assertEquals(WATER, LayoutFixtures.articleWith(page, WATER.substring(0, 10)).bodyText());
    }

    @Test
    void ruleClosesTheArticleAboveEvenWithoutAHeadlineBelow() {
        Page page = new PlacedPage()
                .block(60, 40, 28, "春耕备耕正当时")
                .column(40, 90, 10, 34, FIELDS)
                .rule(30, 400, 200)
                .column(40, 215, 10, 34, WATER)
                .parse();
        assertEquals(2, page.articles().size(), page::toString);
        assertEquals(FIELDS, page.articles().get(0).bodyText());
        assertEquals(WATER, page.articles().get(1).bodyText());
        assertNull(page.articles().get(1).headline());
    }

    @Test
    void headlineFarAcrossThePageDoesNotOwnTextWithoutOne() {
        Page page = new PlacedPage()
                .rule(30, 200, 60)
                .column(40, 70, 10, 15, WATER)
                .block(420, 70, 24, "春运温情")
                .column(420, 110, 10, 15, TRAINS)
                .parse();
        assertEquals(2, page.articles().size(), page::toString);
        assertEquals(WATER, page.articles().get(0).bodyText());
        assertNull(page.articles().get(0).headline());
        assertEquals(TRAINS, page.articles().get(1).bodyText());
    }

    @Test
    void articlesWithoutHeadlinesArePartedByTheirRules() {
        // Headlines set as pictures leave no title text: only the rules say where articles end.
        Page page = new PlacedPage()
                .column(40, 60, 10, 15, FIELDS)
                .verticalRule(205, 50, 400)
                .column(220, 60, 10, 15, WATER)
                .rule(210, 400, 240)
                .column(220, 250, 10, 15, TRAINS)
                .parse();
        assertEquals(List.of(FIELDS, WATER, TRAINS), page.articles().stream().map(Article::bodyText).toList(), page::toString);
    }

    @Test
    void boxedSummaryBetweenHeadlineAndTextClosesNothing() {
        Page page = new PlacedPage()
                .block(60, 40, 28, "春耕备耕正当时")
                .rule(30, 400, 85)
                .column(40, 90, 10, 34, "全县计划推广良种面积十万亩。")
                .rule(30, 400, 110)
                .column(40, 120, 10, 34, FIELDS)
                .parse();
        assertEquals(1, page.articles().size(), page::toString);
        assertEquals("春耕备耕正当时", page.articles().get(0).headlineText());
        assertTrue(page.articles().get(0).bodyText().endsWith(FIELDS));
    }

    @Test
    void verticalHeadlineOwnsEveryColumnOfItsBoxButNotAcrossARule() {
        Page page = new PlacedPage()
                .column(40, 90, 10, 12, FIELDS)
                .verticalRule(180, 80, 400)
                .column(200, 90, 10, 12, TRAINS.substring(0, 36))
                .column(340, 90, 10, 12, TRAINS.substring(36))
                .vertical(480, 90, 30, "春运温情")
                .parse();
        assertEquals(2, page.articles().size(), page::toString);
        assertEquals("春运温情", page.articles().get(1).headlineText());
        assertEquals(TRAINS, page.articles().get(1).bodyText());
        assertEquals(FIELDS, page.articles().get(0).bodyText());
    }

    @Test
    void verticalHeadlineOwnsTheColumnBesideIt() {
        Page page = new PlacedPage()
                .block(60, 40, 28, "春耕备耕正当时")
                .column(40, 90, 10, 15, FIELDS)
                .column(280, 90, 10, 12, TRAINS)
                .vertical(420, 90, 30, "春运温情")
                .parse();
        assertEquals(2, page.articles().size(), page::toString);
        assertEquals("春运温情", page.articles().get(1).headlineText());
        assertEquals(TRAINS, page.articles().get(1).bodyText());
    }

    @Test
    void bylineGoesToTheHeadlineItStandsAgainst() {
        Page page = new PlacedPage()
                .block(60, 40, 28, "春耕备耕正当时")
                .column(40, 110, 10, 15, FIELDS)
                .block(300, 40, 28, "全市排查供水管网")
                .column(300, 110, 10, 15, WATER)
                // Read last, but set right under the first headline.
                .block(100, 75, 10, "王小明")
                .parse();
        assertEquals("王小明", page.articles().get(0).byline().text());
        assertNull(page.articles().get(1).byline());
    }

    @Test
    void kickerHeadlineSubtitleBySizeAndApartTitlesStayApart() {
        Page page = new PlacedPage()
                .block(60, 40, 14, "坚持农业农村优先发展")
                .block(50, 62, 28, "春耕备耕正当时")
                .block(70, 98, 14, "——来自田间地头的报道")
                .column(40, 125, 10, 34, FIELDS)
                // A chart's label next in reading order, far from the headline: not its subtitle.
                .block(400, 600, 14, "全市供水管网示意图")
                .parse();
        Article article = page.articles().get(0);
        assertEquals("坚持农业农村优先发展", article.kicker().text());
        assertEquals("春耕备耕正当时", article.headlineText());
        assertEquals("来自田间地头的报道", article.subtitle().text());
        assertEquals(List.of("全市供水管网示意图"), page.unassigned().stream().map(Block::text).toList());
    }

    @Test
    void briefsUnderOneSectionHeadSplitAtTheirDatelines() {
        Page page = new PlacedPage()
                .block(60, 40, 20, "本地简讯")
                .column(40, 80, 10, 34, "本报讯" + FIELDS)
                .column(40, 125, 10, 34, "本报讯" + WATER)
                .parse();
        assertEquals(2, page.articles().size(), page::toString);
        assertEquals(FIELDS, page.articles().get(0).bodyText());
        assertEquals(WATER, page.articles().get(1).bodyText());
        assertEquals("本报讯", page.articles().get(1).dateline().text());
    }

    @Test
    void creditReadLastClaimsNoLineFarFromIt() {
        Page page = new PlacedPage()
                .block(60, 40, 28, "春耕备耕正当时")
                .column(40, 90, 10, 34, FIELDS)
                .vertical(500, 300, 10, "新华社记者王小明摄")
                .parse();
        assertEquals(FIELDS, page.articles().get(0).bodyText());
    }

    @Test
    void wideSetNamesAreOneByline() {
        Page page = new PlacedPage()
                .block(60, 40, 28, "春耕备耕正当时")
                .block(80, 75, 10, "汪  涛  吴光胜  胡查平")
                .column(40, 100, 10, 34, FIELDS)
                .parse();
        assertEquals("汪 涛 吴光胜 胡查平", page.articles().get(0).byline().text());
    }

    @Test
    void shortLastLineOfAParagraphIsNotAName() {
        String text = "技术人员走进县里的几个村子看到农民们正在田间忙碌一派繁忙景象手把手教农民科学";
        Page page = new PlacedPage()
                .block(60, 40, 28, "春耕备耕正当时")
                .block(40, 90, 10, text.substring(0, 16), text.substring(16, 32), text.substring(32))
                .parse();
        assertNull(page.articles().get(0).byline());
        assertEquals(text, page.articles().get(0).bodyText());
    }
}
