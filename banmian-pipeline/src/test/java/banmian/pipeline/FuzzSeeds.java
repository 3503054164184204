package banmian.pipeline;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.util.Matrix;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the seed corpora of {@link TextLayerFuzzTest} and {@link PdfFuzzTest}: small page texts in
 * each encoding the decoder takes, and small page PDFs with uncompressed content streams (so that
 * the fuzzer's mutations land on operators, not on deflate bits). The page text is invented for the
 * purpose. {@code FuzzSeedsTest} checks that the committed seeds are what this class makes, and
 * with {@code -Dbanmian.fuzz.writeSeeds=true} writes them anew. The embedded font is Debian's
 * fonts-wqy-microhei, which the PDF tests need anyway.
 */
final class FuzzSeeds {
    static final Path RESOURCES = Path.of("src/test/resources/banmian/pipeline");
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    static final String FURNITURE = "城东晚报  2024年3月11日 星期一  第3版  社区";
    static final String KICKER = "首届社区读书节开幕";
    static final String HEADLINE = "老街书屋点亮社区夜晚";
    static final String BYLINE = "本报记者  周明远";
    static final String BODY = "本报讯（记者周明远）3月10日，城东区首届社区读书节在老街文化中心开幕。"
            + "活动为期一个月，设置亲子共读、旧书交换和夜间读书会等十二项内容。"
            + "开幕当天，不少居民早早来到书屋排队。退休教师王秀兰说：“以前借书要坐半小时公交，现在走路五分钟就到了。”"
            + "据介绍，书屋由街道和区文化馆共同运营，每天开放到晚上九点。";
    static final String CAPTION = "图为居民在老街书屋阅读。  李  珂摄";
    static final String JUMP = "（下转第四版）";
    static final String HEADLINE_2 = "春季义诊走进十个村";
    static final String BODY_2 = "本报讯（通讯员林晓）3月9日，区人民医院组织二十名医生走进十个行政村开展义诊，"
            + "为村民免费测量血压血糖，讲解常见病预防知识。义诊现场排起长队，七十多岁的张大爷说，"
            + "在家门口就能看上专家，省了不少路费。医院表示，今年将把义诊办成每月一次的常态活动。";

    /** The seeds, by their paths under {@link #RESOURCES}. */
    static final List<String> NAMES = List.of(
            "TextLayerFuzzTestInputs/textLayer/utf8.txt",
            "TextLayerFuzzTestInputs/textLayer/utf8-bom-crlf.txt",
            "TextLayerFuzzTestInputs/textLayer/gb18030.txt",
            "TextLayerFuzzTestInputs/textLayer/utf16le-bom.txt",
            "TextLayerFuzzTestInputs/textLayer/utf16be-bom-pages.txt",
            "TextLayerFuzzTestInputs/textLayer/layout-columns.txt",
            "PdfFuzzTestInputs/pdf/standard14.pdf",
            "PdfFuzzTestInputs/pdf/cid-ucs2.pdf",
            "PdfFuzzTestInputs/pdf/type3.pdf",
            "PdfFuzzTestInputs/pdf/embedded-cjk.pdf");

    private FuzzSeeds() {
    }

    /** Every seed by its name in {@link #NAMES}. */
    static Map<String, byte[]> all() throws IOException {
        String lf = pageText(16);
        List<byte[]> seeds = List.of(
                lf.getBytes(StandardCharsets.UTF_8),
                withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
                pageText(13).getBytes(Charset.forName("GB18030")),
                withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, pageText(20).getBytes(StandardCharsets.UTF_16LE)),
                // UTF_16 writes big-endian after a BOM; a form feed parts pages as extractors write them.
                (pageText(14) + "\f" + FURNITURE + "\n").getBytes(StandardCharsets.UTF_16),
                layoutText().getBytes(StandardCharsets.UTF_8),
                standard14Pdf(),
                cidPdf(),
                type3Pdf(),
                embeddedFontPdf());
        Map<String, byte[]> byName = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            byName.put(NAMES.get(i), seeds.get(i));
        }
        return byName;
    }

    static void write() throws IOException {
        for (Map.Entry<String, byte[]> seed : all().entrySet()) {
            Path path = RESOURCES.resolve(seed.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, seed.getValue());
        }
    }

    /** The page as an extractor writes it: furniture, kicker, headline, byline, body cut into column lines. */
    static String pageText(int perLine) {
        StringBuilder text = new StringBuilder(FURNITURE).append("\n\n").append(KICKER).append('\n').append(HEADLINE)
                .append("\n\n").append(BYLINE).append("\n\n");
        for (String line : cut(BODY, perLine)) {
            text.append(line).append('\n');
        }
        return text.append('\n').append(CAPTION).append('\n').append(JUMP).append('\n').toString();
    }

    /**
     * Two articles side by side, as {@code pdftotext -layout} writes a page: each line holds a line of
     * both columns, the gap between them filled with spaces. The longest text seed: fuzzed text starts
     * no longer than it.
     */
    static String layoutText() {
        List<String> left = new ArrayList<>(List.of(HEADLINE, "", BYLINE, ""));
        left.addAll(cut(BODY, 15));
        List<String> right = new ArrayList<>(List.of(HEADLINE_2, "", "", ""));
        right.addAll(cut(BODY_2, 15));
        StringBuilder text = new StringBuilder(" ".repeat(20)).append(FURNITURE).append("\n\n");
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String a = i < left.size() ? left.get(i) : "";
            String b = i < right.size() ? right.get(i) : "";
            // A CJK character takes two columns in the extractor's fixed-width grid.
            text.append(a).append(" ".repeat(Math.max(4, 36 - 2 * a.length()))).append(b).append('\n');
        }
        return text.append('\n').append(CAPTION).append(" ".repeat(12)).append(JUMP).append('\n').toString();
    }

    private static List<String> cut(String text, int perLine) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.length(); i += perLine) {
            lines.add(text.substring(i, Math.min(text.length(), i + perLine)));
        }
        return lines;
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        byte[] all = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }

    // --- hand-written PDFs --------------------------------------------------------------------

    /** Latin text in two standard 14 fonts (no font file), a rule, a frame, TJ kerning and the ' operator. */
    private static byte[] standard14Pdf() {
        String content = """
                q 0.5 w 30 560 m 530 560 l S Q
                q 1 0 0 1 30 120 cm 0 0 500 60 re S Q
                BT /F2 20 Tf 30 580 Td (Night Reading on Old Street) Tj ET
                BT /F1 9 Tf 30 610 Td (CITY EAST EVENING NEWS   March 11, 2024   Page 3) Tj ET
                BT /F1 10 Tf 12 TL 30 540 Td
                (The first community reading festival opened on Sunday) Tj
                (in the old street culture centre. It runs for a month) '
                T* [(with twelve ev) 20 (ents, from family reading) -250 (to a book swap.)] TJ
                T* (Residents queued at the door before it opened.) Tj
                ET
                BT /F1 10 Tf 1 0 0 1 310 540 Tm (Second column: the centre is run by the) Tj
                0 -12 Td (district library and opens until nine.) Tj ET
                """;
        String fonts = "/F1 5 0 R /F2 6 0 R";
        return simplePdf(560, 640, fonts, content, List.of(
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"));
    }

    /**
     * Chinese text in a CID font that the PDF names but does not embed (STSong-Light through the predefined
     * UniGB-UCS2-H CMap, as older Chinese producers write): a headline, a byline and two columns.
     */
    private static byte[] cidPdf() {
        StringBuilder content = new StringBuilder();
        content.append("q 0.6 w 20 470 m 380 470 l S Q\n");
        content.append(text(9, 20, 480, FURNITURE)).append(text(11, 20, 448, KICKER)).append(text(22, 20, 420, HEADLINE))
                .append(text(10, 20, 400, BYLINE));
        List<String> lines = cut(BODY, 16);
        int half = (lines.size() + 1) / 2;
        for (int i = 0; i < lines.size(); i++) {
            float x = i < half ? 20 : 205;
            float y = 380 - (i % half) * 15;
            content.append(text(10, x, y, lines.get(i)));
        }
        content.append(text(9, 20, 60, CAPTION)).append(text(9, 300, 40, JUMP));
        return simplePdf(400, 500, "/F1 5 0 R", content.toString(), List.of(
                "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
                "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
                        + " /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R"
                        + " /DW 1000 /W [1 95 500] >>",
                "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]"
                        + " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"));
    }

    private static String text(float size, float x, float y, String text) {
        return String.format(Locale.ROOT, "BT /F1 %s Tf %s %s Td <%s> Tj ET%n", number(size), number(x), number(y),
                HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_16BE)));
    }

    /**
     * A Type 3 font whose glyphs are drawn boxes, mapped to text by a ToUnicode CMap (codes 1 to 6 are
     * 读书节开幕了), with one code left unmapped.
     */
    private static byte[] type3Pdf() {
        String glyph = "1000 0 0 0 800 800 d1 100 0 600 700 re f";
        String content = """
                BT /T3 24 Tf 40 200 Td <010203040506> Tj ET
                BT /T3 12 Tf 40 170 Td <0405060102030407> Tj ET
                BT /T3 12 Tf 2 Tr 40 150 Td <06050403> Tj ET
                """;
        String toUnicode = """
                /CIDInit /ProcSet findresource begin 12 dict begin begincmap
                /CMapName /T3-UCS def /CMapType 2 def
                1 begincodespacerange <00> <FF> endcodespacerange
                1 beginbfrange <01> <06> [<8BFB> <4E66> <8282> <5F00> <5E55> <4E86>] endbfrange
                endcmap CMapName currentdict /CMap defineresource pop end end
                """;
        return simplePdf(300, 260, "/T3 5 0 R", content, List.of(
                "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0]"
                        + " /CharProcs << /g 6 0 R >> /Encoding << /Type /Encoding /Differences [1 /g /g /g /g /g /g /g] >>"
                        + " /FirstChar 1 /LastChar 7 /Widths [1000 1000 1000 1000 1000 1000 1000] /ToUnicode 7 0 R >>",
                stream(glyph),
                stream(toUnicode)));
    }

    private static String stream(String data) {
        return "<< /Length " + data.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n" + data + "\nendstream";
    }

    /**
     * One page: objects 1 (catalog), 2 (pages), 3 (page), 4 (content), then {@code extra} from 5 on.
     * Cross-reference offsets are exact, so PDFBox reads the file without repairing it.
     */
    private static byte[] simplePdf(int width, int height, String fonts, String content, List<String> extra) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + width + " " + height + "] /Resources << /Font << "
                + fonts + " >> >> /Contents 4 0 R >>");
        objects.add(stream(content));
        objects.addAll(extra);
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.toString().getBytes(StandardCharsets.ISO_8859_1).length);
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.toString().getBytes(StandardCharsets.ISO_8859_1).length;
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format(Locale.ROOT, "%010d 00000 n %n", offset).replace(System.lineSeparator(), "\n"));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String number(float value) {
        return value == Math.rint(value) ? Integer.toString((int) value) : Float.toString(value);
    }

    // --- a PDF with an embedded CJK font, written by PDFBox -----------------------------------

    /**
     * Two pages in a subset of WenQuanYi Micro Hei (Identity-H with a ToUnicode map, as most producers
     * write Chinese): a front page with fake-bold headline, columns, a rule and a photo; a page shown
     * turned a quarter ({@code /Rotate 90}) with vertical (Identity-V) text and a crop box.
     */
    private static byte[] embeddedFontPdf() throws IOException {
        try (PDDocument document = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(FONT.toFile())) {
            TrueTypeFont face = collection.getFontByName("WenQuanYiMicroHei");
            PDType0Font font = PDType0Font.load(document, face, true);
            PDType0Font vertical = PDType0Font.loadVertical(document, face, true);

            PDPage front = new PDPage(new PDRectangle(360, 420));
            document.addPage(front);
            try (PDPageContentStream content = new PDPageContentStream(document, front, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                show(content, font, 9, 20, 400, "城东晚报  第3版");
                content.setLineWidth(0.5f);
                content.moveTo(20, 392);
                content.lineTo(340, 392);
                content.stroke();
                for (int i = 0; i < 3; i++) {
                    show(content, font, 20, 20 + i * 0.3f, 362, HEADLINE);   // fake bold: drawn three times
                }
                show(content, font, 10, 20, 342, BYLINE);
                // A short body: every distinct character adds its glyph to the embedded subset.
                List<String> lines = cut(BODY.substring(0, 56), 14);
                int half = (lines.size() + 1) / 2;
                for (int i = 0; i < lines.size(); i++) {
                    show(content, font, 10, i < half ? 20 : 190, 322 - (i % half) * 15, lines.get(i));
                }
                content.drawImage(LosslessFactory.createFromImage(document, new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB)),
                        20, 60, 150, 80);
                show(content, font, 8, 20, 48, "图为居民在书屋阅读。");
            }

            PDPage turned = new PDPage(new PDRectangle(300, 200));
            turned.setRotation(90);
            turned.setCropBox(new PDRectangle(0, 0, 300, 190));
            document.addPage(turned);
            try (PDPageContentStream content = new PDPageContentStream(document, turned, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                content.beginText();
                content.setFont(vertical, 12);
                content.newLineAtOffset(270, 180);
                content.showText(KICKER);
                content.endText();
                content.beginText();
                content.setFont(font, 10);
                content.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(90), 120, 20));
                content.showText(HEADLINE);
                content.endText();
            }
            // A fixed document ID keeps the file the same from one run of the generator to the next.
            COSString id = new COSString("banmian-fuzz-seed");
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
