package banmian.pdf;

import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import banmian.text.InputDecoder;
import banmian.text.InputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfReaderTest {
    @Test
    void glyphsCarryPositionSizeAndText() {
        PdfPage page = new TestPdf().text("新华社北京", 50, 100, 12).read();
        assertEquals("新华社北京", text(page.glyphs()));
        Glyph first = page.glyphs().get(0);
        assertEquals(50, first.x(), 0.5);
        assertEquals(100, first.baseline(), 0.5);
        assertEquals(12, first.size(), 0.1);
        assertEquals(62, page.glyphs().get(1).x(), 0.5, "a Han glyph advances one em");
    }

    @Test
    void fakeBoldOverprintCollapsesToOneGlyphEach() {
        PdfPage page = new TestPdf().overprinted("记者 刘亮亮 摄", 50, 100, 10, 2, 0.3f).read();
        assertEquals("记者刘亮亮摄", text(page.glyphs()), "each glyph once; the real repeat 亮亮 kept");
        assertTrue(page.glyphs().stream().allMatch(Glyph::overprinted));
    }

    @Test
    void textStrokedAsWellAsFilledIsHeavy() {
        PdfPage page = new TestPdf().stroked("简讯标题", 50, 100, 10).text("正文一行", 50, 130, 10).read();
        assertEquals(List.of(true, true, true, true, false, false, false, false),
                page.glyphs().stream().map(Glyph::heavy).toList(), "fill-and-stroke bold, then plain fill");
    }

    @Test
    void lineDrawnFourTimesIsReadOnce() {
        PdfPage page = new TestPdf().overprinted("高高兴兴看看", 50, 100, 10, 4, 0.2f).text("天天", 50, 130, 10).read();
        assertEquals("高高兴兴看看天天", text(page.glyphs()));
        assertFalse(page.glyphs().get(6).overprinted(), "a glyph drawn once is not marked");
    }

    @Test
    void sameCharacterInAnotherSizeNearbyIsNotADuplicate() {
        PdfPage page = new TestPdf().text("的", 50, 100, 40).text("的", 52, 98, 9).read();
        assertEquals(2, page.glyphs().size());
    }

    @Test
    void rulesBoxOutlinesAndImagesInPageCoordinates() {
        PdfPage page = new TestPdf().text("正文", 50, 100, 10)
                .rule(40, 200, 500, 200).rule(300, 220, 300, 600)
                .frame(320, 240, 200, 100).image(60, 400, 160, 120).read();
        Rule horizontal = page.rules().stream().filter(Rule::horizontal).filter(rule -> rule.length() > 400).findFirst().orElseThrow();
        assertEquals(200, horizontal.position(), 0.5);
        assertEquals(40, horizontal.extent().x(), 0.5);
        assertTrue(page.rules().stream().anyMatch(rule -> !rule.horizontal() && Math.abs(rule.position() - 300) < 0.5
                && Math.abs(rule.extent().y() - 220) < 0.5 && Math.abs(rule.extent().bottom() - 600) < 0.5));
        // The box outline gives its four sides as rules.
        assertTrue(page.rules().stream().anyMatch(rule -> rule.horizontal() && Math.abs(rule.position() - 240) < 0.5
                && Math.abs(rule.extent().x() - 320) < 0.5 && Math.abs(rule.length() - 200) < 0.5), page.rules()::toString);
        assertTrue(page.rules().stream().anyMatch(rule -> rule.horizontal() && Math.abs(rule.position() - 340) < 0.5));
        assertTrue(page.rules().stream().anyMatch(rule -> !rule.horizontal() && Math.abs(rule.position() - 520) < 0.5
                && Math.abs(rule.length() - 100) < 0.5));
        assertEquals(1, page.images().size());
        Box image = page.images().get(0);
        assertEquals(60, image.x(), 0.5);
        assertEquals(400, image.y(), 0.5);
        assertEquals(160, image.width(), 0.5);
        assertEquals(120, image.height(), 0.5);
    }

    @Test
    void encryptedPdfNeedsAPassword() throws Exception {
        byte[] plain = new TestPdf().text("正文", 50, 100, 10).bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
        }
        assertRejected(out.toByteArray(), "locked.pdf: the PDF is encrypted and needs a password");
    }

    /**
     * Fonts whose Unicode map leads nowhere (here: every glyph to the private use area, as in PDFs
     * made from publishing systems' in-house fonts) give glyph codes, not text.
     */
    @Test
    void fontsWithoutUsableUnicodeMapAreRefused() throws Exception {
        byte[] plain = new TestPdf().text("新华社北京三月十日电记者", 50, 100, 12).bytes();
        String privateUse = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "/CMapName /Garbled def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                + "1 beginbfrange <0000> <00FF> <E000> endbfrange endcmap\n"
                + "CMapName currentdict /CMap defineresource pop end end\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(plain)) {
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                var stream = document.getDocument().createCOSStream();
                try (var cmap = stream.createOutputStream()) {
                    cmap.write(privateUse.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
                resources.getFont(name).getCOSObject().setItem(org.apache.pdfbox.cos.COSName.TO_UNICODE, stream);
            }
            document.save(out);
        }
        InputException e = assertThrows(InputException.class, () -> new PdfReader().read(out.toByteArray(), "codes.pdf"));
        assertEquals("codes.pdf: the page uses fonts without a Unicode map; its text would be garbled"
                + " (12 of 12 characters unmapped); OCR is needed", e.getMessage());
    }

    @Test
    void damagedPdf() {
        byte[] whole = new TestPdf().text("正文", 50, 100, 10).bytes();
        InputException e = assertThrows(InputException.class,
                () -> new PdfReader().read(Arrays.copyOf(whole, 200), "cut.pdf"));
        assertTrue(e.getMessage().startsWith("cut.pdf: damaged or unreadable PDF ("), e.getMessage());
    }

    @Test
    void scannedPageSaysOcrIsNeeded() {
        byte[] scan = new TestPdf().image(0, 0, 600, 800).bytes();
        assertRejected(scan, "locked.pdf: the page has no text layer (a scanned image); OCR is needed");
    }

    @Test
    void pageWithNothingOnIt() {
        byte[] blank = new TestPdf().rule(10, 10, 300, 10).bytes();
        assertRejected(blank, "locked.pdf: the page has no text layer; OCR is needed");
    }

    @Test
    void notAPdfIsNotTakenForOne() {
        assertFalse(InputDecoder.looksLikePdf("正文 %PDF".getBytes(java.nio.charset.StandardCharsets.UTF_16)));
        assertTrue(InputDecoder.looksLikePdf("\n\n%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    /**
     * pdfplumber's sample of doubled characters: its headings are drawn twice, a fraction of a point
     * apart (its body really repeats words, so no text pattern can judge it). The glyphs kept are
     * those PDFBox's own duplicate suppression keeps on these horizontal pages, fewer than were drawn.
     */
    @RealPages
    @Test
    void realOverprintedPdfKeepsWhatPdfboxKeeps() throws Exception {
        Path pdf = SharedCorpus.directory().resolve("corpus/misc/pdfplumber_issue-71-duplicate-chars.pdf");
        List<PdfPage> pages = new PdfReader().read(Files.readAllBytes(pdf), pdf.toString());
        List<Glyph> glyphs = pages.stream().flatMap(page -> page.glyphs().stream()).toList();
        StringBuilder drawn = new StringBuilder();
        String kept;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            kept = new PDFTextStripper().getText(document);
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    drawn.append(text.getUnicode());
                }
            }.getText(document);
        }
        assertEquals(sortedCharacters(kept), sortedCharacters(text(glyphs)));
        assertTrue(drawn.length() > glyphs.size() + 50, "the pages do draw glyphs twice");
        assertTrue(glyphs.stream().anyMatch(Glyph::overprinted));
    }

    private static String sortedCharacters(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c)).sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** pdfplumber's sample whose text lines are drawn four times over. */
    @RealPages
    @Test
    void realPdfWithLinesDrawnFourTimes() throws Exception {
        Path pdf = SharedCorpus.directory().resolve("corpus/misc/pdfplumber_issue-842-example.pdf");
        PdfPage page = new PdfReader().read(Files.readAllBytes(pdf), pdf.toString()).get(0);
        String text = new PdfPageParser().sourceLines(page).stream().map(line -> line.text()).collect(Collectors.joining("\n"));
        assertFalse(text.matches("(?s).*(\\p{IsHan}{2})\\1\\1\\1.*"), () -> "a run four times:\n" + text);
        assertTrue(page.glyphs().stream().allMatch(Glyph::overprinted), "every line of this page is drawn four times");
    }

    private static void assertRejected(byte[] pdf, String message) {
        InputException e = assertThrows(InputException.class, () -> new PdfReader().read(pdf, "locked.pdf"));
        assertEquals(message, e.getMessage());
    }

    private static String text(List<Glyph> glyphs) {
        return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
    }
}
