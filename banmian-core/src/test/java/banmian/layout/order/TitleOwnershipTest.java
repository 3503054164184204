package banmian.layout.order;

import banmian.layout.LayoutFixtures;
import banmian.layout.Pipelines;
import banmian.layout.PlacedPage;
import banmian.layout.line.DecisionLog;
import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.OrderParameters;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.PlacedCaption;
import banmian.layout.line.TextLine;
import banmian.layout.line.TitleGroup;
import banmian.model.Caption;
import banmian.model.Geometry;
import banmian.model.PageGraphics;
import banmian.model.PageMeta;
import banmian.text.Chars;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.PlacedPage.FIELDS;
import static banmian.layout.PlacedPage.TRAINS;
import static banmian.layout.PlacedPage.WATER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which headline owns which text, byline and caption on a page whose lines carry geometry. Body
 * text is owned through the laid-out page's stages up to {@code ownership}; bylines and captions
 * through {@link TitleOwnership}'s own methods on lines built here. Coordinates are points from the
 * top-left (see {@link PlacedPage}).
 */
class TitleOwnershipTest {
    private static final String NONE = "(none)";
    private static final String SPRING = "春耕备耕正当时";
    private static final String PIPES = "全市排查供水管网";
    private static final String TRAVEL = "春运温情";

    @Test
    void textBelongsToTheHeadlineAboveItThatSharesItsWidth() {
        PageAnalysis page = new PlacedPage()
                .headlineOver(40, 40, SPRING, 15, FIELDS)
                .headlineOver(300, 40, PIPES, 15, WATER)
                // Under no headline and far from both: nobody's.
                .column(620, 90, 10, 15, TRAINS)
                .upTo("ownership");
        assertEquals(List.of(SPRING, PIPES, NONE), owners(page, FIELDS, WATER, TRAINS));
    }

    @Test
    void theNearestHeadlineAboveWins() {
        PageAnalysis page = new PlacedPage()
                .headlineOver(40, 40, SPRING, 34, FIELDS)
                .headlineOver(40, 180, PIPES, 34, WATER)
                .upTo("ownership");
        assertEquals(List.of(SPRING, PIPES), owners(page, FIELDS, WATER));
    }

    @Test
    void aRuleBetweenTheHeadlineAndTheTextClosesTheArticle() {
        assertEquals(List.of(SPRING, SPRING), owners(headlineOverTwoStretches(false), FIELDS, WATER), "no rule");
        assertEquals(List.of(SPRING, NONE), owners(headlineOverTwoStretches(true), FIELDS, WATER));
    }

    @Test
    void aRuleRightUnderTheHeadlineUnderlinesIt() {
        // The headline's foot is at 68: a rule within half its size under it underlines it.
        PageAnalysis underlined = new PlacedPage().headlineOver(40, 40, SPRING, 34, FIELDS).rule(30, 400, 75).upTo("ownership");
        assertEquals(List.of(SPRING), owners(underlined, FIELDS));
        PageAnalysis closed = new PlacedPage().headlineOver(40, 40, SPRING, 34, FIELDS).rule(30, 400, 85).upTo("ownership");
        assertEquals(List.of(NONE), owners(closed, FIELDS));
    }

    @Test
    void aBoxInsideTheArticleClosesNothing() {
        String summary = "全县计划推广良种面积十万亩。";
        PageAnalysis boxed = new PlacedPage()
                .block(60, 40, 28, SPRING)
                .rule(30, 400, 85)
                .column(40, 90, 10, 34, summary)
                .rule(30, 400, 110)
                .column(40, 120, 10, 34, FIELDS)
                .upTo("ownership");
        assertEquals(List.of(SPRING, SPRING), owners(boxed, summary, FIELDS));
        // The lower rule alone, with no partner, is no box: it closes the article.
        PageAnalysis ruled = new PlacedPage()
                .block(60, 40, 28, SPRING)
                .column(40, 90, 10, 34, summary)
                .rule(30, 400, 110)
                .column(40, 120, 10, 34, FIELDS)
                .upTo("ownership");
        assertEquals(List.of(SPRING, NONE), owners(ruled, summary, FIELDS));
    }

    @Test
    void textBesideAVerticalHeadlineBelongsToIt() {
        assertEquals(List.of(TRAVEL, SPRING), owners(besideVerticalHeadline(420), TRAINS, FIELDS));
        // Five of its sizes away it stands beside nothing.
        assertEquals(List.of(NONE, SPRING), owners(besideVerticalHeadline(550), TRAINS, FIELDS));
    }

    @Test
    void columnByColumnOwnershipStopsAtAVerticalRule() {
        // Without the rule the first column is owned along the row, as the next column along.
        assertEquals(List.of(TRAVEL, TRAVEL), owners(threeColumnsBesideAVerticalHeadline(false, 110), TRAINS, FIELDS));
        assertEquals(List.of(TRAVEL, NONE), owners(threeColumnsBesideAVerticalHeadline(true, 110), TRAINS, FIELDS));
    }

    @Test
    void columnsSetFromOneTopAreOneArticlesAcrossARule() {
        // Papers rule the gutters inside an article too: an ownerless column level with its neighbour goes with it.
        assertEquals(List.of(TRAVEL, TRAVEL), owners(threeColumnsBesideAVerticalHeadline(true, 90), TRAINS, FIELDS));
    }

    @Test
    void textUnderASectionHeadingGoesOnWithTheColumnAboveUnlessARuleParts() {
        // The lower column stands neither under nor beside the vertical headline: it goes on from the column above it.
        assertEquals(List.of(TRAVEL, TRAVEL, TRAVEL), owners(sectionBelowAColumnBesideAVerticalHeadline(false), TRAINS, "良种推广", FIELDS));
        assertEquals(List.of(TRAVEL, NONE), owners(sectionBelowAColumnBesideAVerticalHeadline(true), TRAINS, FIELDS));
    }

    @Test
    void textSetBesideAPictureLevelWithItGoesWithTheHeadlineOverThePicture() {
        assertEquals(List.of(SPRING), owners(besideAPicture(true), TRAINS));
        assertEquals(List.of(NONE), owners(besideAPicture(false), TRAINS), "nothing over it, nothing beside it");
    }

    @Test
    void aVerticalHeadlineUnderAnotherArticlesHeadlineOwnsTheColumnsBesideIt() {
        PageAnalysis page = new PlacedPage()
                .headlineOver(40, 40, SPRING, 34, FIELDS)
                .vertical(40, 150, 30, TRAVEL)
                .column(80, 150, 10, 12, TRAINS.substring(0, 36))
                .column(220, 150, 10, 12, TRAINS.substring(36))
                .upTo("ownership");
        // Both columns lie under the wide headline's span; the vertical headline beside them stands nearer.
        assertEquals(List.of(SPRING, TRAVEL, TRAVEL), owners(page, FIELDS, TRAINS.substring(0, 36), TRAINS.substring(36)));
    }

    @Test
    void aBriefsTitleLevelWithAColumnLeavesItToThePictureBesideIt() {
        PageAnalysis page = new PlacedPage()
                .block(60, 40, 28, SPRING)
                .picture(40, 80, 210, 50)
                .column(260, 80, 10, 12, TRAINS)
                .boldBlock(395, 78, 10, PIPES)
                .column(395, 95, 10, 12, WATER)
                .upTo("ownership");
        assertEquals(List.of(SPRING, PIPES), owners(page, TRAINS, WATER));
    }

    @Test
    void textUnderAPictureInARowOfPhotosGoesWithTheHeadlineOverTheRow() {
        PageAnalysis page = new PlacedPage()
                .block(40, 40, 28, TRAVEL)
                .picture(40, 80, 110, 70)
                .picture(160, 80, 110, 70)
                .block(160, 155, 8, "列车驶出车站。本报记者 张三摄")
                .column(160, 175, 10, 11, TRAINS)
                .upTo("ownership");
        assertEquals(List.of(TRAVEL), owners(page, TRAINS));
    }

    @Test
    void aLeadArticlesFirstColumnBesideItsHeadlineReadsOnDownItsColumn() {
        // The column starts above the headline set into the article's columns: the text under its
        // section heading, beside the headline's own column, says whose it is.
        PageAnalysis page = new PlacedPage()
                .column(40, 40, 10, 12, TRAINS.substring(0, 36))
                .boldBlock(50, 90, 10, "良种推广")
                .column(40, 105, 10, 12, TRAINS.substring(36))
                .block(180, 60, 28, SPRING)
                .column(180, 105, 10, 12, FIELDS)
                .upTo("ownership");
        assertEquals(List.of(SPRING, SPRING, SPRING), owners(page, TRAINS.substring(0, 36), TRAINS.substring(36), FIELDS));
    }

    @Test
    void aShortLineAtTheHeadOfAColumnFillsItsColumnForTheColumnNextToIt() {
        // The headline spans the first column only; the second holds the last line of a paragraph.
        PageAnalysis page = new PlacedPage()
                .block(40, 40, 16, SPRING)
                .column(40, 70, 10, 12, FIELDS)
                .column(180, 70, 10, 12, "力量。")
                .column(300, 70, 10, 12, TRAINS)
                .upTo("ownership");
        assertEquals(List.of(SPRING, SPRING, SPRING), owners(page, FIELDS, "力量。", TRAINS));
    }

    @Test
    void withoutGeometryNoLineHasAnOwner() {
        String text = box(SPRING) + box(FIELDS.substring(0, 40), FIELDS.substring(40));
        PageAnalysis page = new PageAnalysis(LayoutFixtures.input(text), PageMeta.UNKNOWN, PageGraphics.NONE, null, DecisionLog.off())
                .run(Pipelines.upTo(Pipelines.LAID_OUT_PAGE, "ownership"));
        assertEquals(1, page.get(Facts.TITLE_GROUPS).size(), "a title group to own something");
        assertTrue(Arrays.stream(page.get(Facts.LINE_OWNERS)).allMatch(owner -> owner == -1), Arrays.toString(page.get(Facts.LINE_OWNERS)));
    }

    @Test
    void aBylineBelongsToTheNearestHeadlineWithinTwoOfItsSizes() {
        List<TextLine> lines = new ArrayList<>();
        TextLine spring = placed(lines, SPRING, new Geometry(60, 40, 196, 28, 28, false), LineRole.TITLE);
        placed(lines, "王小明", new Geometry(100, 75, 30, 10, 10, false), LineRole.BYLINE);
        TextLine pipes = placed(lines, PIPES, new Geometry(300, 40, 224, 28, 28, false), LineRole.TITLE);
        // Right of the first headline's end, but nearer the second.
        placed(lines, "李春花", new Geometry(280, 75, 30, 10, 10, false), LineRole.BYLINE);
        // Far under both (more than two headline sizes).
        placed(lines, "张济坤", new Geometry(100, 300, 30, 10, 10, false), LineRole.BYLINE);
        // Near, but body text; and a byline whose place is unknown.
        placed(lines, "周江", new Geometry(100, 72, 20, 10, 10, false), LineRole.BODY);
        placed(lines, "叶帆", null, LineRole.BYLINE);
        List<TitleGroup> titles = List.of(TitleGroup.of(List.of(spring)), TitleGroup.of(List.of(pipes)));
        assertArrayEquals(new int[] {-1, 0, -1, 1, -1, -1, -1}, TitleOwnership.bylineOwners(OrderParameters.DEFAULTS, lines, titles));
    }

    @Test
    void aCaptionBelongsToTheHeadlineAboveIt() {
        List<TextLine> lines = new ArrayList<>();
        TextLine spring = placed(lines, SPRING, new Geometry(60, 40, 196, 28, 28, false), LineRole.TITLE);
        TextLine pipes = placed(lines, PIPES, new Geometry(300, 40, 224, 28, 28, false), LineRole.TITLE);
        placed(lines, "新落成的社区食堂。", new Geometry(80, 200, 90, 10, 10, false), LineRole.CAPTION);
        placed(lines, "改造后的供水站。", new Geometry(320, 200, 80, 10, 10, false), LineRole.CAPTION);
        // Under the first headline's span, but below a rule that closes its article.
        placed(lines, "居民在田间劳作。", new Geometry(80, 300, 80, 10, 10, false), LineRole.CAPTION);
        // Under neither headline, and a caption whose place is unknown.
        placed(lines, "春运中的车站。", new Geometry(600, 200, 70, 10, 10, false), LineRole.CAPTION);
        placed(lines, "无处可放的图片说明。", null, LineRole.CAPTION);
        List<PlacedCaption> captions = new ArrayList<>();
        for (TextLine line : lines.subList(2, lines.size())) {
            captions.add(new PlacedCaption(new Caption(line.raw, null, line.sources), line.position));
        }
        PageGraphics graphics = new PageGraphics(List.of(new Geometry(30, 250, 370, 0.5, 0, false)), List.of(), List.of());
        List<TitleGroup> titles = List.of(TitleGroup.of(List.of(spring)), TitleGroup.of(List.of(pipes)));
        assertArrayEquals(new int[] {0, 1, -1, -1, -1}, TitleOwnership.captionOwners(lines, titles, captions, graphics));
    }

    private static PageAnalysis headlineOverTwoStretches(boolean ruled) {
        PlacedPage page = new PlacedPage().headlineOver(40, 40, SPRING, 34, FIELDS);
        if (ruled) {
            page.rule(30, 400, 200);
        }
        return page.column(40, 215, 10, 34, WATER).upTo("ownership");
    }

    /** A headline over one column, and a column with a vertical headline at {@code headlineX}, 20 points right of it. */
    private static PageAnalysis besideVerticalHeadline(double headlineX) {
        return new PlacedPage()
                .headlineOver(40, 40, SPRING, 15, FIELDS)
                .column(280, 90, 10, 12, TRAINS)
                .vertical(headlineX, 90, 30, TRAVEL)
                .upTo("ownership");
    }

    /** Three columns side by side, 20 points apart, the vertical headline beside the last; a rule between the first two. */
    /** A vertical headline beside a column, a bold section heading under the column, more text under it; a rule under the heading or not. */
    private static PageAnalysis sectionBelowAColumnBesideAVerticalHeadline(boolean ruled) {
        PlacedPage page = new PlacedPage()
                .vertical(40, 90, 20, TRAVEL)
                .column(80, 90, 10, 12, TRAINS)
                .boldBlock(90, 185, 10, "良种推广")
                .column(80, 200, 10, 12, FIELDS);
        if (ruled) {
            page.rule(70, 210, 197);
        }
        return page.upTo("ownership");
    }

    /** A headline over a picture, and a column beside the picture from its top (with the picture or without it). */
    private static PageAnalysis besideAPicture(boolean picture) {
        PlacedPage page = new PlacedPage()
                .block(60, 40, 28, SPRING)
                .column(270, 80, 10, 12, TRAINS);
        if (picture) {
            // Shorter than the text beside it: the text runs on past the picture's foot, so it is running text,
            // not a caption set beside the picture (PictureCaptions).
            page.picture(40, 80, 216, 50);
        }
        return page.upTo("ownership");
    }

    /** {@code firstTop}: where the first column (FIELDS) starts; the others start at 90. */
    private static PageAnalysis threeColumnsBesideAVerticalHeadline(boolean ruled, double firstTop) {
        PlacedPage page = new PlacedPage()
                .column(60, firstTop, 10, 12, FIELDS)
                .column(200, 90, 10, 12, TRAINS.substring(0, 36))
                .column(340, 90, 10, 12, TRAINS.substring(36))
                .vertical(480, 90, 30, TRAVEL);
        if (ruled) {
            page.verticalRule(190, 80, 400);
        }
        return page.upTo("ownership");
    }

    /** For each of {@code bodies}, the headline owning all its body lines ({@link #NONE}: no headline). */
    private static List<String> owners(PageAnalysis page, String... bodies) {
        int[] owners = page.get(Facts.LINE_OWNERS);
        List<TitleGroup> titles = page.get(Facts.TITLE_GROUPS);
        List<String> found = new ArrayList<>();
        for (String body : bodies) {
            Set<String> ofBody = new TreeSet<>();
            for (TextLine line : page.lines()) {
                if (line.role().isBodyFlow() && Chars.squash(body).contains(line.squashed)) {
                    ofBody.add(owners[line.position] < 0 ? NONE : titles.get(owners[line.position]).text());
                }
            }
            assertEquals(1, ofBody.size(), "one owner of " + body + ": " + ofBody + "\n" + LayoutFixtures.dump(page.lines()));
            found.add(ofBody.iterator().next());
        }
        return found;
    }

    /** A line of its own box at the next position, with geometry (or none) and a role. */
    private static TextLine placed(List<TextLine> lines, String text, Geometry geometry, LineRole role) {
        int position = lines.size();
        TextLine line = new TextLine(position, position, List.of(position + 1), text, false, geometry);
        LayoutFixtures.give(line, role);
        lines.add(line);
        return line;
    }
}
