package banmian.layout;

import banmian.model.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        List<ArticleSegmenter.Piece> pieces = List.of(
                piece(0, ArticleSegmenter.Boundary.NONE, null,
                        "古镇老街的非遗工坊今年新增了十余家，竹编、剪纸、陶艺等老手艺工坊吸引了大批游客，非遗工坊成了老街的名片。"),
                piece(10, ArticleSegmenter.Boundary.SEPARATOR, null,
                        "近期早晚温差较大，气象部门提醒市民注意添衣保暖，老人和儿童尽量减少夜间外出，气温还将继续下降。"),
                piece(20, ArticleSegmenter.Boundary.SEPARATOR, "非遗传承看工坊：让老手艺走进新生活",
                        "竹编、剪纸、陶艺等非遗工坊的老手艺人定期授课，非遗工坊里的游客络绎不绝。"),
                piece(30, ArticleSegmenter.Boundary.SEPARATOR, "非遗传承靠人才：让年轻人愿意学",
                        "早晚气温较低时，年轻学徒仍坚持练习，气象再冷也不减外出求学的热情。"));
        List<ArticleSegmenter.Piece> merged = FragmentMerger.merge(pieces, List.of(true, true, false, false));
        ArticleSegmenter.Piece withFirstSection = merged.stream()
                .filter(piece -> piece.lines().stream().anyMatch(line -> line.squashed.startsWith("非遗传承看工坊"))).findFirst().orElseThrow();
        assertTrue(withFirstSection.lines().stream().anyMatch(line -> line.squashed.startsWith("非遗传承靠人才")),
                "the two sections of one article stay together");
    }

    @Test
    void aSectionHeadingInItsOwnBoxIsReadApartFromTheLineAboveIt() {
        // The stray piece opens with a line the tagger took for a heading (an unplaced headline)
        // and, in a box of its own, a section heading parallel to the first article's.
        List<ArticleSegmenter.Piece> pieces = List.of(
                piece(0, ArticleSegmenter.Boundary.NONE, "非遗传承看工坊：让老手艺走进新生活",
                        "古镇老街的非遗工坊今年新增了十余家，竹编、剪纸、陶艺等老手艺工坊吸引了大批游客，非遗工坊成了老街的名片。"),
                piece(10, ArticleSegmenter.Boundary.SEPARATOR, null,
                        "近期早晚温差较大，气象部门提醒市民注意添衣保暖，老人和儿童尽量减少夜间外出，气温还将继续下降。"),
                pieceWithHeadings(20, ArticleSegmenter.Boundary.SEPARATOR, List.of("寒冬里的暖意", "非遗传承靠人才：让年轻人愿意学"),
                        "早晚气温较低时，年轻学徒仍坚持练习，气象再冷也不减外出求学的热情。"));
        List<ArticleSegmenter.Piece> merged = FragmentMerger.merge(pieces, List.of(true, true, false));
        assertEquals(2, merged.size());
        assertTrue(merged.get(0).lines().stream().anyMatch(line -> line.squashed.startsWith("非遗传承靠人才")),
                "the section joins the article whose headings it parallels");
    }

    private static ArticleSegmenter.Piece piece(int position, ArticleSegmenter.Boundary startedBy, String heading, String body) {
        return pieceWithHeadings(position, startedBy, heading == null ? List.of() : List.of(heading), body);
    }

    /** Each heading in a box of its own, the body in the box after them. */
    private static ArticleSegmenter.Piece pieceWithHeadings(int position, ArticleSegmenter.Boundary startedBy, List<String> headings, String body) {
        List<TextLine> lines = new ArrayList<>();
        for (String heading : headings) {
            int at = position + lines.size();
            TextLine line = new TextLine(at, at, List.of(at), heading, false, null);
            line.role = LineRole.HEADING;
            lines.add(line);
        }
        int at = position + lines.size();
        lines.add(new TextLine(at, at, List.of(at), body, false, null));
        List<Boolean> chainStarts = new ArrayList<>(Collections.nCopies(lines.size(), false));
        chainStarts.set(0, true);
        return new ArticleSegmenter.Piece(lines, chainStarts, startedBy, -1);
    }
}
