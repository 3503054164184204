package banmian.model;

import java.util.List;

/**
 * What a page draws besides text, when the input knows it (the PDF path), in the lines' coordinates:
 * ruling lines, which close articles (horizontal) and part columns of different articles (vertical),
 * and image placements, which captions sit under.
 */
public record PageGraphics(List<Geometry> horizontalRules, List<Geometry> verticalRules, List<Geometry> images) {
    public static final PageGraphics NONE = new PageGraphics(List.of(), List.of(), List.of());

    public PageGraphics {
        horizontalRules = List.copyOf(horizontalRules);
        verticalRules = List.copyOf(verticalRules);
        images = List.copyOf(images);
    }
}
