package banmian.text;

import banmian.testing.SameMatches;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpacingTest {

    // ---- body ----

    @Test
    void bodyRemovesJustificationSpacesBetweenHanAndPunctuation() {
        assertEquals("习近平、李强", Spacing.body("习 近 平 、李 强"));
    }

    @Test
    void bodyRemovesPaddingAroundDigits() {
        assertEquals("会议应出席委员2162人，实到", Spacing.body("会 议 应 出 席 委 员 2162 人 ，实 到"));
        assertEquals("3月10日", Spacing.body("3 月 10 日"));
    }

    @Test
    void bodyKeepsOneSpaceBetweenLatinWords() {
        assertEquals("New York Times报道", Spacing.body("New York Times 报道"));
        assertEquals("据New York Times报道", Spacing.body("据 New   York Times 报道"));
    }

    @Test
    void bodyKeepsSpacesAroundLatinPunctuationInLatinText() {
        assertEquals("files. Frequently, it is (MIME) or [RFC 2045] here",
                Spacing.body("files. Frequently, it is (MIME) or [RFC 2045] here"));
        assertEquals("据路透社报道，GDP增长3.5%。", Spacing.body("据 路 透 社 报 道 ，GDP 增 长 3. 5% 。"));
        assertEquals("3,4月", Spacing.body("3, 4 月"));
    }

    @Test
    void bodyKeepsSpaceBetweenDigitsAndLatinLetters() {
        assertEquals("COP 28会议", Spacing.body("COP 28 会议"));
        assertEquals("Café Paris", Spacing.body("Café Paris"));
    }

    @Test
    void bodyRemovesIdeographicSpace() {
        assertEquals("中国人民", Spacing.body("中国\u3000人民"));
        assertEquals("本报讯", Spacing.body("\u3000\u3000本报讯"));
    }

    @Test
    void bodyTurnsAnyWhitespaceBetweenLatinWordsIntoOneAsciiSpace() {
        assertEquals("New York", Spacing.body("New\u3000York"));
        assertEquals("New York", Spacing.body("New\u00A0\tYork"));
    }

    @Test
    void bodyDropsLeadingAndTrailingSpaces() {
        assertEquals("abc def", Spacing.body("  abc def  "));
        assertEquals("", Spacing.body("   "));
        assertEquals("", Spacing.body(""));
    }

    @Test
    void bodyWithoutSpacesReturnsTheSameString() {
        String text = "会议应出席委员2162人";
        assertSame(text, Spacing.body(text));
    }

    // ---- title ----

    @Test
    void titleClosesUpLetterSpacedDisplayType() {
        assertEquals("全国政协闭幕", Spacing.title("全 国 政 协 闭 幕"));
        assertEquals("习近平", Spacing.title("习 近 平"));
    }

    @Test
    void titleKeepsTheSpaceBetweenTwoClauses() {
        assertEquals("扬帆起航风正劲 稳舵奋楫势昂扬", Spacing.title("扬帆起航风正劲 稳舵奋楫势昂扬"));
        assertEquals("扬帆起航风正劲 稳舵奋楫势昂扬", Spacing.title("  扬帆起航风正劲   稳舵奋楫势昂扬 "));
        assertEquals("扬帆起航风正劲 稳舵奋楫势昂扬", Spacing.title("扬帆起航风正劲\u3000稳舵奋楫势昂扬"));
    }

    @Test
    void titleKeepsAWideGapInLetterSpacedTextAsOneSpace() {
        assertEquals("扬帆起航 稳舵奋楫", Spacing.title("扬 帆 起 航   稳 舵 奋 楫"));
        assertEquals("全国政协 闭幕", Spacing.title("全 国 政 协\u3000闭 幕"));
    }

    @Test
    void titleKeepsLatinWordSpacesInLetterSpacedText() {
        assertEquals("全国两会 Happy New Year", Spacing.title("全 国 两 会  Happy New Year"));
        // a single gap between Han and Latin is letter-spacing and closes
        assertEquals("全国两会Happy New Year", Spacing.title("全 国 两 会 Happy New Year"));
    }

    @Test
    void titleCollapsesTheBylineGapToOneSpace() {
        assertEquals("记者 罗丽", Spacing.title("记者  罗丽"));
        assertEquals("本报记者 王小明 李华", Spacing.title(" 本报记者 王小明  李华 "));
    }

    @Test
    void titleDropsPaddingNextToDigitsAndPunctuation() {
        assertEquals("十四届全国人大2次会议", Spacing.title("十四届全国人大 2 次会议"));
        assertEquals("新华社北京3月10日电（记者 王小明）", Spacing.title("新华社北京3月10日电 （记者 王小明 ）"));
        assertEquals("“两会”时间", Spacing.title("“ 两会 ” 时间"));
    }

    @Test
    void titleOfBlankIsEmpty() {
        assertEquals("", Spacing.title(""));
        assertEquals("", Spacing.title(" \u3000 "));
    }

    @Test
    void bylineKeepsRoleNameSpaceWhenTheNameIsPadded() {
        assertEquals("记者 李强", Spacing.byline("记者 李 强"));
        assertEquals("本报记者 罗丽", Spacing.byline("本报记者  罗丽"));
        assertEquals("陈曙光", Spacing.byline("陈曙光"));
    }

    /**
     * A reporters' bracket broken inside a name: after a two-character name (（记者曹玲 / 娟）, （记者周小 /
     * 苑、林小溪）) or after the surname (（记者　王 / 晓东、陈静））. One Han character is never a name; two names
     * of two characters stay two, a three-character name takes no fourth, a padded name's last
     * character (叶 帆) opens nothing, and a lone character opens no three-character name.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "记者曹玲 娟|记者 曹玲娟",
        "记者周小 苑、林小溪|记者 周小苑、林小溪",
        "记者张三 李四|记者 张三 李四",
        "记者欧阳明 王|记者 欧阳明 王",
        "记者　王 晓东、陈静|记者 王晓东、陈静",
        "记者 王 晓|记者 王晓",
        "记者 叶 帆 李明|记者 叶帆 李明",
        "记者 王 欧阳明|记者 王 欧阳明",
    })
    void aNameBrokenByALineBreakIsJoined(String byline, String expected) {
        assertEquals(expected, Spacing.byline(byline));
    }

    // ---- isLetterSpaced ----

    @Test
    void letterSpacedWhenMostNeighboursAreSpaced() {
        assertTrue(Spacing.isLetterSpaced("全 国 政 协 闭 幕"));
        assertTrue(Spacing.isLetterSpaced("习 近 平 、李 强"));
        assertTrue(Spacing.isLetterSpaced("习 近 平"));
        assertTrue(Spacing.isLetterSpaced("全\u3000国\u3000政\u3000协"));
        // exactly half of the neighbouring pairs spaced is enough: 5 CJK, 2 of 4 pairs
        assertTrue(Spacing.isLetterSpaced("全 国政 协闭"));
    }

    @Test
    void notLetterSpacedForOrdinaryText() {
        assertFalse(Spacing.isLetterSpaced(""));
        assertFalse(Spacing.isLetterSpaced("全国政协闭幕"));
        assertFalse(Spacing.isLetterSpaced("扬帆起航风正劲 稳舵奋楫势昂扬"));
        assertFalse(Spacing.isLetterSpaced("记者  罗丽"));
        // fewer than half of the pairs spaced: 5 CJK, 1 of 4 pairs
        assertFalse(Spacing.isLetterSpaced("全 国政协闭"));
    }

    @Test
    void notLetterSpacedWithFewerThanThreeCjk() {
        assertFalse(Spacing.isLetterSpaced("李 强"));
        assertFalse(Spacing.isLetterSpaced("3 月 10 日"));
        assertFalse(Spacing.isLetterSpaced("N e w Y o r k"));
    }

    @Test
    void spacesAcrossNonCjkDoNotCountAsLetterSpacing() {
        // the spaces separate Han from digits, not two CJK neighbours
        assertFalse(Spacing.isLetterSpaced("第 1 条 第 2 款 第 3 项"));
    }

    @Test
    void bylineRolesAreReadAsBeforeTheSpacesWereTakenWhole() {
        List<String> inputs = new ArrayList<>(List.of("本报记者 罗丽", "  新华社特约记者  李 强", "本报评论员", "记者\u2028罗丽", "摄影记者 张三"));
        inputs.addAll(SameMatches.mixes(14, 4000, 8, "记者", "本报", "评论员", "摄影", "特约", " ", "\t", "\n", "\u2028", "\u0085", "罗丽", "a"));
        SameMatches.assertSame("^\\s*((?:本报|新华社|人民日报)?(?:特约|实习|见习)?(?:记者|通讯员|评论员|实习生|摄影)|本报评论员)\\s*(.*)$",
                SameMatches.pattern(Spacing.class, "BYLINE_ROLE"), inputs);
        // Spaces given back one by one each re-read what follows: a gap of 100,000 took minutes.
        String longGap = "记者" + " ".repeat(100_000) + "\u2028罗丽";
        assertEquals(Spacing.title(longGap), assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Spacing.byline(longGap)));
    }
}
