package banmian.layout.line;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lead-in of a report: agency or paper, place, date, then 电 or 讯. */
class DatelinesTest {

    @Test
    void agencyPlaceAndDate() {
        Matcher m = Datelines.match("新华社北京3月10日电（记者 林一帆）全国政协十三届一次会议");
        assertNotNull(m);
        assertEquals("新华社北京3月10日电", m.group(1));
    }

    @Test
    void agencyDatelineWithExtractorPaddingAroundDigits() {
        Matcher m = Datelines.match("新华社杭州 3 月 10 日电 记者从省气象台获悉，");
        assertNotNull(m);
        assertEquals("新华社杭州 3 月 10 日电", m.group(1).strip());
    }

    @Test
    void ownPaperPlaceAndDate() {
        Matcher m = Datelines.match("本报北京1月2日电 （记者 孟凡） 今年以");
        assertNotNull(m);
        assertEquals("本报北京1月2日电", m.group(1));
    }

    @Test
    void ownPaperNewsFlashWithBracketedReporters() {
        String line = "本报讯 （记者 张明） 11 月 24";
        Matcher m = Datelines.match(line);
        assertNotNull(m);
        assertEquals("本报讯", m.group(1));
        Matcher reporters = Datelines.bracketedByline(line.substring(m.end()));
        assertNotNull(reporters);
        assertEquals("记者 张明", reporters.group(1).strip());
    }

    @Test
    void bracketedReportersWithCorrespondentAndSeveralNames() {
        Matcher reporters = Datelines.bracketedByline(" （记者 周一鸣、通讯员 徐可） 连日来");
        assertNotNull(reporters);
        assertEquals("记者 周一鸣、通讯员 徐可", reporters.group(1).strip());
    }

    @Test
    void bracketedNamesAloneAreABriefsReporters() {
        Matcher reporters = Datelines.bracketedByline("（王明峰、向英子）看完新金牛公园的施工情况");
        assertNotNull(reporters);
        assertEquals("王明峰、向英子", reporters.group(1));
        assertEquals("吴君、金歆、汪野", Datelines.bracketedByline("（吴君、金歆、汪野）第七届世界军人运动会").group(1));
    }

    @Test
    void bracketedTextThatNamesNoReporterIsNoByline() {
        assertNull(Datelines.bracketedByline("（资料图片）连日来"));
        assertNull(Datelines.bracketedByline("（时代前列、人民至上）连日来"), "four characters opening with a surname's character are no name");
        assertNull(Datelines.bracketedByline("（完）"));
    }

    @Test
    void sentenceThatMentionsTheAgencyIsNoDateline() {
        assertFalse(Datelines.startsWithDateline("记者从新华社了解到，今年春运期间"));
        assertFalse(Datelines.startsWithDateline("新华社发布的消息显示，各地铁路客"));
        assertFalse(Datelines.startsWithDateline("据新华社报道，多地已开通专线"));
    }

    @Test
    void sentenceThatMentionsOwnPaperIsNoDateline() {
        assertFalse(Datelines.startsWithDateline("他说，读了本报刊发的系列报道后"));
        assertFalse(Datelines.startsWithDateline("本报记者近日走访了多个村庄，"));
    }

    @Test
    void aDatelineBrokenOverTwoLinesOfANarrowColumn() {
        assertTrue(Datelines.startsWithDateline("本报哈尔滨10月15日", "电（记者　赵文新、孟雪"));
        assertTrue(Datelines.startsWithDateline("新华社北京10月", "9日电　中共中央政治局"));
        assertFalse(Datelines.startsWithDateline("本报哈尔滨10月15日", ""));
        // a line that merely ends with a date, and a next line that goes on with text, is no dateline
        assertFalse(Datelines.startsWithDateline("会议定于10月15日", "在北京召开，会期两天"));
    }

    @Test
    void ordinaryBodyLineIsNoDateline() {
        assertFalse(Datelines.startsWithDateline("今年以来，我市持续推进老旧小"));
        assertNull(Datelines.match("全年累计完成改造项目四十余个"));
    }

    @Test
    void datelineMustStartTheLine() {
        assertTrue(Datelines.startsWithDateline("  新华社北京3月10日电"));
        assertFalse(Datelines.startsWithDateline("会上，新华社北京3月10日电稿被引"));
    }
}
