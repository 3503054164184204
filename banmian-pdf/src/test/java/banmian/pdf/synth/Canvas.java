package banmian.pdf.synth;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The PDF writer: marks in top-left coordinates, drawn with PDFBox 3 in embedded subset fonts (no
 * kerning: every glyph at its advance plus the line's character spacing). The same marks give the same
 * bytes (no dates, no document id).
 */
final class Canvas {
    private sealed interface Mark permits Text, Vertical, Line, Box, Photo {
    }

    private record Text(SynthFonts.Face face, String text, float x, float baseline, float size, float spacing, boolean bold)
            implements Mark {
    }

    private record Vertical(SynthFonts.Face face, String text, float x, float top, float size, boolean bold) implements Mark {
    }

    private record Line(float x1, float y1, float x2, float y2, float width) implements Mark {
    }

    private record Box(float x, float y, float width, float height, float grey, boolean stroke) implements Mark {
    }

    private record Photo(float x, float y, float width, float height, long seed) implements Mark {
    }

    final float width;
    final float height;
    private final List<Mark> marks = new ArrayList<>();

    Canvas(float width, float height) {
        this.width = width;
        this.height = height;
    }

    /** A line of text from {@code x} on {@code baseline}, {@code spacing} added after every character. */
    void text(SynthFonts.Face face, String text, float x, float baseline, float size, float spacing, boolean bold) {
        if (!text.isEmpty()) {
            marks.add(new Text(face, text, x, baseline, size, spacing, bold));
        }
    }

    /** Text set downwards from {@code top} in the vertical writing mode (Identity-V). */
    void vertical(SynthFonts.Face face, String text, float x, float top, float size, boolean bold) {
        marks.add(new Vertical(face, text, x, top, size, bold));
    }

    void rule(float x1, float y1, float x2, float y2, float lineWidth) {
        marks.add(new Line(x1, y1, x2, y2, lineWidth));
    }

    void frame(float x, float y, float w, float h) {
        marks.add(new Box(x, y, w, h, 0, true));
    }

    /** A filled rectangle ({@code grey} 0 black … 1 white): a tint behind a box, a photo's stand-in. */
    void fill(float x, float y, float w, float h, float grey) {
        marks.add(new Box(x, y, w, h, grey, false));
    }

    /** A photo: a small seeded noise image scaled to the box. */
    void photo(float x, float y, float w, float h, long seed) {
        marks.add(new Photo(x, y, w, h, seed));
    }

    /** How many marks are made so far: where {@link #rollBack} returns to. */
    int mark() {
        return marks.size();
    }

    /** Takes back every mark made since {@code mark}: something set tentatively that did not fit after all. */
    void rollBack(int mark) {
        marks.subList(mark, marks.size()).clear();
    }

    byte[] bytes() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            Map<SynthFonts.Face, PDType0Font> horizontal = new IdentityHashMap<>();
            Map<SynthFonts.Face, PDType0Font> vertical = new IdentityHashMap<>();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (Mark mark : marks) {
                    draw(document, content, mark, horizontal, vertical);
                }
            }
            // A document id of the page's own making: PDFBox would otherwise make one from the clock.
            long id = 17;
            for (Mark mark : marks) {
                id = id * 31 + (mark instanceof Text t ? t.text().hashCode() : mark.getClass().getSimpleName().hashCode());
            }
            byte[] idBytes = java.nio.ByteBuffer.allocate(16).putLong(id).putLong(marks.size()).array();
            COSArray ids = new COSArray();
            ids.add(new COSString(idBytes));
            ids.add(new COSString(idBytes));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(PDDocument document, PDPageContentStream content, Mark mark,
                      Map<SynthFonts.Face, PDType0Font> horizontal, Map<SynthFonts.Face, PDType0Font> vertical) throws IOException {
        if (mark instanceof Text t) {
            PDType0Font font = horizontal.get(t.face());
            if (font == null) {
                font = PDType0Font.load(document, t.face().font(), true);
                horizontal.put(t.face(), font);
            }
            content.beginText();
            content.setFont(font, t.size());
            content.setCharacterSpacing(t.spacing());
            bold(content, t.bold(), t.size());
            content.newLineAtOffset(t.x(), height - t.baseline());
            content.showText(t.text());
            content.endText();
        } else if (mark instanceof Vertical v) {
            PDType0Font font = vertical.get(v.face());
            if (font == null) {
                font = PDType0Font.loadVertical(document, v.face().font(), true);
                vertical.put(v.face(), font);
            }
            content.beginText();
            content.setFont(font, v.size());
            content.setCharacterSpacing(0);
            bold(content, v.bold(), v.size());
            // A vertical font's origin is the top centre of the first glyph.
            content.newLineAtOffset(v.x() + v.size() / 2, height - v.top());
            content.showText(v.text());
            content.endText();
        } else if (mark instanceof Line l) {
            content.setLineWidth(l.width());
            content.moveTo(l.x1(), height - l.y1());
            content.lineTo(l.x2(), height - l.y2());
            content.stroke();
        } else if (mark instanceof Box b && b.stroke()) {
            content.setLineWidth(0.6f);
            content.addRect(b.x(), height - b.y() - b.height(), b.width(), b.height());
            content.stroke();
        } else if (mark instanceof Box b) {
            content.setNonStrokingColor(b.grey());
            content.addRect(b.x(), height - b.y() - b.height(), b.width(), b.height());
            content.fill();
            content.setNonStrokingColor(0f);
        } else if (mark instanceof Photo p) {
            Random random = new Random(p.seed());
            BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 12; y++) {
                for (int x = 0; x < 16; x++) {
                    image.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            content.drawImage(LosslessFactory.createFromImage(document, image), p.x(), height - p.y() - p.height(), p.width(), p.height());
        }
    }

    /** Bold as the papers' PDFs often make it: the glyph outline stroked as well as filled. */
    private static void bold(PDPageContentStream content, boolean bold, float size) throws IOException {
        content.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        if (bold) {
            content.setLineWidth(size * 0.03f);
        }
    }
}
