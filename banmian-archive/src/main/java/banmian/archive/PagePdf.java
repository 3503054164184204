package banmian.archive;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.Splitter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One page of a source PDF as a PDF of its own (PDFBox's {@link Splitter}: the page and the resources
 * it uses; a PDF of one page is kept as it is), with its displayed size in points: the crop box, turned by the page's {@code /Rotate},
 * as banmian-pdf measures every position and as PDFBox's renderer draws the page; {@code sourcePage}:
 * the page of the source PDF it was cut from (from 1).
 */
public record PagePdf(byte[] bytes, int sourcePage, double width, double height) {
    /**
     * The given pages (numbered from 1) of a PDF, each as a one-page PDF; a number beyond the
     * document's pages is left out.
     */
    public static Map<Integer, PagePdf> cut(byte[] pdf, Collection<Integer> pageNumbers) throws IOException {
        Map<Integer, PagePdf> pages = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int number : pageNumbers) {
                if (number < 1 || number > document.getNumberOfPages()) {
                    continue;
                }
                if (document.getNumberOfPages() == 1) {
                    // A PDF of one page (as papers publish them) is its page already: kept as it came.
                    pages.put(number, of(pdf, number, document.getPage(0)));
                    continue;
                }
                Splitter splitter = new Splitter();
                splitter.setStartPage(number);
                splitter.setEndPage(number);
                splitter.setSplitAtPage(1);
                try (PDDocument single = splitter.split(document).get(0)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    single.save(out);
                    pages.put(number, of(out.toByteArray(), number, single.getPage(0)));
                }
            }
        }
        return pages;
    }

    private static PagePdf of(byte[] bytes, int sourcePage, PDPage page) {
        PDRectangle crop = page.getCropBox();
        boolean turned = Math.floorMod(page.getRotation(), 180) == 90;
        return new PagePdf(bytes, sourcePage, turned ? crop.getHeight() : crop.getWidth(), turned ? crop.getWidth() : crop.getHeight());
    }
}
