package banmian.layout.tag;

import banmian.layout.LayoutFixtures;
import banmian.layout.PageParser;
import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.TextLine;
import banmian.layout.prepare.ContinuationMarkers;
import banmian.layout.prepare.LinePreparer;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.testing.SameMatches;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static banmian.layout.LayoutFixtures.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Running heads (date line, page number and section, editor credits) and the page metadata they give. */
class PageFurnitureTest {

    private static final String BODY = page(
            box("今年以来，我市持续推进老旧小",
                    "区改造工程，全年累计完成改造项",
                    "目四十余个，惠及居民两万多户。"),
            box("据介绍，改造后的小区环境明显",
                    "改善，居民满意度大幅提升。"));

    /** The page's lines after the furniture stage, and the metadata it read. */
    private record Tagged(List<TextLine> lines, PageMeta meta) {
    }

    private static Tagged tag(String text) {
        PageAnalysis page = LayoutFixtures.upTo("furniture", text);
        return new Tagged(page.lines(), page.get(Facts.SHOWN_META));
    }

    @Test
    void aRunningHeadNamingThePaperBesideTheDateIsFurniture() {
        Tagged tagged = tag(page(box("人民日报 2019年10月10日 星期四"), box("10 社会"), BODY,
                box("据新华日报2019年10月10日报道，当地", "连日来组织力量排查隐患，确保安全。")));
        assertEquals(LineRole.FURNITURE, LayoutFixtures.line(tagged.lines(), "人民日报2019年").role());
        assertEquals(LocalDate.of(2019, 10, 10), tagged.meta().date());
        assertEquals(LineRole.BODY, LayoutFixtures.line(tagged.lines(), "新华日报2019年").role(), "a paper and a date inside running text");
    }

    @Test
    void frontPageMastheadDataIsFurniture() {
        String text = page(box("第 25561 期 今日 24 版"), box("国内统一连续出版物号 CN11-0065", "代号 1-1"),
                box("农历丁酉年十一月十六"), box("人民网网址：http://www.people.com.cn"), BODY,
                box("本期共举办第3期培训班，学员很多。"));
        List<TextLine> lines = tag(text).lines();
        for (String fragment : new String[] {"第25561期", "CN11-0065", "代号1-1", "农历丁酉年", "www.people"}) {
            assertEquals(LineRole.FURNITURE, LayoutFixtures.line(lines, fragment).role(), fragment);
        }
        assertEquals(LineRole.BODY, LayoutFixtures.line(lines, "第3期培训班").role());
        List<TextLine> running = tag(page(box("灯会在元宵节前开幕，市民纷纷前来观赏。", "农历正月十五是传统元宵节", "各地举办了丰富多彩的活动。"))).lines();
        assertEquals(LineRole.BODY, LayoutFixtures.line(running, "农历正月十五").role(), "a lunar date in running text");
        assertEquals(LineRole.BODY, LayoutFixtures.line(lines, "今年以来").role());
    }

    @Test
    void bothRunningHeadsGluedIntoOneLineOfARunningBox() {
        // PDFBox's stripper emits a page without blank lines, the running heads glued to each other
        // and to the first column.
        String text = box("7 理论2018年 1月 3日 星期三", "今年以来，我市持续推进老旧小", "区改造工程，全年累计完成改造项",
                "目四十余个，惠及居民两万多户。", "据介绍，改造后的小区环境明显", "改善，居民满意度大幅提升。");
        Tagged tagged = tag(text);
        assertEquals(LineRole.FURNITURE, role(tagged.lines(), "星期三"));
        assertEquals(new PageMeta(null, LocalDate.of(2018, 1, 3), 7, "理论"), tagged.meta());
        Tagged running = tag(box("今年以来，我市持续推进老旧小", "区改造工程，2018年1月3日完成改造项",
                "目四十余个，惠及居民两万多户。", "据介绍，改造后的小区环境明显", "改善，居民满意度大幅提升。"));
        assertEquals(LineRole.BODY, role(running.lines(), "2018年"), "a date inside running text");
    }

    @Test
    void runningDateLineAndPageNumberFillTheMeta() {
        String text = page(box("2018年1月2日 星期二"), box("7 理论"), BODY);
        Tagged tagged = tag(text);
        List<TextLine> lines = tagged.lines();
        PageMeta meta = tagged.meta();
        assertEquals(LineRole.FURNITURE, role(lines, "星期二"));
        assertEquals(LineRole.FURNITURE, role(lines, "理论"));
        assertEquals(LocalDate.of(2018, 1, 2), meta.date());
        assertEquals(7, meta.number());
        assertEquals("理论", meta.section());
        assertNull(meta.paper());
        assertEquals(LineRole.BODY, role(lines, "今年以来"));
    }

    @Test
    void extractorSpacingInTheDateLineDoesNotMatter() {
        Tagged tagged = tag(page(box("2026 年 11 月 25 日 星期三"), BODY));
        List<TextLine> lines = tagged.lines();
        PageMeta meta = tagged.meta();
        assertEquals(LineRole.FURNITURE, lines.get(0).role());
        assertEquals(LocalDate.of(2026, 11, 25), meta.date());
    }

    @Test
    void sectionBeforeTheNumber() {
        Tagged tagged = tag(page(BODY, box("要闻 3")));
        List<TextLine> lines = tagged.lines();
        PageMeta meta = tagged.meta();
        assertEquals(LineRole.FURNITURE, role(lines, "要闻"));
        assertEquals(3, meta.number());
        assertEquals("要闻", meta.section());
    }

    @Test
    void pageNumberApartFromTheSectionByAnIdeographicSpace() {
        Tagged tagged = tag(page(box("4\u3000要闻"), BODY));
        assertEquals(LineRole.FURNITURE, role(tagged.lines(), "要闻"));
        assertEquals(4, tagged.meta().number());
        assertEquals("要闻", tagged.meta().section());
    }

    @Test
    void ordinalPageNumberBeforeTheSection() {
        Tagged tagged = tag(page(box("第4版 国际"), BODY));
        List<TextLine> lines = tagged.lines();
        PageMeta meta = tagged.meta();
        assertEquals(LineRole.FURNITURE, role(lines, "国际"));
        assertEquals(4, meta.number());
        assertEquals("国际", meta.section());
    }

    @Test
    void editorCreditIsFurniture() {
        List<TextLine> lines = LayoutFixtures.throughFurniture(page(BODY, box("责任编辑：程远")));
        assertEquals(LineRole.FURNITURE, role(lines, "责任编辑"));
    }

    @Test
    void runningHeadAloneInItsBoxMidPageIsFurniture() {
        String text = page(BODY, BODY.replace("今年", "去年").replace("据介绍", "据了解"), box("7 理论"), BODY.replace("今年", "明年").replace("据介绍", "据悉"), BODY);
        List<TextLine> lines = LayoutFixtures.throughFurniture(text);
        assertEquals(LineRole.FURNITURE, role(lines, "理论"));
    }

    @Test
    void numberAndMeasureInsideRunningTextIsNotFurniture() {
        String middle = box("今年前三季度，该厂共生产了",
                "12 万吨钢材",
                "和八千吨铝材，同比增长百分之八。");
        String text = page(box("2018年1月2日 星期二"), box("7 理论"), BODY, middle, BODY.replace("今年", "明年"));
        Tagged tagged = tag(text);
        List<TextLine> lines = tagged.lines();
        PageMeta meta = tagged.meta();
        assertEquals(LineRole.BODY, role(lines, "万吨钢材"));
        assertEquals(7, meta.number());
        assertEquals("理论", meta.section());
    }

    @Test
    void aPageZeroOrADateOutsideTheArchivesRangeGivesNoMeta() {
        Tagged tagged = tag(page(box("0001年1月2日 星期二"), box("0 理论"), BODY));
        assertEquals(LineRole.FURNITURE, role(tagged.lines(), "星期二"), "still furniture, only not a date to file under");
        assertNull(tagged.meta().date());
        assertNull(tagged.meta().number());
        assertEquals("理论", tagged.meta().section());
    }

    @Test
    void numberGluedToHanIsNotAPageNumber() {
        Tagged tagged = tag(page(box("3人民"), BODY));
        List<TextLine> lines = tagged.lines();
        PageMeta meta = tagged.meta();
        assertEquals(LineRole.BODY, lines.get(0).role());
        assertNull(meta.number());
    }

    @Test
    void parserFillsTheMetaButCallerOptionsWin() {
        String text = page(box("2018年1月2日 星期二"), box("7 理论"), BODY);
        Page shown = LayoutFixtures.parse(text);
        assertEquals(LocalDate.of(2018, 1, 2), shown.meta().date());
        assertEquals(7, shown.meta().number());
        assertEquals("理论", shown.meta().section());
        Page overridden = new PageParser().parse(LayoutFixtures.input(text), new PageMeta("某日报", null, 5, null));
        assertEquals("某日报", overridden.meta().paper());
        assertEquals(5, overridden.meta().number());
        assertEquals("理论", overridden.meta().section());
        assertEquals(LocalDate.of(2018, 1, 2), overridden.meta().date());
        assertFalse(LayoutFixtures.provenance(shown).contains(1), "furniture is not body text");
        assertTrue(LayoutFixtures.provenance(shown).contains(5));
    }

    @Test
    void mastheadLinesAreTheLinesTheyWere() {
        String former = "(?:第\\d{3,6}期|今日(?:\\d{1,3}|[一二三四五六七八九十]{1,3})版"
                + "|(?:国内统一连续出版物号|国内统一刊号)[：:]?CN\\d{2}-\\d{4}(?:/[A-Z]\\w*)?|(?:邮发)?代号[：:]?\\d{1,2}-\\d{1,4}"
                + "|农历[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[\\p{IsHan}]{2,8}|[\\p{IsHan}]{0,8}网址[：:]\\S*?www\\.[\\w.]+(?:/\\S*)?){1,5}";
        List<String> inputs = new ArrayList<>(List.of("第25561期今日24版", "国内统一连续出版物号CN11-0065", "代号1-1", "农历丁酉年十一月十六",
                "人民网网址：http://www.people.com.cn", "网址：www.people.com.cn第25561期", "本期共举办第3期培训班", "第25561期 今日24版"));
        inputs.addAll(SameMatches.mixes(14, 6000, 9, "第12345期", "今日8版", "国内统一刊号：CN11-0065", "/A1b", "邮发代号1-1", "农历甲子年正月初一",
                "人民网网址：www.people.com.cn", "网址：http://www.a.cn/x", "网址：", "www.", "a", "/", "第", " ", "中"));
        SameMatches.assertSame(former, SameMatches.pattern(PageFurniture.class, "MASTHEAD"), inputs, false);
    }

    /** Issue #14: the ways of cutting a long line of web addresses into items took minutes. */
    @Test
    void aLongLineOfWebAddressesIsReadOnce() {
        Pattern masthead = SameMatches.pattern(PageFurniture.class, "MASTHEAD");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertFalse(masthead.matcher("网址：www.a".repeat(100_000) + "第").matches());
            assertFalse(masthead.matcher("网址：www.a/".repeat(100_000) + " ").matches());
            assertTrue(masthead.matcher("网址：www.a".repeat(100_000)).matches());
            assertTrue(masthead.matcher("网址：www.a".repeat(100_000) + "x/").matches());
        });
    }

    @Test
    void pageNumbersApartFromTheSectionAsBefore() {
        List<String> inputs = new ArrayList<>(List.of("7 理论", "理论 7", "7理论", "第7版 理论", "12  要闻", "要闻\u2028 12"));
        inputs.addAll(SameMatches.mixes(14, 4000, 8, "1", "12", "123", "1234", " ", "  ", "理论", "\n", "\u2028", "a"));
        SameMatches.assertSame("\\d{1,3}\\s+\\S.*|.*\\S\\s+\\d{1,3}", SameMatches.pattern(PageFurniture.class, "DIGITS_APART_FROM_NAME"), inputs, false);
    }
}
