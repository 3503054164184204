package banmian.archive.export;

import banmian.archive.Story;
import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Caption;
import banmian.model.Geometry;
import banmian.model.Page;
import banmian.model.PageMeta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small pages built for the export tests: line numbers with made-up but known places, as the PDF path gives them. */
final class ExportFixtures {
    static final String PAPER = "晋中日报";
    static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    private ExportFixtures() {
    }

    static Block block(BlockType type, String text, Integer... lines) {
        return new Block(type, text, List.of(lines));
    }

    /** Line {@code n} sits at x = 40 + 10n, y = 30n, 200 x 12.5 points (made to need decimals in inch1200). */
    static Map<Integer, Geometry> places(int lines) {
        Map<Integer, Geometry> places = new HashMap<>();
        for (int n = 1; n <= lines; n++) {
            places.put(n, new Geometry(40 + 10 * n + 0.1, 30 * n, 200, 12.5, 10, false));
        }
        return places;
    }

    /** Page 1: a report with a kicker, byline, two paragraphs and a captioned photo, jumping to page 2; furniture; a short item. */
    static Page frontPage(boolean withPlaces) {
        Article report = new Article(block(BlockType.KICKER, "民生实事", 1), block(BlockType.HEADLINE, "城区老旧管网改造全面启动", 2), null,
                block(BlockType.DATELINE, "本报讯", 3), block(BlockType.BYLINE, "记者 王丽 & <通讯员>", 3), null,
                List.of(block(BlockType.PARAGRAPH, "今年我市将投入资金改造城区老旧供水管网一百二十公里，", 4, 5),
                        block(BlockType.PARAGRAPH, "首批工程已于本月初开工，", 6)),
                List.of(new Caption("施工人员在更换管道。", "本报记者 李强 摄", List.of(7, 8))), 2, null);
        Article item = new Article(null, block(BlockType.HEADLINE, "古城迎来旅游旺季", 9), null, null, null, null,
                List.of(block(BlockType.PARAGRAPH, "五一假期，平遥古城接待游客超过三十万人次。", 10)), List.of(), null, null);
        List<Block> furniture = List.of(block(BlockType.FURNITURE, "2024年5月6日 星期一", 11));
        return new Page(new PageMeta(PAPER, DAY, 1, "要闻"), List.of(report, item), furniture, withPlaces ? places(11) : Map.of());
    }

    /** Page 2: where the report goes on, under its headline again. */
    static Page secondPage() {
        Article rest = new Article(null, block(BlockType.HEADLINE, "城区老旧管网改造全面启动", 1), null, null, null, null,
                List.of(block(BlockType.PARAGRAPH, "预计十月底前全部完工。", 2, 3)), List.of(), null, 1);
        return new Page(new PageMeta(PAPER, DAY, 2, null), List.of(rest), List.of(), places(3));
    }

    static String pageId(Page page) {
        return "jinzhongribao-" + DAY + "-p0" + page.meta().number();
    }

    static Story.Part part(Page page, int index) {
        return new Story.Part(pageId(page) + "-" + (index + 1), page.meta(), index, page.articles().get(index));
    }

    /** The two pages as an issue: the report one story of two parts, the short item one of one. */
    static IssueExport issue() {
        Page front = frontPage(true);
        Page second = secondPage();
        List<Story> stories = new ArrayList<>();
        stories.add(new Story(List.of(part(front, 0), part(second, 0))));
        stories.add(new Story(List.of(part(front, 1))));
        return new IssueExport("jinzhongribao-" + DAY, PAPER, DAY,
                List.of(new PageExport(front, pageId(front), new PageSize(842, 1191), "jz2024050601.pdf"),
                        new PageExport(second, pageId(second), null, null)),
                stories);
    }
}
