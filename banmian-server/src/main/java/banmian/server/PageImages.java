package banmian.server;

import banmian.archive.CostlyWork;
import banmian.archive.Facsimile;
import banmian.pipeline.AtomicFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Images of the pages as printed, rendered from their facsimile PDFs by PDFBox on first request and
 * cached on disk beside the PDF ({@link Facsimile#rendition}), written whole or not at all. Requests
 * for an image being rendered wait for that one rendering instead of starting their own; renderings
 * of different pages run at most {@link #CONCURRENT_RENDERS} at a time (on the process's
 * {@link CostlyWork} lanes), so a burst of first views cannot take all memory or every core (a page at {@link Size#PAGE} is some 12 MB of pixels while it is drawn).
 * When the data directory cannot be written (an archive on read-only storage) the image is served
 * without being kept.
 * <p>
 * What a render may cost is bounded ({@link BoundedRenderer}): a page that cannot be drawn within
 * {@link #RENDER_BUDGET} is remembered as such and answered without drawing it again. Requests that
 * need a drawing (their image is not cached) are at most {@link #CONCURRENT_RENDERS} drawing and
 * {@link #RENDER_QUEUE} waiting, each holding a request thread for no longer than a drawing may take;
 * one more, or one that waited that long, is {@link Busy} (503 with Retry-After), so a burst of first
 * views of many pages cannot take every thread from the searches.
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

    private static final Logger LOG = LoggerFactory.getLogger(PageImages.class);
    /**
     * Drawings at once at most: the lanes of the process's {@link CostlyWork}, which drawings share
     * with costly searches and the parsing of uploads. A first view is open to anyone and takes a
     * core for a second or more; with every core drawing, searches would wait for the drawings.
     */
    static final int CONCURRENT_RENDERS = CostlyWork.shared().lanes();
    /** Requests that may wait for a drawing (their own or the same image's): a browser opening an issue asks for a dozen thumbnails. */
    static final int RENDER_QUEUE = 16;
    /** The slowest real page takes some 7.5 s on a 2-core machine. */
    static final Duration RENDER_BUDGET = Duration.ofSeconds(30);
    /** Images found too costly to draw, remembered (their names carry the page's hash) so that asking again costs nothing. */
    private static final int MAX_REMEMBERED = 4_096;
    /** The tallest image drawn, in widths: a broadsheet page is about 1.4 widths high, a long strip of pages a few. */
    static final double MAX_ASPECT = 4;
    private static final float JPEG_QUALITY = 0.85f;

    private final CostlyWork renders = CostlyWork.shared();
    /** The places of requests that draw or wait for a drawing. */
    private final Semaphore places;
    private final Duration budget;
    private final Set<Path> unrenderable = ConcurrentHashMap.newKeySet();

    PageImages() {
        this(RENDER_QUEUE, RENDER_BUDGET);
    }

    /** {@code queue}: how many may wait for a drawing; {@code budget}: how long one drawing may take. */
    PageImages(int queue, Duration budget) {
        this.places = new Semaphore(CONCURRENT_RENDERS + queue);
        this.budget = budget;
    }
    /** One lock per image being rendered, so concurrent first requests render it once. */
    private final ConcurrentHashMap<Path, ReentrantLock> rendering = new ConcurrentHashMap<>();

    /**
     * The JPEG of the page at this size, rendered now if it is not cached yet; empty when the page
     * cannot be drawn within the budget. {@link Busy} when the drawing places are all taken.
     */
    Optional<byte[]> jpeg(Facsimile facsimile, Size size) throws IOException {
        Path cached = facsimile.rendition(size.variant, "jpg");
        byte[] bytes = readIfPresent(cached);
        if (bytes != null) {
            return Optional.of(bytes);
        }
        if (unrenderable.contains(cached)) {
            return Optional.empty();
        }
        if (!places.tryAcquire()) {
            throw new Busy();
        }
        try {
            return Optional.ofNullable(renderOnce(facsimile, size, cached));
        } finally {
            places.release();
        }
    }

    /**
     * Renders the image unless another request is rendering it already, then takes theirs; null when
     * it costs too much. A request waits for the other's drawing, or for a drawing place, no longer
     * than one drawing may take, then is {@link Busy}: no request holds its thread for long.
     */
    private byte[] renderOnce(Facsimile facsimile, Size size, Path cached) throws IOException {
        ReentrantLock lock = rendering.computeIfAbsent(cached, path -> new ReentrantLock());
        try {
            if (!waitFor(() -> lock.tryLock(budget.toNanos(), TimeUnit.NANOSECONDS), facsimile)) {
                throw new Busy();
            }
            try {
                byte[] bytes = readIfPresent(cached);
                if (bytes == null && !unrenderable.contains(cached)) {
                    bytes = render(facsimile, size);
                    if (bytes == null) {
                        remember(cached);
                    } else {
                        keep(cached, bytes);
                    }
                }
                return bytes;
            } finally {
                lock.unlock();
            }
        } finally {
            rendering.remove(cached, lock);
        }
    }

    /** A wait that may be interrupted. */
    private interface Wait {
        boolean until() throws InterruptedException;
    }

    private static boolean waitFor(Wait wait, Facsimile facsimile) throws InterruptedIOException {
        try {
            return wait.until();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to render " + facsimile.pdf().getFileName());
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

    /** Drawing places not taken (each request that must draw or wait for a drawing takes one). */
    int freePlaces() {
        return places.availablePermits();
    }

    private void remember(Path unrenderableImage) {
        if (unrenderable.size() >= MAX_REMEMBERED) {
            unrenderable.clear();
        }
        unrenderable.add(unrenderableImage);
    }

    /** The page drawn and encoded; null when drawing it ran past the budget. */
    private byte[] render(Facsimile facsimile, Size size) throws IOException {
        if (!waitFor(() -> renders.enter(budget), facsimile)) {
            throw new Busy();
        }
        try (PDDocument document = Loader.loadPDF(facsimile.pdf().toFile())) {
            // One point is one pixel at scale 1; the facsimile's size is the rendered page's (crop box, rotation).
            BoundedRenderer renderer = new BoundedRenderer(document, budget);
            BufferedImage image = renderer.renderImage(0, size.scale(facsimile.width(), facsimile.height()), ImageType.RGB);
            if (renderer.skippedImages() > 0) {
                LOG.warn("{}: {} image(s) left out of the {} image as too large to draw", facsimile.pdf(), renderer.skippedImages(), size.variant);
            }
            return jpeg(image);
        } catch (BoundedRenderer.TooCostly e) {
            LOG.warn("{}: no {} image: {}", facsimile.pdf(), size.variant, e.getMessage());
            return null;
        } finally {
            renders.leave();
        }
    }

    /** Every drawing place taken: the request was fine, the server has no room for it now. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("the server is drawing page images for other requests; try again shortly", null, false, false);
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
