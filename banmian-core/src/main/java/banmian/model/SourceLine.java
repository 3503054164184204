package banmian.model;

/**
 * One line of input exactly as the extractor emitted it. {@code number} is 1-based in the input,
 * which is the provenance every later block refers back to. {@code geometry} is null on the text path.
 */
public record SourceLine(int number, String text, Geometry geometry) {
    public SourceLine(int number, String text) {
        this(number, text, null);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
