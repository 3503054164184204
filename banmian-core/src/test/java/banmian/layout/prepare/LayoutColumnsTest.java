package banmian.layout.prepare;

import banmian.layout.PageParser;
import banmian.model.SourceLine;
import banmian.testing.SameMatches;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Layout-preserving extraction (columns side by side on one line) read back column by column. */
class LayoutColumnsTest {

    @Test
    void sideBySideColumnsAreReadOneAfterTheOther() {
        List<SourceLine> input = PageParser.lines(String.join("\n",
                "今年以来，我市持续推进老      据介绍，改造后的小区不仅",
                "旧小区改造工程，全年累计完成    环境明显改善，还新增了停车位",
                "改造项目四十余个。         和充电桩，居民住得更舒心了。"));
        List<String> texts = LayoutColumns.split(input).stream().map(SourceLine::text).toList();
        assertEquals(List.of(
                "今年以来，我市持续推进老", "旧小区改造工程，全年累计完成", "改造项目四十余个。", "",
                "据介绍，改造后的小区不仅", "环境明显改善，还新增了停车位", "和充电桩，居民住得更舒心了。", ""), texts);
    }

    @Test
    void eachPieceKeepsItsInputLine() {
        List<SourceLine> input = PageParser.lines(String.join("\n",
                "第一栏第一行文字内容          第二栏第一行文字内容",
                "第一栏第二行文字内容          第二栏第二行文字内容"));
        List<SourceLine> split = LayoutColumns.split(input);
        assertEquals(1, split.get(0).number());
        assertEquals(2, split.get(1).number());
        assertEquals(1, split.get(3).number());
        assertEquals(2, split.get(4).number());
    }

    @Test
    void ordinaryExtractorOutputPassesUntouched() {
        List<SourceLine> input = PageParser.lines(String.join("\n",
                "今年以来，我市持续推进老", "", "旧小区改造工程，全年累计完成", "改造项目四十余个。"));
        assertSame(input, LayoutColumns.split(input));
    }

    @Test
    void aColumnThatPausesBreaksIntoBoxes() {
        List<SourceLine> input = PageParser.lines(String.join("\n",
                "第一栏第一行文字内容          第二栏第一行文字内容",
                "                    第二栏第二行文字内容",
                "第一栏第三行文字内容          第二栏第三行文字内容"));
        List<String> texts = LayoutColumns.split(input).stream().map(SourceLine::text).toList();
        assertEquals(List.of("第一栏第一行文字内容", "", "第一栏第三行文字内容", "",
                "第二栏第一行文字内容", "第二栏第二行文字内容", "第二栏第三行文字内容", ""), texts);
    }

    /** Issue #14: a 200 KB run of trailing spaces took the former segment pattern quadratic time (it never finished). */
    @Test
    void aLongRunOfTrailingSpacesIsReadOnce() {
        List<SourceLine> input = PageParser.lines(String.join("\n",
                "今年以来，我市持续推进老      据介绍，改造后的小区不仅" + " ".repeat(200_000),
                "旧小区改造工程，全年累计完成    环境明显改善，还新增了停车位",
                "改造项目四十余个。         和充电桩，居民住得更舒心了。"));
        List<String> texts = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> LayoutColumns.split(input).stream().map(SourceLine::text).toList());
        assertEquals(List.of(
                "今年以来，我市持续推进老", "旧小区改造工程，全年累计完成", "改造项目四十余个。", "",
                "据介绍，改造后的小区不仅", "环境明显改善，还新增了停车位", "和充电桩，居民住得更舒心了。", ""), texts);
    }

    @Test
    void segmentsAreCutAsBeforeTheGapsWereTakenWhole() {
        List<String> inputs = new ArrayList<>(List.of("今年以来，我市持续推进老      据介绍，改造后的小区不仅",
                "  第一栏  第二栏   ", " 一个空格开头  第二段", "a b  c\u2028d  e", "\t\tx\u0085", "  "));
        inputs.addAll(SameMatches.mixes(14, 4000, 12, " ", "  ", "   ", "\t", "a", "中", "a b", "\u3000", "\u2028", "\u0085", "\n", "\r"));
        SameMatches.assertSame("(?:^|\\s{2,})(\\S(?:.*?\\S)?)(?=\\s{2,}|\\s*$)", SameMatches.pattern(LayoutColumns.class, "SEGMENT"), inputs);
    }
}
