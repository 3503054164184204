package banmian.pdf;

import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.text.InputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PDFs that are not laid out the plain way: rotated, cropped, sideways text, empty pages, narrow letters. */
class PdfEdgeCaseTest {
    private static final String SPRING = "春耕时节，记者走进县里的几个村子，看到农民们正在田间忙碌，翻地、施肥、播种，"
            + "一派繁忙景象。今年县里推广新的种植技术，农业技术人员深入田间地头，手把手教农民科学种田。";
    /** Height of TestPdf's pages, for placing text on a page shown turned a quarter. */
    private static final float HEIGHT = 800;

    @Test
    void pageShownTurnedAQuarterReadsAsDisplayed() throws Exception {
        // Content drawn turned back a quarter, so that with /Rotate 90 it shows upright, 800 wide.
        TestPdf pdf = new TestPdf().rotated(90);
        shown(pdf, "春耕备耕正当时", 60, 50, 24);
        int half = SPRING.length() / 2;
        for (int i = 0, line = 0; i < half; i += 15, line++) {
            shown(pdf, SPRING.substring(i, Math.min(half, i + 15)), 40, 100 + line * 15, 10);
        }
        for (int i = half, line = 0; i < SPRING.length(); i += 15, line++) {
            shown(pdf, SPRING.substring(i, Math.min(SPRING.length(), i + 15)), 220, 100 + line * 15, 10);
        }
        PdfPage read = pdf.read();
        assertEquals(800, read.width(), 0.5);
        assertEquals(600, read.height(), 0.5);
        Page page = new PdfPageParser().parse(read, PageMeta.UNKNOWN);
        assertEquals(1, page.articles().size(), page::toString);
        assertEquals("春耕备耕正当时", page.articles().get(0).headlineText());
        assertEquals(SPRING, page.articles().get(0).bodyText());
    }

    @Test
    void sidewaysLabelStaysOutOfTheText() throws Exception {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 60, 50, 24);
        pdf.column(SPRING, 40, 70, 10, 15);
        pdf.turned("图表数据来源统计局", 230, 80, 9, 90);
        Page page = new PdfPageParser().parse(pdf.read(), PageMeta.UNKNOWN);
        assertEquals(SPRING, page.articles().get(0).bodyText());
        PdfPage read = pdf.read();
        List<Glyph> label = read.glyphs().stream().filter(glyph -> "图表数据来源统计局".contains(glyph.text())).toList();
        assertTrue(label.stream().allMatch(Glyph::vertical), "text running down the page reads as a vertical run");
        assertTrue(label.stream().allMatch(glyph -> glyph.x() > 215 && glyph.x() < 235), label::toString);
    }

    @Test
    void labelRunningUpThePageReadsFromItsFoot() {
        TestPdf pdf = new TestPdf();
        pdf.text("春耕备耕正当时", 60, 50, 24);
        pdf.column(SPRING, 40, 70, 10, 15);
        pdf.turned("图表数据来源统计局", 230, 200, 9, -90);
        List<String> lines = new PdfPageParser().sourceLines(pdf.read()).stream().map(line -> line.text()).toList();
        assertTrue(lines.contains("图表数据来源统计局"), lines::toString);
        assertEquals(SPRING, new PdfPageParser().parse(pdf.read(), PageMeta.UNKNOWN).articles().get(0).bodyText());
    }

    @Test
    void figureAtTheEndOfABodyLineDoesNotJoinTheNextColumn() {
        TestPdf pdf = new TestPdf();
        pdf.text("去年全县粮食产量达到", 40, 100, 10).text("120", 147, 100, 10).text("万吨", 166, 100, 10);
        pdf.text("更踏实。", 201, 100, 10);
        List<String> lines = new PdfPageParser().sourceLines(pdf.read()).stream().map(line -> line.text().replace(" ", ""))
                .filter(text -> !text.isEmpty()).toList();
        assertEquals(List.of("去年全县粮食产量达到120万吨", "更踏实。"), lines);
    }

    @Test
    void trackedFiguresStayWhole() {
        // A justified line spreads every pair by 0.15 em; digits and the point are no words.
        TestPdf pdf = new TestPdf();
        String text = "增长3.5%，达到2024亿元";
        float x = 40;
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            pdf.text(c, x, 100, 10);
            x += (c.charAt(0) < 0x80 ? 5.5f : 10) + 1.5f;
        }
        String line = new PdfPageParser().sourceLines(pdf.read()).get(0).text();
        assertEquals("增长3.5%，达到2024亿元", banmian.text.Spacing.body(line), line);
    }

    @Test
    void narrowLettersRepeatedSideBySideAreNotOverprints() {
        PdfPage page = new TestPdf().text("Hello Bill... Part III", 50, 100, 12).read();
        assertEquals("HelloBill...PartIII", page.glyphs().stream().map(Glyph::text).collect(Collectors.joining()));
        assertFalse(page.glyphs().stream().anyMatch(Glyph::overprinted));
        assertEquals("Hello Bill... Part III", new PdfPageParser().sourceLines(page).get(0).text(), "word spaces kept");
    }

    @Test
    void emptyAndScannedPagesAmongTextPagesComeBackEmpty() throws Exception {
        TestPdf pdf = new TestPdf().text("春耕备耕正当时", 60, 50, 24).nextPage().nextPage().image(0, 0, 600, 800);
        List<PdfPage> pages = new PdfReader().read(pdf.bytes(), "three.pdf");
        assertEquals(List.of(1, 2, 3), pages.stream().map(PdfPage::number).toList());
        assertTrue(PdfReader.problem(pages.get(0), true).isEmpty());
        assertEquals("page 2 has no text layer; OCR is needed", PdfReader.problem(pages.get(1), true).orElseThrow());
        assertEquals("page 3 has no text layer (a scanned image); OCR is needed", PdfReader.problem(pages.get(2), true).orElseThrow());
        assertTrue(new PdfPageParser().parse(pages.get(2), PageMeta.UNKNOWN).articles().isEmpty());
    }

    @Test
    void documentWithoutAnyTextIsRefused() {
        TestPdf pdf = new TestPdf().image(0, 0, 600, 800).nextPage().image(0, 0, 600, 800);
        InputException e = assertThrows(InputException.class, () -> new PdfReader().read(pdf.bytes(), "scans.pdf"));
        assertEquals("scans.pdf: page 1 has no text layer (a scanned image); OCR is needed", e.getMessage());
    }

    @Test
    void whatLiesOutsideTheCropBoxIsNotOnThePage() {
        PdfPage page = new TestPdf().text("左边正文", 50, 100, 12).text("右边裁掉", 450, 100, 12).rule(400, 300, 590, 300)
                .cropped(0, 0, 300, 800).read();
        assertEquals("左边正文", page.glyphs().stream().map(Glyph::text).collect(Collectors.joining()));
        assertTrue(page.rules().isEmpty(), page.rules()::toString);
        assertEquals(300, page.width(), 0.5);
    }

    /** Text placed at (x, baseline) on a page shown turned a quarter clockwise. */
    private static void shown(TestPdf pdf, String text, float x, float baseline, float size) {
        pdf.turned(text, baseline, HEIGHT - x, size, -90);
    }
}
