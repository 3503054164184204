package banmian.layout.tag;

import banmian.layout.LayoutFixtures;
import banmian.layout.Pipelines;
import banmian.layout.PlacedPage;
import banmian.layout.line.DecisionLog;
import banmian.layout.line.LineRole;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.TextLine;
import banmian.model.PageGraphics;
import banmian.model.PageMeta;
import org.junit.jupiter.api.Test;

import java.util.List;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static banmian.layout.PlacedPage.FIELDS;
import static banmian.layout.PlacedPage.WATER;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Titles and headings by type size on a laid-out page (the laid-out page's stages up to
 * {@code titles}, whose title stage is {@link DisplayTypeTagger#BY_SIZE}). Body type is 10 points
 * here; the headline 28 (display type), a section heading 13 (display type, but less than a
 * headline's 1.8 times the body).
 */
class DisplayTypeTaggerTest {
    private static final String SPRING = "春耕备耕正当时";
    private static final String SECTION = "良种推广";
    /** The last line of FIELDS set 15 to a line, where the column ends. */
    private static final String FIELDS_END = "农民科学种田。";

    @Test
    void displayTypeIsATitleAndBodyTypeNeverIs() {
        PageAnalysis page = new PlacedPage()
                .headlineOver(40, 40, SPRING, 15, FIELDS)
                .block(40, 200, 10, "短行不是标题")
                .vertical(300, 90, 30, "春运温情")
                .upTo("titles");
        assertEquals(LineRole.TITLE, role(page, SPRING));
        assertEquals(LineRole.TITLE, role(page, "春运温情"), "set vertically");
        assertEquals(LineRole.BODY, role(page, "短行不是标题"), "title-shaped, but body type");
        assertEquals(List.of(LineRole.BODY), page.lines().stream().filter(line -> FIELDS.contains(line.squashed))
                .map(TextLine::role).distinct().toList());
    }

    @Test
    void aModeratelyLargeLineOverABodyColumnWithBodyTextAboveIsAHeading() {
        PageAnalysis page = betweenTwoColumns(13, false, SECTION);
        assertEquals(LineRole.HEADING, role(page, SECTION));
        assertEquals(LineRole.BODY, role(page, FIELDS_END));
    }

    @Test
    void theSameLineHeadingAColumnWithNothingAboveHeadsAnItem() {
        PageAnalysis page = new PlacedPage()
                .block(40, 40, 13, SECTION)
                .column(40, 65, 10, 15, WATER)
                .upTo("titles");
        assertEquals(LineRole.TITLE, role(page, SECTION));
    }

    @Test
    void underALargerHeadlineItHeadsASectionUnlessARuleClosesTheArticle() {
        assertEquals(LineRole.HEADING, role(sectionBesideTheFirstColumn(false), SECTION));
        assertEquals(LineRole.TITLE, role(sectionBesideTheFirstColumn(true), SECTION));
    }

    @Test
    void aBoldTitleShapedLineInBodyTypeOverTextIsAHeadingInsideAColumnAndATitleAtItsHead() {
        assertEquals(LineRole.HEADING, role(betweenTwoColumns(10, true, "项目建设加速度"), "项目建设加速度"));
        PageAnalysis atTheHead = new PlacedPage()
                .boldBlock(40, 40, 10, "本地简讯")
                .column(40, 65, 10, 15, WATER)
                .upTo("titles");
        assertEquals(LineRole.TITLE, role(atTheHead, "本地简讯"));
    }

    @Test
    void boldLinesInTheTypeOfTheHeadlineOverTheirColumnHeadItemsNotSections() {
        // A column of briefs: each item's one-line bold headline in the same type as the first one.
        PageAnalysis briefs = new PlacedPage()
                .boldBlock(40, 40, 10, "春耕备耕正当时")
                .column(40, 58, 10, 15, FIELDS)
                .boldBlock(40, 150, 10, "全市排查供水管网")
                .column(40, 168, 10, 15, WATER)
                .upTo("titles");
        assertEquals(LineRole.TITLE, role(briefs, "春耕备耕正当时"));
        assertEquals(LineRole.TITLE, role(briefs, "全市排查供水管网"), "set as the item's headline above it, not smaller or lighter");
    }

    @Test
    void aBoldItemTitleMayExclaimOrAskButNotEndWithAFullStop() {
        for (String title : List.of("收莲藕喽！", "谁来管管？")) {
            PageAnalysis briefs = new PlacedPage()
                    .boldBlock(40, 40, 10, "春耕备耕正当时")
                    .column(40, 58, 10, 15, FIELDS)
                    .boldBlock(40, 150, 10, title)
                    .column(40, 168, 10, 15, WATER)
                    .upTo("titles");
            assertEquals(LineRole.TITLE, role(briefs, title), title);
        }
        assertEquals(LineRole.BODY, role(betweenTwoColumns(10, true, "全县春播进展顺利。"), "全县春播进展顺利。"));
    }

    @Test
    void aBoldLineOverADatelineHeadsAnItem() {
        PageAnalysis page = new PlacedPage()
                .column(40, 40, 10, 15, FIELDS)
                .boldBlock(40, 135, 10, "全市排查供水管网")
                .column(40, 160, 10, 15, "本报北京3月10日电" + WATER)
                .upTo("titles");
        assertEquals(LineRole.TITLE, role(page, "全市排查供水管网"), "a dateline opens an article, never a section");
    }

    @Test
    void aSubHeadingInTheHeadingsTypeRightUnderItIsAHeadingToo() {
        PageAnalysis page = new PlacedPage()
                .column(40, 40, 10, 15, FIELDS)
                .boldBlock(40, 135, 10, "项目建设加速度")
                .boldBlock(40, 150, 10, "——从春耕到秋收，一环扣一环")
                .column(40, 170, 10, 15, WATER)
                .upTo("titles");
        assertEquals(LineRole.HEADING, role(page, "项目建设加速度"));
        assertEquals(LineRole.HEADING, role(page, "从春耕到秋收"), "a comma is no fault in bold display type");
    }

    @Test
    void aBoldLineHeadingAColumnLevelWithAHeadlinesTextHeadsASectionOfIt() {
        // The headline spans only the first column; the second column starts level with the first.
        assertEquals(LineRole.HEADING, role(headingALaterColumn(true), SECTION));
        assertEquals(LineRole.TITLE, role(headingALaterColumn(false), SECTION), "no headline over the column beside it");
    }

    @Test
    void boldBodyTypeThatIsNotTitleShapedOrHasNoTextUnderItStaysBody() {
        assertEquals(LineRole.BODY, role(betweenTwoColumns(10, true, "全县春播进展顺利。"), "全县春播进展顺利。"), "a sentence, not a title");
        PageAnalysis nothingUnder = new PlacedPage().column(40, 40, 10, 15, FIELDS).boldBlock(40, 200, 10, "项目建设加速度").upTo("titles");
        assertEquals(LineRole.BODY, role(nothingUnder, "项目建设加速度"), "nothing under it");
    }

    @Test
    void withoutTypeSizesTitlesGoByWordingAsOnTheTextPath() {
        String text = page(box(SPRING),
                box("春耕时节，记者走进县里的几个", "村子，看到农民们正在田间忙碌，", "翻地、施肥、播种，一派繁忙景象。"),
                box(SECTION),
                box("今年县里推广新的种植技术，农", "业技术人员深入田间地头，手把", "手教农民科学种田。"));
        List<TextLine> laidOut = new PageAnalysis(LayoutFixtures.input(text), PageMeta.UNKNOWN, PageGraphics.NONE, null, DecisionLog.off())
                .run(Pipelines.upTo(Pipelines.LAID_OUT_PAGE, "titles")).lines();
        List<TextLine> byWording = LayoutFixtures.throughTitles(text);
        assertEquals(LineRole.TITLE, LayoutFixtures.role(laidOut, SPRING), LayoutFixtures.dump(laidOut));
        assertEquals(roles(byWording), roles(laidOut));
    }

    /** {@code text} in {@code size} (body type is 10), bold or not, right under one column and over the next. */
    private static PageAnalysis betweenTwoColumns(double size, boolean bold, String text) {
        PlacedPage page = new PlacedPage().column(40, 40, 10, 15, FIELDS);
        if (bold) {
            page.boldBlock(40, 135, size, text);
        } else {
            page.block(40, 135, size, text);
        }
        return page.column(40, 160, 10, 15, WATER).upTo("titles");
    }

    /** Two columns set from one top, {@code SECTION} in bold at the head of the second, a narrow headline over the first or not. */
    private static PageAnalysis headingALaterColumn(boolean headline) {
        PlacedPage page = new PlacedPage();
        if (headline) {
            page.block(60, 40, 28, "春耕正忙");
        }
        return page.column(40, 90, 10, 15, FIELDS)
                .boldBlock(215, 90, 10, SECTION)
                .column(210, 105, 10, 15, WATER)
                .upTo("titles");
    }

    /** A headline over the first column; the section line heads the second column, under the headline's end. */
    private static PageAnalysis sectionBesideTheFirstColumn(boolean ruled) {
        PlacedPage page = new PlacedPage()
                .headlineOver(40, 40, SPRING, 15, FIELDS)
                .block(240, 90, 13, SECTION)
                .column(240, 115, 10, 15, WATER);
        if (ruled) {
            page.rule(30, 400, 85);
        }
        return page.upTo("titles");
    }

    private static LineRole role(PageAnalysis page, String fragment) {
        return LayoutFixtures.role(page.lines(), fragment);
    }

    private static List<String> roles(List<TextLine> lines) {
        return lines.stream().map(line -> line.squashed + ":" + line.role()).toList();
    }
}
