package banmian.pipeline;

import banmian.text.InputDecoder;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

/** Fuzzes the text path: {@link InputDecoder} and then the text parser (see {@link FuzzContract}). */
class TextLayerFuzzTest {
    /**
     * UTF-8, GB18030 or UTF-16 bytes of a page's text layer. Inputs that carry a PDF header take the
     * PDF path, which {@link PdfFuzzTest} fuzzes: they are left to it.
     */
    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    // No line breaks among the entries: Jazzer 0.24 writes them unescaped and libFuzzer then rejects the dictionary.
    @DictionaryEntries({"\u3000", "\u3000\u3000", "\uFEFF", "本报记者", "本报讯", "新华社", "电", "（", "）", "《", "》",
            "：", "“", "”", "第", "版", "年", "月", "日", "星期", "图为", "摄", "下转第", "上接第", "责任编辑", "一二三四五六七八九十"})
    void textLayer(byte[] bytes) {
        if (InputDecoder.looksLikePdf(bytes)) {
            return;
        }
        FuzzContract.readAndParse("page.txt", bytes);
    }
}
