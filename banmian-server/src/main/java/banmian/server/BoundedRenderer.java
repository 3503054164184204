package banmian.server;

import banmian.archive.CostlyWork;
import banmian.pdf.DecodedSize;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;

/**
 * PDFBox's renderer held to what one page image may cost. A facsimile is a page of a PDF from any
 * producer, drawn when a reader first asks for it, so without bounds one GET could take minutes of
 * CPU (a page of 200,000 full-page fills took 170 s) or the whole heap (an image whose 2 MB stream
 * inflates to gigabytes, or one declared 9,000 pixels square: {@code OutOfMemoryError}):
 * <ul>
 *   <li>time: every operator, in the page and in its forms and patterns, looks at the deadline, and
 *       past it the drawing stops with {@link TooCostly};</li>
 *   <li>images: one of more than {@link #MAX_IMAGE_PIXELS} pixels, or whose stream decodes to more
 *       than its pixels need (checked by decoding into a counter before PDFBox decodes it whole into
 *       memory; image codecs such as JPEG are bounded by their pixels), is left out of the drawing, and
 *       so is one whose soft or stencil mask is over the same bounds;
 *       so is an inline image, whose data sits in the content stream, under the same bounds.</li>
 * </ul>
 */
final class BoundedRenderer extends PDFRenderer {
    /** A broadsheet page scanned at 400 dpi is some 24 million pixels; a photo on a page far fewer. */
    static final long MAX_IMAGE_PIXELS = 30_000_000L;
    /** What an image stream may decode to beyond its pixels' bytes (row padding, predictor tags, trailing bytes). */
    private static final long DECODED_SLACK_BYTES = 1 << 20;

    private final long deadlineNanos;
    private final Duration budget;
    private final CostlyWork.Pacer pacer;
    private int skippedImages;

    BoundedRenderer(PDDocument document, Duration budget) {
        this(document, budget, CostlyWork.shared().pacer());
    }

    /** {@code pacer}: how the drawing yields to other requests between its operators. */
    BoundedRenderer(PDDocument document, Duration budget, CostlyWork.Pacer pacer) {
        super(document);
        this.budget = budget;
        this.pacer = pacer;
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    /** Images left out of the drawing as too large. */
    int skippedImages() {
        return skippedImages;
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new PageDrawer(parameters) {
            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                pacer.pace();
                if (System.nanoTime() - deadlineNanos > 0) {
                    throw new TooCostly(budget);
                }
                if (OperatorName.BEGIN_INLINE_IMAGE.equals(operator.getName()) && !affordableInline(operator)) {
                    // PDFBox decodes an inline image whole as it reads the operator, before drawImage.
                    skippedImages++;
                    return;
                }
                super.processOperator(operator, operands);
            }

            @Override
            public void drawImage(PDImage image) throws IOException {
                if (affordable(image)) {
                    super.drawImage(image);
                } else {
                    skippedImages++;
                }
            }
        };
    }

    /** The image and the masks PDFBox draws with it (its soft mask, its stencil mask) within the bounds. */
    private static boolean affordable(PDImage image) throws IOException {
        if (!(image instanceof PDImageXObject object)) {
            return (long) image.getWidth() * image.getHeight() <= MAX_IMAGE_PIXELS;
        }
        return affordable(object) && (object.getSoftMask() == null || affordable(object.getSoftMask()))
                && (object.getMask() == null || affordable(object.getMask()));
    }

    private static boolean affordable(PDImageXObject image) {
        long pixels = (long) image.getWidth() * image.getHeight();
        if (pixels > MAX_IMAGE_PIXELS) {
            return false;
        }
        return DecodedSize.hasImageCodec(image.getCOSObject())
                || DecodedSize.within(image.getCOSObject(), pixelBytes(image) + DECODED_SLACK_BYTES);
    }

    /**
     * An inline image ({@code BI … ID … EI}) of at most {@link #MAX_IMAGE_PIXELS} whose data decodes
     * to no more than its pixels can take at 4 components of 16 bits.
     */
    private static boolean affordableInline(Operator operator) {
        COSDictionary parameters = operator.getImageParameters();
        byte[] data = operator.getImageData();
        if (parameters == null || data == null) {
            return true;
        }
        long pixels = (long) parameters.getInt(COSName.W, COSName.WIDTH, 0) * parameters.getInt(COSName.H, COSName.HEIGHT, 0);
        if (pixels > MAX_IMAGE_PIXELS) {
            return false;
        }
        try (COSStream stream = new COSStream()) {
            stream.addAll(parameters);
            if (stream.getItem(COSName.FILTER) == null && parameters.getItem(COSName.F) != null) {
                stream.setItem(COSName.FILTER, parameters.getItem(COSName.F));
            }
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(data);
            }
            return DecodedSize.hasImageCodec(stream) || DecodedSize.within(stream, pixels * 8 + DECODED_SLACK_BYTES);
        } catch (IOException unreadable) {
            return true;   // PDFBox will report it, or do without the image
        }
    }

    /** The bytes the image's pixels take as stored: its components and bits per component, at most 4 and 16. */
    private static long pixelBytes(PDImageXObject image) {
        int components;
        try {
            components = image.isStencil() || image.getColorSpace() == null ? 1 : image.getColorSpace().getNumberOfComponents();
        } catch (IOException | RuntimeException unreadable) {
            components = 4;
        }
        int bits = image.getBitsPerComponent() > 0 ? Math.min(image.getBitsPerComponent(), 16) : 16;
        long rowBytes = ((long) image.getWidth() * Math.min(Math.max(components, 1), 4) * bits + 7) / 8;
        return rowBytes * image.getHeight() + image.getHeight();
    }

    /** The drawing ran past its time. */
    static final class TooCostly extends RuntimeException {
        TooCostly(Duration budget) {
            super("drawing the page took longer than " + budget.toSeconds() + " s", null, false, false);
        }
    }
}
