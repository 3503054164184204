package banmian.server;

import banmian.archive.Facsimile;
import banmian.pipeline.AtomicFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Images of the pages as printed, rendered from their facsimile PDFs by PDFBox on first request and
 * cached on disk beside the PDF ({@link Facsimile#rendition}), written whole or not at all. Requests
 * for an image being rendered wait for that one rendering instead of starting their own; renderings
 * of different pages run at most {@link #CONCURRENT_RENDERS} at a time, so a burst of first views
 * cannot take all memory (a page at {@link Size#PAGE} is some 12 MB of pixels while it is drawn).
 * When the data directory cannot be written (an archive on read-only storage) the image is served
 * without being kept.
 */
final class PageImages {
    /** An image of a page: its name in addresses and in the cache, and its width in pixels. */
    enum Size {
        /** Wide enough to read headlines and see the layout on a large screen. */
        PAGE("page", 1600),
        /** The pages side by side. */
        THUMB("thumb", 240);

        final String variant;
        final int widthPixels;

        /**
         * The scale from points to pixels for a page of this size: its width at {@link #widthPixels},
         * unless the page is so narrow for its height that the image would pass {@link #MAX_ASPECT}
         * widths high (a hostile PDF's 1 × 10,000 point page), when its height is held there.
         */
        float scale(double widthPoints, double heightPoints) {
            return (float) Math.min(widthPixels / widthPoints, widthPixels * MAX_ASPECT / heightPoints);
        }

        Size(String variant, int widthPixels) {
            this.variant = variant;
            this.widthPixels = widthPixels;
        }
    }

    static final int CONCURRENT_RENDERS = 2;
    /** The tallest image drawn, in widths: a broadsheet page is about 1.4 widths high, a long strip of pages a few. */
    static final double MAX_ASPECT = 4;
    private static final float JPEG_QUALITY = 0.85f;

    private final Semaphore renders = new Semaphore(CONCURRENT_RENDERS);
    /** One lock per image being rendered, so concurrent first requests render it once. */
    private final ConcurrentHashMap<Path, Object> rendering = new ConcurrentHashMap<>();

    /** The JPEG of the page at this size, rendered now if it is not cached yet. */
    byte[] jpeg(Facsimile facsimile, Size size) throws IOException {
        Path cached = facsimile.rendition(size.variant, "jpg");
        byte[] bytes = readIfPresent(cached);
        if (bytes != null) {
            return bytes;
        }
        Object lock = rendering.computeIfAbsent(cached, path -> new Object());
        try {
            synchronized (lock) {
                bytes = readIfPresent(cached);
                if (bytes == null) {
                    bytes = render(facsimile, size);
                    keep(cached, bytes);
                }
                return bytes;
            }
        } finally {
            rendering.remove(cached, lock);
        }
    }

    private static byte[] readIfPresent(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException absent) {
            return null;
        }
    }

    private static void keep(Path cached, byte[] bytes) {
        try {
            AtomicFile.write(cached, bytes);
        } catch (IOException unwritable) {
            // Served all the same; rendered again next time.
        }
    }

    private byte[] render(Facsimile facsimile, Size size) throws IOException {
        try {
            renders.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to render " + facsimile.pdf().getFileName());
        }
        try (PDDocument document = Loader.loadPDF(facsimile.pdf().toFile())) {
            // One point is one pixel at scale 1; the facsimile's size is the rendered page's (crop box, rotation).
            BufferedImage image = new PDFRenderer(document).renderImage(0, size.scale(facsimile.width(), facsimile.height()), ImageType.RGB);
            return jpeg(image);
        } finally {
            renders.release();
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
