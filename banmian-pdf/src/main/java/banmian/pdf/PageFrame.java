package banmian.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page as it is displayed: crop box, {@code /Rotate}, origin at the top-left. Every position the
 * PDF path reports (glyphs, rules, images) goes through the same frame, so text and graphics agree on
 * rotated pages too.
 */
final class PageFrame {
    private final double left;
    private final double bottom;
    private final double width;
    private final double height;
    private final int rotation;

    PageFrame(PDPage page) {
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.bottom = crop.getLowerLeftY();
        this.width = crop.getWidth();
        this.height = crop.getHeight();
        this.rotation = Math.floorMod(page.getRotation(), 360);
    }

    boolean isUpright() {
        return rotation == 0;
    }

    double displayWidth() {
        return rotation % 180 == 0 ? width : height;
    }

    double displayHeight() {
        return rotation % 180 == 0 ? height : width;
    }

    /** A point in user space (after the CTM) on the displayed page. */
    double[] fromUserSpace(double x, double y) {
        return fromCropSpace(x - left, y - bottom);
    }

    /** A point relative to the crop box's lower-left corner (PDFBox's text positions) on the displayed page. */
    double[] fromCropSpace(double u, double v) {
        return switch (rotation) {
            case 90 -> new double[] {v, u};
            case 180 -> new double[] {width - u, v};
            case 270 -> new double[] {height - v, width - u};
            default -> new double[] {u, height - v};
        };
    }

    /** A direction in user space as it runs on the displayed page (y downwards). */
    double[] direction(double du, double dv) {
        return switch (rotation) {
            case 90 -> new double[] {dv, du};
            case 180 -> new double[] {-du, dv};
            case 270 -> new double[] {-dv, -du};
            default -> new double[] {du, -dv};
        };
    }

    /** Whether a displayed point lies on the page (with a little slack for glyphs on the edge). */
    boolean contains(double x, double y) {
        return x >= -EDGE && y >= -EDGE && x <= displayWidth() + EDGE && y <= displayHeight() + EDGE;
    }

    private static final double EDGE = 1;
}
