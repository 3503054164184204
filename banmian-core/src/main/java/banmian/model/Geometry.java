package banmian.model;

/**
 * Where a line sits on the page, when the input knows it (the PDF path). Units are PDF points,
 * origin top-left; {@code fontSize} is the dominant glyph size of the line.
 */
public record Geometry(double x, double y, double width, double height, double fontSize, boolean bold) {
}
