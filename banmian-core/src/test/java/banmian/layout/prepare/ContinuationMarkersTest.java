package banmian.layout.prepare;

import banmian.layout.LayoutFixtures;
import banmian.layout.line.LineRole;
import banmian.layout.line.TextLine;
import banmian.testing.SameMatches;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Jump lines: the page they point to is recorded on the line and cut from its text. */
class ContinuationMarkersTest {

    private static List<TextLine> tag(String text) {
        return LayoutFixtures.upTo("jumps", text).lines();
    }

    @Test
    void jumpAtTheEndOfABodyLineIsCutAndTheTextKept() {
        List<TextLine> lines = tag(page(box(
                "公园管理处提醒，近期早晚温差较",
                "大，市民出行注意保暖。 （下转2版）")));
        TextLine last = lines.get(1);
        assertEquals("大，市民出行注意保暖。", last.raw);
        assertEquals(2, last.continuedTo());
        assertNull(last.continuedFrom());
        assertEquals(LineRole.BODY, last.role());
        assertEquals(List.of(2), last.sources);
        assertNull(lines.get(0).continuedTo());
    }

    @Test
    void jumpAloneOnItsLineIsFoldedIntoTheLineBefore() {
        List<TextLine> lines = tag(page(
                box("市民出行注意保暖，不要攀折树枝。"),
                box("（下转2版）")));
        assertEquals(1, lines.size(), "the jump line is no line of its own");
        TextLine host = lines.get(0);
        assertEquals(LineRole.BODY, host.role());
        assertEquals(2, host.continuedTo());
        assertEquals("市民出行注意保暖，不要攀折树枝。", host.raw);
        assertEquals(List.of(1, 3), host.sources, "the host keeps the jump line's input line");
    }

    @Test
    void jumpFromAnotherPageWithOrdinalAndExtractorSpacing() {
        List<TextLine> lines = tag(page(box("（ 上接第 1 版 ）")));
        assertEquals(LineRole.MARKER, lines.get(0).role());
        assertEquals(1, lines.get(0).continuedFrom());
        assertNull(lines.get(0).continuedTo());
    }

    @Test
    void jumpWithAChineseNumeralPage() {
        List<TextLine> lines = tag(page(box("市民出行注意保暖，不要攀折树枝。（下转第十二版）")));
        assertEquals(12, lines.get(0).continuedTo());
        assertEquals("市民出行注意保暖，不要攀折树枝。", lines.get(0).raw);
    }

    @Test
    void bracketedTextThatIsNoPageNumberStays() {
        List<TextLine> lines = tag(page(box("他说：“（下转第十十版）”是排版错误。")));
        assertNull(lines.get(0).continuedTo());
        assertEquals("他说：“（下转第十十版）”是排版错误。", lines.get(0).raw);
    }

    @Test
    void jumpAtTheStartOfALineKeepsTheTextAfterIt() {
        List<TextLine> lines = tag(page(box("（上接第1版）各地车站秩序井然，")));
        assertEquals("各地车站秩序井然，", lines.get(0).raw);
        assertEquals(1, lines.get(0).continuedFrom());
        assertEquals(LineRole.BODY, lines.get(0).role());
    }

    @Test
    void jumpInTheMiddleKeepsBothSides() {
        List<TextLine> lines = tag(page(box("春运平稳有序（转3版）各地车站")));
        assertEquals("春运平稳有序各地车站", lines.get(0).raw);
        assertEquals(3, lines.get(0).continuedTo());
    }

    @Test
    void pageMentionedWithoutBracketsIsNoJump() {
        List<TextLine> lines = tag(page(box("详见第2版刊发的调查报道，")));
        assertEquals("详见第2版刊发的调查报道，", lines.get(0).raw);
        assertNull(lines.get(0).continuedTo());
        assertNull(lines.get(0).continuedFrom());
        assertEquals(LineRole.BODY, lines.get(0).role());
    }

    @Test
    void jumpsAreFoundAsBeforeTheSpacesWereTakenWhole() {
        List<String> inputs = new ArrayList<>(List.of("（下转第2版）", "（上接 第 二 版 ）", "(转3版)", "（接 第十版）", "（下转  12 版）正文"));
        inputs.addAll(SameMatches.mixes(14, 4000, 10, "（", "(", "）", ")", "下转", "转", "上接", "接", "第", "2", "１２", "二", "十", "版",
                " ", "\u3000", "\n"));
        SameMatches.assertSame("[（(]\\s*(下转|转|上接|接)\\s*第?\\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\\s*版\\s*[）)]",
                SameMatches.pattern(ContinuationMarkers.class, "JUMP"), inputs);
    }
}
