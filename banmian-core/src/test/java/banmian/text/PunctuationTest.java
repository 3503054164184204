package banmian.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PunctuationTest {

    @ParameterizedTest(name = "ends a sentence: {0}")
    @ValueSource(strings = {
            "会议在京闭幕。",
            "这是多么令人振奋！",
            "路在何方？",
            "故事还在继续…",
            "故事还在继续……",
            "一是稳增长；",
            "他表示：",
            "Done!",
            "Why?",
            "a;",
            "b:",
            "会议在京闭幕。 ",
            "会议在京闭幕。\u3000",
            "他说：“我们一定能做到。”",
            "他问：“真的吗？”",
            "（本报记者采写。）",
            "“这就是答案！”）",
            "书名叫《远方。》",
            "「好。」",
            "『好！』",
            "他说：‘好。’",
            "【完。】",
            "(Why?)",
            "\"Yes!\"",
            "这正是我们要追求的——",
            "这正是我们要追求的—— ",
            "——"
    })
    void endsSentence(String text) {
        assertTrue(Punctuation.endsSentence(text), text);
    }

    @ParameterizedTest(name = "does not end a sentence: {0}")
    @ValueSource(strings = {
            "",
            "   ",
            "会议在京",
            "会议在京闭幕，",
            "会议在京闭幕、",
            "代表们认为",
            "他说：“我们一定能做到”",
            "（完）",
            "”",
            "）",
            "《人民日报》",
            "中—",
            "—",
            "第3",
            "etc..",
            "(see above.)",
            "3.14",
            "the end"
    })
    void doesNotEndSentence(String text) {
        assertFalse(Punctuation.endsSentence(text), text);
    }

    @ParameterizedTest(name = "can end a title: {0}")
    @ValueSource(strings = {
            "全国政协十四届二次会议闭幕",
            "奋进新征程！",
            "路在何方？",
            "“两会”时间",
            "聚焦“两会”",
            "读《论语》",
            "（上）",
            "G20",
            "走向未来…… ",
            "新时代 新征程 "
    })
    void canEndTitle(String text) {
        assertTrue(Punctuation.canEndTitle(text), text);
    }

    @ParameterizedTest(name = "cannot end a title: {0}")
    @ValueSource(strings = {
            "",
            "  ",
            "坚持稳中求进，",
            "a,",
            "改革、",
            "会议闭幕。",
            "一是；",
            "a;",
            "他说：",
            "a:",
            "关于（",
            "关于(",
            "他说“",
            "他说‘",
            "读《",
            "见【",
            "会议闭幕。 "
    })
    void cannotEndTitle(String text) {
        assertFalse(Punctuation.canEndTitle(text), text);
    }

    @Test
    void endsWithClauseBreak() {
        assertTrue(Punctuation.endsWithClauseBreak("坚持稳中求进，"));
        assertTrue(Punctuation.endsWithClauseBreak("改革、"));
        assertTrue(Punctuation.endsWithClauseBreak("first,"));
        assertTrue(Punctuation.endsWithClauseBreak("坚持稳中求进， \u3000"));
        assertFalse(Punctuation.endsWithClauseBreak(""));
        assertFalse(Punctuation.endsWithClauseBreak(" "));
        assertFalse(Punctuation.endsWithClauseBreak("会议闭幕。"));
        assertFalse(Punctuation.endsWithClauseBreak("一是；"));
        assertFalse(Punctuation.endsWithClauseBreak("他说："));
        assertFalse(Punctuation.endsWithClauseBreak("代表们认为"));
        assertFalse(Punctuation.endsWithClauseBreak("，然后"));
    }

}
