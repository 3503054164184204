package banmian.layout.segment;

import banmian.layout.LayoutFixtures;
import banmian.layout.line.Boundary;
import banmian.layout.line.DecisionLog;
import banmian.layout.line.LineRole;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.Piece;
import banmian.layout.line.TextLine;
import banmian.model.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Untitled pieces cut off by a change of measure rejoin an article: a closing section set in wider
 * columns after a report goes back to that report, not to the other article on the page. (The
 * regression suite's floors hold the weighting of wording against reading order on real pages.)
 */
class FragmentMergerTest {
    private static final String CRAFTS = page(
            box("老街非遗工坊焕发新活力"),
            box("走进古镇老街，一间间非遗",
                    "工坊错落有致。竹编、剪纸、陶",
                    "艺等老手艺在这里形成了产业。"));
    private static final String WEATHER = page(
            box("本报记者 孟凡"),
            box("气温骤降市民添衣"),
            box("近期早晚温差较大，气象部",
                    "门提醒市民注意添衣保暖，老人",
                    "和儿童尽量减少夜间外出。"));
    private static final String CLOSING_SECTION = box(
            "另外，有关部门还将加强巡查，发现问题及时",
            "处理，确保各项措施落到实处，请大家相互转",
            "告，共同做好相关工作。");

    @Test
    void aSectionInWiderColumnsStaysWithThePieceItFollows() {
        Page page = LayoutFixtures.parse(page(CRAFTS, WEATHER, CLOSING_SECTION));
        assertEquals(2, page.articles().size(), LayoutFixtures.dump(page));
        String weather = LayoutFixtures.articleWith(page, "温差").bodyText();
        assertTrue(weather.endsWith("共同做好相关工作。"), weather);
    }

    @Test
    void aSectionInWiderColumnsRejoinsAnUntitledPieceBeforeIt() {
        String untitledReport = box(
                "古镇老街的非遗工坊今年新增",
                "了十余家，竹编、剪纸、陶艺等",
                "老手艺工坊吸引了大批游客。");
        String widerSection = box(
                "另外，老街还将为非遗工坊提供免费展位，",
                "让竹编、剪纸、陶艺等老手艺走进更多游客",
                "的生活，非遗工坊的手艺人也将定期授课。");
        Page page = LayoutFixtures.parse(page(untitledReport, widerSection, WEATHER));
        assertEquals(2, page.articles().size(), LayoutFixtures.dump(page));
        String report = LayoutFixtures.articleWith(page, "古镇老街").bodyText();
        assertTrue(report.endsWith("非遗工坊的手艺人也将定期授课。"), report);
    }

    @Test
    void strayPiecesWithParallelSectionHeadingsStayTogether() {
        List<Piece> pieces = List.of(
                piece(0, Boundary.NONE, null, CRAFTS_TEXT),
                weatherReport(),
                piece(20, Boundary.SEPARATOR, CRAFTS_SECTION,
                        "竹编、剪纸、陶艺等非遗工坊的老手艺人定期授课，非遗工坊里的游客络绎不绝。"),
                piece(30, Boundary.SEPARATOR, "非遗传承靠人才：让年轻人愿意学",
                        "早晚气温较低时，年轻学徒仍坚持练习，气象再冷也不减外出求学的热情。"));
        List<Piece> merged = FragmentMerger.merge(PageAnalysis.ofLines(List.of(), DecisionLog.off()), pieces, List.of(true, true, false, false));
        Piece withFirstSection = merged.stream()
                .filter(piece -> piece.lines().stream().anyMatch(line -> line.squashed.startsWith("非遗传承看工坊"))).findFirst().orElseThrow();
        assertTrue(withFirstSection.lines().stream().anyMatch(line -> line.squashed.startsWith("非遗传承靠人才")),
                "the two sections of one article stay together");
    }

    @Test
    void aSectionHeadingInItsOwnBoxIsReadApartFromTheLineAboveIt() {
        // The stray piece opens with a line the tagger took for a heading (an unplaced headline)
        // and, in a box of its own, a section heading parallel to the first article's.
        List<Piece> pieces = List.of(
                headedCraftsArticle(),
                weatherReport(),
                pieceWithHeadings(20, Boundary.SEPARATOR, List.of("寒冬里的暖意", "非遗传承靠人才：让年轻人愿意学"),
                        "早晚气温较低时，年轻学徒仍坚持练习，气象再冷也不减外出求学的热情。"));
        List<Piece> merged = FragmentMerger.merge(PageAnalysis.ofLines(List.of(), DecisionLog.off()), pieces, List.of(true, true, false));
        assertEquals(2, merged.size());
        assertTrue(merged.get(0).lines().stream().anyMatch(line -> line.squashed.startsWith("非遗传承靠人才")),
                "the section joins the article whose headings it parallels");
    }

    @Test
    void headingsOfOnePatternAreParallel() {
        assertTrue(FragmentMerger.areParallel("新时代的价值追求", "新时代的战略安排"), "same opening");
        assertTrue(FragmentMerger.areParallel("明确新目标：分两步走", "探索新治理：充分发挥党的领导优势"), "one pattern up to the colon");
        assertFalse(FragmentMerger.areParallel("明确新目标：分两步走", "加快转型：提质增效"), "lead-ins of other lengths");
        assertFalse(FragmentMerger.areParallel("一是：加强领导", "一是：加强领导"), "a heading is not parallel to itself");
        assertFalse(FragmentMerger.areParallel("一是：加强领导", "二是：完善制度"), "too short a lead-in to be a pattern");
        assertTrue(FragmentMerger.areParallel("从产业角度推动老街区发展", "从文化传承的维度推动老街区发展"), "same ending");
        assertFalse(FragmentMerger.areParallel("从产业角度推动老街区发展", "老街区迎来新发展"), "three equal last characters are not enough");
    }

    @Test
    void aSectionReadOnIntoFromAnotherArticlesEndGoesToTheArticleWhoseHeadingsItParallels() {
        List<Piece> pieces = List.of(
                pieceWithSection(0, Boundary.NONE, "保护老街区：留住城市记忆",
                        "古镇老街的老字号今年新增了十余家，竹编、剪纸、陶艺等老手艺吸引了大批游客，老街成了古镇的名片。", null, null),
                pieceWithSection(10, Boundary.SEPARATOR, null,
                        "近期早晚温差较大，气象部门提醒市民注意添衣保暖，老人和儿童尽量减少夜间外出。",
                        "活化老建筑：让历史融入生活", "老街的老建筑修缮后改作书店和展馆，老字号和老手艺有了新的去处。"));
        List<Piece> merged = FragmentMerger.merge(PageAnalysis.ofLines(List.of(), DecisionLog.off()), pieces, List.of(true, true));
        assertEquals(2, merged.size());
        assertTrue(merged.get(0).lines().stream().anyMatch(line -> line.squashed.startsWith("活化老建筑")), "the section moves");
        assertFalse(merged.get(1).lines().stream().anyMatch(line -> line.squashed.startsWith("活化老建筑")), "and leaves the other article");
        List<Piece> untitledFirst = FragmentMerger.merge(PageAnalysis.ofLines(List.of(), DecisionLog.off()), pieces, List.of(false, true));
        assertTrue(untitledFirst.stream().noneMatch(piece -> piece.lines().get(0).squashed.startsWith("活化老建筑")),
                "an untitled piece's headings move no section: " + untitledFirst.size());
        List<Piece> untitledSecond = FragmentMerger.merge(PageAnalysis.ofLines(List.of(), DecisionLog.off()), pieces, List.of(true, false));
        assertTrue(untitledSecond.stream().anyMatch(piece -> piece.lines().stream().anyMatch(line -> line.squashed.startsWith("近期早晚"))
                        && piece.lines().stream().anyMatch(line -> line.squashed.startsWith("活化老建筑"))),
                "an untitled stray keeps its section");
    }

    @Test
    void straySectionsWhoseParagraphsOpenWithParallelLeadSentencesStayTogether() {
        // Bold lead sentences run into their paragraphs head these sections; they end alike.
        List<Piece> pieces = List.of(
                headedCraftsArticle(),
                weatherReport(),
                piece(20, Boundary.SEPARATOR, null,
                        "从产业角度推动老街区发展。商铺租金下调三成，吸引创业青年入驻，带动就业两百多人。"),
                piece(30, Boundary.SEPARATOR, null,
                        "从文化传承的维度推动老街区发展。早晚气温较低时，年轻学徒仍坚持练习，气象再冷也不减外出求学的热情。"));
        List<Piece> merged = FragmentMerger.merge(PageAnalysis.ofLines(List.of(), DecisionLog.off()), pieces, List.of(true, true, false, false));
        assertTrue(merged.stream().anyMatch(piece -> piece.lines().stream().anyMatch(line -> line.squashed.startsWith("从产业角度"))
                        && piece.lines().stream().anyMatch(line -> line.squashed.startsWith("从文化传承"))),
                "the two sections of one article stay together");
    }

    @Test
    void linesOfColumnsThatShareAnInputLineKeepTheirOwnPlaces() {
        // A column splitter gives the lines of one visual row the same input line number: a run-in
        // heading in the second column must be found on its own line, not on the first column's.
        List<TextLine> lines = new ArrayList<>();
        String[][] rows = {{"老街区是城市记忆的载体，要在保护中发展。", "1"}, {"探索新治理：留住老街区", "2"},
                {"街区把传统榫卯技艺列入非遗保护项目。", "3"}, {"推动老街区高质量发展。街区开设体验课程，吸引游客。", "2"}};
        for (int i = 0; i < rows.length; i++) {
            TextLine line = new TextLine(i, i, List.of(Integer.parseInt(rows[i][1])), rows[i][0], false, null);
            LayoutFixtures.give(line, i == 1 ? LineRole.HEADING : LineRole.BODY);
            lines.add(line);
        }
        Piece first = new Piece(lines, Collections.nCopies(lines.size(), true),
                Boundary.DATELINE, -1);
        Piece second = pieceWithHeadings(10, Boundary.DATELINE, List.of("明确新目标：留住城市记忆"),
                "实现老街区高质量发展。合作社今年的分红比去年多了不少。");
        List<Piece> merged = FragmentMerger.merge(PageAnalysis.ofLines(List.of(), DecisionLog.off()), List.of(first, second), List.of(true, true));
        List<TextLine> out = merged.stream().flatMap(piece -> piece.lines().stream()).toList();
        assertEquals(lines.size() + second.lines().size(), out.size(), "every line once");
        assertTrue(merged.stream().noneMatch(piece -> piece.lines().isEmpty()));
    }

    /** Lines: an optional heading, a paragraph, then optionally a section heading and its paragraph, each in a box of its own. */
    private static Piece pieceWithSection(int position, Boundary startedBy, String heading, String body,
            String sectionHeading, String sectionBody) {
        Piece first = piece(position, startedBy, heading, body);
        if (sectionHeading == null) {
            return first;
        }
        Piece section = piece(position + first.lines().size(), startedBy, sectionHeading, sectionBody);
        List<TextLine> lines = new ArrayList<>(first.lines());
        lines.addAll(section.lines());
        List<Boolean> chainStarts = new ArrayList<>(first.chainStarts());
        chainStarts.addAll(Collections.nCopies(section.lines().size(), false));
        return new Piece(lines, chainStarts, startedBy, -1);
    }

    private static final String CRAFTS_SECTION = "非遗传承看工坊：让老手艺走进新生活";
    private static final String CRAFTS_TEXT = "古镇老街的非遗工坊今年新增了十余家，竹编、剪纸、陶艺等老手艺工坊吸引了大批游客，非遗工坊成了老街的名片。";
    private static final String WEATHER_TEXT = "近期早晚温差较大，气象部门提醒市民注意添衣保暖，老人和儿童尽量减少夜间外出，气温还将继续下降。";

    /** An article under a headline whose first section is headed {@link #CRAFTS_SECTION}. */
    private static Piece headedCraftsArticle() {
        return piece(0, Boundary.NONE, CRAFTS_SECTION, CRAFTS_TEXT);
    }

    /** Another article, cut from the first by a headline. */
    private static Piece weatherReport() {
        return piece(10, Boundary.SEPARATOR, null, WEATHER_TEXT);
    }

    private static Piece piece(int position, Boundary startedBy, String heading, String body) {
        return pieceWithHeadings(position, startedBy, heading == null ? List.of() : List.of(heading), body);
    }

    /** Each heading in a box of its own, the body in the box after them. */
    private static Piece pieceWithHeadings(int position, Boundary startedBy, List<String> headings, String body) {
        List<TextLine> lines = new ArrayList<>();
        for (String heading : headings) {
            int at = position + lines.size();
            TextLine line = new TextLine(at, at, List.of(at), heading, false, null);
            LayoutFixtures.give(line, LineRole.HEADING);
            lines.add(line);
        }
        int at = position + lines.size();
        lines.add(new TextLine(at, at, List.of(at), body, false, null));
        List<Boolean> chainStarts = new ArrayList<>(Collections.nCopies(lines.size(), false));
        chainStarts.set(0, true);
        return new Piece(lines, chainStarts, startedBy, -1);
    }
}
