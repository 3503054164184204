package banmian.server;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A small page PDF of two articles (a headline over its body each, one beside the other), drawn with
 * PDFBox in WenQuanYi Micro Hei (Debian's fonts-wqy-microhei). Its media box is larger than its crop
 * box, as on many newspaper PDFs, so that a test sees the displayed page (the crop box) measured and
 * rendered, not the sheet.
 */
final class PrintedPage {
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    /** The sheet, and the part of it shown: the crop box starts this far in from the media box's left and top. */
    static final float SHEET_WIDTH = 640;
    static final float SHEET_HEIGHT = 860;
    static final float CROP_INSET = 20;
    static final float WIDTH = 600;
    static final float HEIGHT = 820;

    static final String FIRST_HEADLINE = "滨河公园樱花进入盛花期";
    static final String SECOND_HEADLINE = "城区老旧管网改造全面启动";
    private static final String FIRST_BODY = "本报讯　连日来，滨河公园的樱花进入盛花期，粉白相间的花海吸引众多市民前来踏青赏花。"
            + "公园管理处介绍，今年园内新栽樱花树三百余株，花期预计持续到本月下旬，游园高峰时段将实行限流。";
    private static final String SECOND_BODY = "本报讯　记者从市住建局获悉，今年全市将改造城区老旧供水管网一百二十公里，"
            + "涉及四十六个老旧小区，改造完成后管网漏损率将明显下降，居民用水更有保障。";

    private PrintedPage() {
    }

    static byte[] pdf() throws IOException {
        return pdf(1);
    }

    /** {@code pages} pages: the first with both articles, each other with the first article alone. */
    static byte[] pdf(int pages) throws IOException {
        if (!Files.isRegularFile(FONT)) {
            fail(FONT + " not found: the facsimile tests need Debian's fonts-wqy-microhei (.ci/run installs it)");
        }
        try (PDDocument document = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(FONT.toFile())) {
            PDType0Font font = PDType0Font.load(document, fonts.getFontByName("WenQuanYiMicroHei"), true);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(new PDRectangle(SHEET_WIDTH, SHEET_HEIGHT));
                page.setCropBox(new PDRectangle(CROP_INSET, CROP_INSET, WIDTH, HEIGHT));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    article(content, font, FIRST_HEADLINE, FIRST_BODY, 40);
                    if (p == 0) {
                        article(content, font, SECOND_HEADLINE, SECOND_BODY, 330);
                        content.moveTo(CROP_INSET + 310, SHEET_HEIGHT - CROP_INSET - 60);
                        content.lineTo(CROP_INSET + 310, SHEET_HEIGHT - CROP_INSET - 400);
                        content.stroke();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A headline of 22 points over a body of 10.5 points, 24 characters a line, from {@code left} on the displayed page. */
    private static void article(PDPageContentStream content, PDType0Font font, String headline, String body, float left) throws IOException {
        float top = 60;
        text(content, font, headline, left, top + 22, 20);
        float baseline = top + 60;
        for (int i = 0; i < body.length(); i += 24) {
            String line = body.substring(i, Math.min(body.length(), i + 24));
            text(content, font, line, left, baseline, 10.5f);
            baseline += 16;
        }
    }

    /** {@code x} and {@code baseline} on the displayed page, from its top-left. */
    private static void text(PDPageContentStream content, PDType0Font font, String text, float x, float baseline, float size)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(CROP_INSET + x, SHEET_HEIGHT - CROP_INSET - baseline);
        content.showText(text);
        content.endText();
    }
}
