package banmian.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FakeBoldUndoublerTest {

    private static String undouble(String line) {
        return FakeBoldUndoubler.undouble(line);
    }

    @Test
    void runLevelDoubling() {
        assertEquals("记者 刘亮亮 摄", undouble("记者记者 刘亮亮刘亮亮 摄摄"));
    }

    @Test
    void captionWithDoubledPunctuation() {
        assertEquals("图为某地一角（无人机拍摄）。", undouble("图为某地一角图为某地一角（（无人机拍摄无人机拍摄）。）。"));
    }

    @Test
    void pageFurniture() {
        assertEquals("7 理论", undouble("77 理论理论"));
        assertEquals("12 要闻", undouble("1212 要闻要闻"));
    }

    @Test
    void wholeLineDoubled() {
        assertEquals("全国政协十四届二次会议闭幕", undouble("全国政协十四届二次会议闭幕全国政协十四届二次会议闭幕"));
        assertEquals("本报记者 王小明", undouble("本报记者 王小明本报记者 王小明"));
    }

    @Test
    void characterLevelDoublingAloneIsIndistinguishableFromRealRepeatsAndIsKept() {
        // the Javadoc requires several-character doubled runs: AABBCC looks like 高高兴兴
        assertEquals("新新华华社社电电", undouble("新新华华社社电电"));
    }

    @Test
    void singleCharacterRunsAreUndoubledAlongsideSeveralCharacterRuns() {
        assertEquals("（新华社）", undouble("（（新华社新华社））"));
    }

    @Test
    void doubledLineContainingARealRepeat() {
        assertEquals("高高兴兴", undouble("高高兴兴高高兴兴"));
        assertEquals("大家高高兴兴过新年", undouble("大家高高兴兴过新年大家高高兴兴过新年"));
        assertEquals("记者 刘亮亮", undouble("记者记者 刘亮亮刘亮亮"));
    }

    @ParameterizedTest(name = "left alone: {0}")
    @ValueSource(strings = {
            "本报记者刘亮亮报道",
            "记者 刘亮亮",
            "高高兴兴地",
            "孩子们高高兴兴地上学去",
            "看看",
            "我们去看看吧",
            "大家商量商量再定",
            "天天向上",
            "好好学习，天天向上。",
            "2022年11日",
            "2022年11月11日",
            "11月11日",
            "11 要闻",
            "人人",
            "人人为我，我为人人。",
            "说说笑笑",
            "一个一个地解决问题。"
    })
    void realRepeatsInOrdinaryLinesAreLeftAlone(String line) {
        assertEquals(line, undouble(line));
    }

    @ParameterizedTest(name = "too short: \"{0}\"")
    @ValueSource(strings = {"", " ", "好", "好好", "看看看", "7 7", "  亮亮  ", "\u3000\u3000人人"})
    void shortOrEmptyStringsAreUnchanged(String line) {
        assertEquals(line, undouble(line));
    }

    @Test
    void singleCharacterRepeatsAloneDoNotMakeADoubledLine() {
        // every character doubled once, but with no several-character run: the multi-run share is 0
        assertEquals("高高兴兴", undouble("高高兴兴"));
        assertEquals("人人户户", undouble("人人户户"));
    }

    @Test
    void spacesAreKeptAsTheyAre() {
        assertEquals("  记者 刘亮亮 摄  ", undouble("  记者记者 刘亮亮刘亮亮 摄摄  "));
    }

    /**
     * Regression (was a bug): the Javadoc says real repeats in ordinary text are left alone (and the brief lists
     * digits among them), but a short line holding a year whose halves coincide ({@code 2020年},
     * {@code 2020年。} as the last line of a paragraph, a timeline heading) is a "several-character
     * doubled run" covering most of the line, so it is undoubled to {@code 20年}. Digits cannot be
     * told apart from doubled page numbers by these shares alone.
     */
    @ParameterizedTest(name = "year left alone: {0}")
    @ValueSource(strings = {"2020年", "2020年。", "1919年"})
    void yearsWithRepeatedHalvesAreLeftAlone(String line) {
        assertEquals(line, undouble(line));
    }
}
