package banmian.layout;

import banmian.model.Geometry;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.model.SourceLine;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds pages whose lines carry geometry, the way the PDF path hands them to {@link PageParser}:
 * blocks in reading order, a blank line between blocks. Coordinates are points from the top-left;
 * a Han character is one em wide. All text here is invented for the tests.
 */
public final class PlacedPage {
    private final List<SourceLine> lines = new ArrayList<>();
    private final List<Geometry> rules = new ArrayList<>();
    private final List<Geometry> verticalRules = new ArrayList<>();

    /** A block of lines set one leading (1.5 em) apart from {@code top}, each starting at {@code x}. */
    PlacedPage block(double x, double top, double size, String... texts) {
        if (!lines.isEmpty()) {
            lines.add(new SourceLine(lines.size() + 1, ""));
        }
        double y = top;
        for (String text : texts) {
            double width = text.strip().codePointCount(0, text.strip().length()) * size;
            lines.add(new SourceLine(lines.size() + 1, text, new Geometry(x, y, width, size, size, false)));
            y += size * 1.5;
        }
        return this;
    }

    /** A column of body text cut every {@code perLine} characters; returns the page. */
    PlacedPage column(double x, double top, double size, int perLine, String text) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < text.length(); i += perLine) {
            texts.add(text.substring(i, Math.min(text.length(), i + perLine)));
        }
        return block(x, top, size, texts.toArray(String[]::new));
    }

    /** One character per line, stacked: a vertical headline or name. */
    PlacedPage vertical(double x, double top, double size, String text) {
        if (!lines.isEmpty()) {
            lines.add(new SourceLine(lines.size() + 1, ""));
        }
        double height = text.length() * size;
        lines.add(new SourceLine(lines.size() + 1, text, new Geometry(x, top, size, height, size, false)));
        return this;
    }

    PlacedPage rule(double x1, double x2, double y) {
        rules.add(new Geometry(x1, y - 0.25, x2 - x1, 0.5, 0, false));
        return this;
    }

    PlacedPage verticalRule(double x, double y1, double y2) {
        verticalRules.add(new Geometry(x - 0.25, y1, 0.5, y2 - y1, 0, false));
        return this;
    }

    Page parse() {
        return new PageParser().parse(lines, PageMeta.UNKNOWN, new banmian.model.PageGraphics(rules, verticalRules, List.of()));
    }
}
