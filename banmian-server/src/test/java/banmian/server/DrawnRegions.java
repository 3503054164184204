package banmian.server;

import com.fasterxml.jackson.databind.JsonNode;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article regions a page view draws, read back from its HTML (each {@code <a data-order>} around
 * a {@code <path class="region">}), and the checks that they line up with the page: the SVG's viewBox
 * is the facsimile's size, and each article's region holds its headline's box from the page JSON.
 */
final class DrawnRegions {
    private static final Pattern REGION = Pattern.compile("<a href=\"[^\"]*+\" data-order=\"(\\d++)\"><path class=\"region\" d=\"([^\"]++)\">");
    private static final Pattern VIEW_BOX = Pattern.compile("<svg xmlns=\"[^\"]*+\" viewBox=\"([^\"]++)\"");
    private static final Pattern SEGMENT = Pattern.compile("([MLZ])([-0-9.]*+)\\s?+([-0-9.]*+)");

    private DrawnRegions() {
    }

    /** Each drawn article's region by its place in reading order (from 1). */
    static Map<Integer, Area> of(String html) {
        Map<Integer, Area> regions = new LinkedHashMap<>();
        Matcher region = REGION.matcher(html);
        while (region.find()) {
            regions.put(Integer.valueOf(region.group(1)), area(region.group(2)));
        }
        return regions;
    }

    static String viewBox(String html) {
        Matcher matcher = VIEW_BOX.matcher(html);
        assertTrue(matcher.find(), "the page view draws an SVG");
        return matcher.group(1);
    }

    private static Area area(String path) {
        Path2D.Double shape = new Path2D.Double(Path2D.WIND_NON_ZERO);
        Matcher segment = SEGMENT.matcher(path);
        while (segment.find()) {
            switch (segment.group(1)) {
                case "M" -> shape.moveTo(Double.parseDouble(segment.group(2)), Double.parseDouble(segment.group(3)));
                case "L" -> shape.lineTo(Double.parseDouble(segment.group(2)), Double.parseDouble(segment.group(3)));
                default -> shape.closePath();
            }
        }
        return new Area(shape);
    }

    /**
     * Every article of the page JSON that has a headline box is drawn, and its region holds the box;
     * returns how many were checked.
     */
    static int assertHeadlinesInside(String html, JsonNode page) {
        Map<Integer, Area> regions = of(html);
        int checked = 0;
        for (int a = 0; a < page.get("articles").size(); a++) {
            JsonNode box = page.get("articles").get(a).at("/provenance/headlineBbox");
            if (box.isMissingNode()) {
                continue;
            }
            Area region = regions.get(a + 1);
            assertNotNull(region, "article " + (a + 1) + " is drawn on the page");
            assertTrue(region.contains(box.get(0).asDouble(), box.get(1).asDouble(), box.get(2).asDouble(), box.get(3).asDouble()),
                    "article " + (a + 1) + "'s region holds its headline's box " + box + ": " + region.getBounds2D());
            checked++;
        }
        return checked;
    }

    static void assertViewBoxIs(String html, double width, double height) {
        String[] box = viewBox(html).split(" ");
        assertEquals(4, box.length);
        assertEquals(0, Double.parseDouble(box[0]));
        assertEquals(0, Double.parseDouble(box[1]));
        assertEquals(width, Double.parseDouble(box[2]), 0.05, "the SVG is as wide as the page in points");
        assertEquals(height, Double.parseDouble(box[3]), 0.05, "the SVG is as high as the page in points");
    }
}
