package banmian.bench;

import banmian.archive.PagePdf;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Facsimiles for synthetic pages: a one-page PDF of a broadsheet's size (A2, as 人民日报 prints)
 * with the page's number as its headline and columns of rules, different for every page so that
 * each page's images are rendered anew. A few kilobytes each, made in a millisecond.
 */
final class SyntheticFacsimiles {
    private static final PDRectangle BROADSHEET = PDRectangle.A2;
    private static final int COLUMNS = 6;

    private SyntheticFacsimiles() {
    }

    static PagePdf page(int number) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(BROADSHEET);
            document.addPage(page);
            float width = BROADSHEET.getWidth();
            float height = BROADSHEET.getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 48);
                content.newLineAtOffset(60, height - 110);
                content.showText("Synthetic page " + number);
                content.endText();
                float columnWidth = (width - 120) / COLUMNS;
                for (int column = 0; column < COLUMNS; column++) {
                    float left = 60 + column * columnWidth;
                    // Lines of "text" whose lengths vary with the page, so no two pages draw alike.
                    for (int line = 0; line < 80; line++) {
                        float length = columnWidth * (0.5f + ((number * 31 + column * 7 + line * 13) % 50) / 100f);
                        content.addRect(left, height - 180 - line * 18, length - 10, 6);
                    }
                }
                content.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return PagePdf.cut(out.toByteArray(), List.of(1)).get(1);
        }
    }
}
