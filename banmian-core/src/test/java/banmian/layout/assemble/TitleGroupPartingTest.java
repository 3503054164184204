package banmian.layout.assemble;

import banmian.layout.LayoutFixtures;
import banmian.model.Page;
import org.junit.jupiter.api.Test;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** poppler lists the headlines of several articles one after another: each goes to its own article. */
class TitleGroupPartingTest {
    private static final String HARBOUR = page(box("本报记者 孟凡"), box(
            "今年以来，港口集装箱吞吐量",
            "持续增长，新开通的航线连接东",
            "南亚多个港口，港口码头一派繁",
            "忙景象。"));
    private static final String ORCHARD = page(box("本报记者 杨柳"), box(
            "眼下正是苹果采摘季，果园里",
            "果农们忙着采摘、分拣、装箱，",
            "今年苹果个大味甜，果园收购价",
            "比去年高出两成。"));
    private static final String LIBRARY = page(box("本报记者 何东"), box(
            "社区图书馆新增藏书三万余册，",
            "图书馆还开设了少儿阅览室，周",
            "末前来借阅的居民络绎不绝，图",
            "书馆成了社区新的文化客厅。"));

    @Test
    void aRunOfSeveralArticlesHeadlinesIsParted() {
        Page page = LayoutFixtures.parse(page(HARBOUR, ORCHARD, LIBRARY,
                box("港口集装箱吞吐量持续增长"), box("果园里果农忙采摘"), box("社区图书馆成文化客厅")));
        assertEquals(3, page.articles().size(), LayoutFixtures.dump(page));
        assertEquals("港口集装箱吞吐量持续增长", LayoutFixtures.articleWith(page, "集装箱").headlineText(), LayoutFixtures.dump(page));
        assertEquals("果园里果农忙采摘", LayoutFixtures.articleWith(page, "采摘").headlineText());
        assertEquals("社区图书馆成文化客厅", LayoutFixtures.articleWith(page, "藏书").headlineText());
    }

    @Test
    void aKickerAndItsHeadlineStayTogether() {
        Page page = LayoutFixtures.parse(page(HARBOUR, ORCHARD,
                box("港口集装箱吞吐量持续增长"), box("果园里果农忙采摘")));
        assertEquals("港口集装箱吞吐量持续增长 果园里果农忙采摘",
                String.join(" ", page.articles().stream().filter(a -> a.headline() != null)
                        .map(a -> (a.kicker() == null ? "" : a.kicker().text() + " ") + a.headlineText()
                                + (a.subtitle() == null ? "" : " " + a.subtitle().text())).toList()).strip(),
                "two boxes are one group, whatever their words: " + LayoutFixtures.dump(page));
    }
}
