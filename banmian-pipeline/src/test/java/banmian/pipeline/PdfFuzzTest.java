package banmian.pipeline;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

/**
 * Fuzzes the PDF path: PDFBox, the glyph, rule and image collector, the layout into lines, then the
 * page parser (see {@link FuzzContract}). The seeds keep their content streams uncompressed, so that
 * mutations land on operators and operands.
 */
class PdfFuzzTest {
    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({"%PDF-1.7", "obj", "endobj", "stream", "endstream", "xref", "trailer", "startxref",
            "<<", ">>", "/Type", "/Page", "/Pages", "/Kids", "/Count", "/MediaBox", "/CropBox", "/Rotate",
            "/Resources", "/Font", "/XObject", "/Form", "/Image", "/Contents", "/Length", "/Filter", "/Type0",
            "/Type1", "/Type3", "/TrueType", "/CIDFontType0", "/CIDFontType2", "/Identity-H", "/Identity-V",
            "/UniGB-UCS2-H", "/ToUnicode", "/DescendantFonts", "/Widths", "/W", "/FontMatrix", "/CharProcs",
            "/Encoding", "/Differences", "BT", "ET", "Tf", "Tj", "TJ", "Td", "TD", "Tm", "T*", "Tc", "Tw", "Tz",
            "TL", "Ts", "Tr", "q", "Q", "cm", "re", "m", "l", "c", "v", "y", "h", "S", "s", "f", "f*", "B", "b",
            "n", "w", "Do", "BI", "ID", "EI", "gs", "d0", "d1"})
    void pdf(byte[] bytes) {
        FuzzContract.readAndParse("page.pdf", bytes);
    }
}
