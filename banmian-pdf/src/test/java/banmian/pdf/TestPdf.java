package banmian.pdf;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Builds newspaper-like test pages with PDFBox and WenQuanYi Micro Hei (Debian fonts-wqy-microhei,
 * which PDFBox can subset and embed). Coordinates are from the top-left, as the PDF path reports them.
 */
final class TestPdf {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private final float width;
    private final float height;

    TestPdf() {
        this(600, 800);
    }

    /** A page of the given size in points. */
    TestPdf(float width, float height) {
        this.width = width;
        this.height = height;
    }

    private final List<List<Mark>> pages = new ArrayList<>(List.of(new ArrayList<>()));
    private List<Mark> marks = pages.get(0);
    private int rotation;
    private PDRectangle cropBox;

    private sealed interface Mark permits Text, Line, Rectangle, VerticalText, OtherFaceText {
    }

    /** Text in the collection's second face (WenQuanYi Micro Hei Mono): same glyphs, another font. */
    private record OtherFaceText(Text text) implements Mark {
    }

    private record VerticalText(String text, float x, float top, float size) implements Mark {
    }

    private record Text(String text, float x, float baseline, float size, int times, float offset, float angle, boolean stroked) implements Mark {
    }

    private record Line(float x1, float y1, float x2, float y2) implements Mark {
    }

    private record Rectangle(float x, float y, float width, float height, boolean image) implements Mark {
    }

    TestPdf text(String text, float x, float baseline, float size) {
        marks.add(new Text(text, x, baseline, size, 1, 0, 0, false));
        return this;
    }

    /** As {@link #text}, in another font of the same design (a second headline face). */
    TestPdf textInOtherFace(String text, float x, float baseline, float size) {
        marks.add(new OtherFaceText(new Text(text, x, baseline, size, 1, 0, 0, false)));
        return this;
    }

    /** Fake bold: the same text drawn {@code times} times, each copy shifted by {@code offset}. */
    TestPdf overprinted(String text, float x, float baseline, float size, int times, float offset) {
        marks.add(new Text(text, x, baseline, size, times, offset, 0, false));
        return this;
    }

    /** Bold as many producers make it from a regular face: the outline stroked as well as filled (rendering mode 2). */
    TestPdf stroked(String text, float x, float baseline, float size) {
        marks.add(new Text(text, x, baseline, size, 1, 0, 0, true));
        return this;
    }

    /** Text turned {@code degrees} clockwise on the page about its origin (a sideways label). */
    TestPdf turned(String text, float x, float baseline, float size, float degrees) {
        marks.add(new Text(text, x, baseline, size, 1, 0, degrees, false));
        return this;
    }

    /** Later marks go on a new page. */
    TestPdf nextPage() {
        marks = new ArrayList<>();
        pages.add(marks);
        return this;
    }

    /** Every page is shown turned {@code degrees} clockwise ({@code /Rotate}). */
    TestPdf rotated(int degrees) {
        rotation = degrees;
        return this;
    }

    /** Every page shows only this part (top-left coordinates, as the marks). */
    TestPdf cropped(float x, float y, float width, float height) {
        cropBox = new PDRectangle(x, this.height - y - height, width, height);
        return this;
    }

    /**
     * Lines of a body column: the text is cut every {@code perLine} characters and set one leading
     * (1.5 em) apart from {@code top}; returns the baseline after the last line.
     */
    float column(String text, float x, float top, float size, int perLine) {
        float baseline = top + size;
        for (int i = 0; i < text.length(); i += perLine) {
            text(text.substring(i, Math.min(text.length(), i + perLine)), x, baseline, size);
            baseline += size * 1.5f;
        }
        return baseline;
    }

    /** Text in a vertical font (Identity-V), set downwards from {@code top} with its left edge at {@code x}. */
    TestPdf vertical(String text, float x, float top, float size) {
        marks.add(new VerticalText(text, x, top, size));
        return this;
    }

    TestPdf rule(float x1, float y1, float x2, float y2) {
        marks.add(new Line(x1, y1, x2, y2));
        return this;
    }

    TestPdf frame(float x, float y, float width, float height) {
        marks.add(new Rectangle(x, y, width, height, false));
        return this;
    }

    /** A grey photo placeholder drawn as an image XObject. */
    TestPdf image(float x, float y, float width, float height) {
        marks.add(new Rectangle(x, y, width, height, true));
        return this;
    }

    byte[] bytes() {
        requireFont();
        try (PDDocument document = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(FONT.toFile())) {
            TrueTypeFont face = collection.getFontByName("WenQuanYiMicroHei");
            PDType0Font font = PDType0Font.load(document, face, true);
            PDType0Font verticalFont = PDType0Font.loadVertical(document, face, true);
            boolean otherFaceUsed = pages.stream().flatMap(List::stream).anyMatch(mark -> mark instanceof OtherFaceText);
            PDType0Font otherFont = otherFaceUsed ? PDType0Font.load(document, collection.getFontByName("WenQuanYiMicroHeiMono"), true) : null;
            for (List<Mark> pageMarks : pages) {
                PDPage page = new PDPage(new PDRectangle(width, height));
                page.setRotation(rotation);
                if (cropBox != null) {
                    page.setCropBox(cropBox);
                }
                document.addPage(page);
                if (pageMarks.isEmpty()) {
                    continue;
                }
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Mark mark : pageMarks) {
                        if (mark instanceof OtherFaceText other) {
                            draw(document, content, otherFont, other.text());
                        } else {
                            draw(document, content, mark instanceof VerticalText ? verticalFont : font, mark);
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PdfPage read() {
        try {
            return new PdfReader().read(bytes(), "test.pdf").get(0);
        } catch (banmian.text.InputException e) {
            return fail(e.getMessage());
        }
    }

    static void requireFont() {
        if (!Files.isRegularFile(FONT)) {
            fail(FONT + " not found: the PDF tests need Debian's fonts-wqy-microhei (.ci/run installs it)");
        }
    }

    private void draw(PDDocument document, PDPageContentStream content, PDType0Font font, Mark mark) throws IOException {
        if (mark instanceof Text text) {
            for (int i = 0; i < text.times(); i++) {
                content.beginText();
                content.setFont(font, text.size());
                content.setRenderingMode(text.stroked() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                if (text.stroked()) {
                    content.setLineWidth(text.size() * 0.03f);
                }
                if (text.angle() == 0) {
                    content.newLineAtOffset(text.x() + i * text.offset(), height - text.baseline());
                } else {
                    content.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(
                            Math.toRadians(-text.angle()), text.x(), height - text.baseline()));
                }
                content.showText(text.text());
                content.endText();
            }
        } else if (mark instanceof VerticalText text) {
            content.beginText();
            content.setFont(font, text.size());
            // A vertical font's origin is the top centre of the first glyph.
            content.newLineAtOffset(text.x() + text.size() / 2, height - text.top());
            content.showText(text.text());
            content.endText();
        } else if (mark instanceof Line line) {
            content.setLineWidth(0.5f);
            content.moveTo(line.x1(), height - line.y1());
            content.lineTo(line.x2(), height - line.y2());
            content.stroke();
        } else if (mark instanceof Rectangle rectangle && rectangle.image()) {
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document,
                    new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB));
            content.drawImage(image, rectangle.x(), height - rectangle.y() - rectangle.height(), rectangle.width(), rectangle.height());
        } else if (mark instanceof Rectangle rectangle) {
            content.setLineWidth(0.5f);
            content.addRect(rectangle.x(), height - rectangle.y() - rectangle.height(), rectangle.width(), rectangle.height());
            content.stroke();
        }
    }
}
