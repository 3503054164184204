package banmian.layout;

import banmian.model.Page;
import org.junit.jupiter.api.Test;

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
}
