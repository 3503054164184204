package banmian.archive.export;

/** A page's size in PDF points (1/72 inch), as its source PDF gives it (the media box). */
public record PageSize(double width, double height) {
    public PageSize {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a page size is positive and finite: " + width + " x " + height);
        }
    }
}
