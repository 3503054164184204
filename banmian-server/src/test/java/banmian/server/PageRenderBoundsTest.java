package banmian.server;

import banmian.archive.Facsimile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Page images of facsimiles made to cost: a page image is drawn on a reader's first GET, from a PDF
 * of any producer, so what one drawing may take is bounded (time, the pixels and decoded bytes of its
 * images) and so are the requests waiting for drawings. Found by a red-team run: 200,000 full-page
 * fills held a request thread for 170 s; an image declared 100 pixels square whose stream inflates to
 * gigabytes, or one 9,000 pixels square, ended in {@code OutOfMemoryError}.
 */
class PageRenderBoundsTest {
    private static final PDRectangle A3 = PDRectangle.A3;

    @TempDir
    Path dir;

    /** A one-page PDF drawing {@code draw} after a line of text, as a facsimile of the archive. */
    private Facsimile facsimile(String name, Drawing draw) throws IOException {
        Path pdf = dir.resolve(name + ".pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(A3);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                draw.on(document, content);
            }
            document.save(pdf.toFile());
        }
        return new Facsimile(pdf, A3.getWidth(), A3.getHeight(), "0".repeat(64));
    }

    private interface Drawing {
        void on(PDDocument document, PDPageContentStream content) throws IOException;
    }

    /** Full-page fills, each costing a few hundred microseconds to draw: {@code count} of them run past a short budget. */
    private static Drawing fills(int count) {
        return (document, content) -> {
            for (int i = 0; i < count; i++) {
                content.setNonStrokingColor((i % 100) / 100f);
                content.addRect(0, 0, A3.getWidth(), A3.getHeight());
                content.fill();
            }
        };
    }

    /** An RGB image declared {@code width} × {@code height} whose Flate stream inflates to {@code decodedBytes} of zeros. */
    private static Drawing image(int width, int height, long decodedBytes) {
        return (document, content) -> content.drawImage(new PDImageXObject(new PDStream(
                imageStream(document, width, height, decodedBytes, COSName.DEVICERGB)), null), 20, 20, 400, 400);
    }

    private static COSStream imageStream(PDDocument document, int width, int height, long decodedBytes, COSName colorSpace)
            throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            byte[] zeros = new byte[1 << 20];
            for (long left = decodedBytes; left > 0; left -= zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
        }
        stream.setItem(COSName.TYPE, COSName.XOBJECT);
        stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
        stream.setInt(COSName.WIDTH, width);
        stream.setInt(COSName.HEIGHT, height);
        stream.setItem(COSName.COLORSPACE, colorSpace);
        stream.setInt(COSName.BITS_PER_COMPONENT, 8);
        return stream;
    }

    private static int skippedImages(Facsimile facsimile) throws IOException {
        try (PDDocument document = Loader.loadPDF(facsimile.pdf().toFile())) {
            BoundedRenderer renderer = new BoundedRenderer(document, Duration.ofSeconds(60));
            renderer.renderImage(0, 0.5f, ImageType.RGB);
            return renderer.skippedImages();
        }
    }

    @Test
    void anImageWhoseStreamInflatesFarPastItsPixelsIsLeftOut() throws Exception {
        // 100 × 100 RGB is 30,000 bytes; the stream gives 64 MB (a real bomb: gigabytes), which PDFBox would hold whole.
        assertEquals(1, skippedImages(facsimile("inflating", image(100, 100, 64L << 20))));
    }

    @Test
    void anImageOfMorePixelsThanAPageScanIsLeftOut() throws Exception {
        int side = (int) Math.sqrt(BoundedRenderer.MAX_IMAGE_PIXELS) + 100;
        assertEquals(1, skippedImages(facsimile("huge", image(side, side, 3L * side * side))));
    }

    @Test
    void anInlineImageWhoseDataInflatesFarPastItsPixelsIsLeftOut() throws Exception {
        // BI … ID … EI: the data sits in the content stream, and PDFBox decodes it as it reads the operator.
        ByteArrayOutputStream inflating = new ByteArrayOutputStream();
        try (OutputStream deflating = new DeflaterOutputStream(inflating)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                deflating.write(zeros);
            }
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes("q 400 0 0 400 20 20 cm BI /W 100 /H 100 /CS /RGB /BPC 8 /F /Fl ID ".getBytes(StandardCharsets.US_ASCII));
        content.writeBytes(inflating.toByteArray());
        content.writeBytes("\nEI Q\n".getBytes(StandardCharsets.US_ASCII));
        Path pdf = dir.resolve("inline.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(A3);
            document.addPage(page);
            page.setContents(new PDStream(document, new ByteArrayInputStream(content.toByteArray())));
            document.save(pdf.toFile());
        }
        assertEquals(1, skippedImages(new Facsimile(pdf, A3.getWidth(), A3.getHeight(), "0".repeat(64))));
    }

    @Test
    void anImageWhoseSoftMaskInflatesFarPastItsPixelsIsLeftOut() throws Exception {
        assertEquals(1, skippedImages(facsimile("masked", (document, content) -> {
            COSStream image = imageStream(document, 100, 100, 3 * 100 * 100, COSName.DEVICERGB);
            image.setItem(COSName.SMASK, imageStream(document, 100, 100, 64L << 20, COSName.DEVICEGRAY));
            content.drawImage(new PDImageXObject(new PDStream(image), null), 20, 20, 400, 400);
        })));
    }

    @Test
    void anOrdinaryImageIsDrawn() throws Exception {
        assertEquals(0, skippedImages(facsimile("ordinary", image(600, 400, 3L * 600 * 400))));
    }

    @Test
    void aDrawingPastItsTimeStopsAndThePageIsNotDrawnAgain() throws Exception {
        Facsimile slow = facsimile("slow", fills(100_000));
        try (PDDocument document = Loader.loadPDF(slow.pdf().toFile())) {
            assertThrows(BoundedRenderer.TooCostly.class,
                    () -> new BoundedRenderer(document, Duration.ofMillis(200)).renderImage(0, 1, ImageType.RGB));
        }
        PageImages images = new PageImages(PageImages.RENDER_QUEUE, Duration.ofMillis(200));
        assertTrue(images.jpeg(slow, PageImages.Size.THUMB).isEmpty());
        assertTrue(images.jpeg(slow, PageImages.Size.THUMB).isEmpty(), "remembered");
        assertFalse(Files.exists(slow.rendition(PageImages.Size.THUMB.variant, "jpg")));
    }

    @Test
    void requestsBeyondTheDrawingPlacesAreTurnedAwayNotQueuedWithoutBound() throws Exception {
        PageImages images = new PageImages(1, Duration.ofSeconds(3));
        List<Facsimile> slow = new ArrayList<>();
        for (int i = 0; i < PageImages.CONCURRENT_RENDERS + 1; i++) {
            slow.add(facsimile("slow" + i, fills(200_000)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(slow.size());
        try {
            List<Future<?>> drawing = new ArrayList<>();
            for (Facsimile page : slow) {
                drawing.add(pool.submit(() -> images.jpeg(page, PageImages.Size.THUMB)));
            }
            while (images.freePlaces() > 0) {
                Thread.sleep(10);
            }
            Facsimile another = facsimile("another", fills(10));
            assertThrows(PageImages.Busy.class, () -> images.jpeg(another, PageImages.Size.THUMB));
            for (Future<?> done : drawing) {
                try {
                    done.get();
                } catch (ExecutionException e) {
                    // The waiting one waits no longer than a drawing may take, which may be as long as the two take.
                    assertTrue(e.getCause() instanceof PageImages.Busy, e.getCause().toString());
                }
            }
            assertTrue(images.jpeg(another, PageImages.Size.THUMB).isPresent(), "drawn once places are free");
        } finally {
            pool.shutdownNow();
        }
    }
}
