package banmian.io;

import banmian.model.BlockType;
import banmian.model.Geometry;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The boxes {@link PageJson} writes beside each block ({@code bbox} with its {@code lines}, and the
 * title fields' {@code provenance.<field>Bbox}), read back as line geometry: each of a block's lines
 * gets the block's box, and a line two blocks name (a dateline cut from its paragraph's first line)
 * the part of the page both boxes cover, which holds the line whichever it is. The boxes of blocks
 * and articles built from these lines are then the boxes the page was written with, so a page kept
 * as JSON (the archive's pages) can still be drawn on its facsimile. Line-level detail (font size,
 * weight) is not in the JSON and stays unknown.
 */
final class StoredBoxes {
    private final Map<Integer, Geometry> lines = new HashMap<>();

    private StoredBoxes() {
    }

    /** The line geometry the boxes in a page's JSON tree stand for; empty when it has none (text pages, gold files). */
    static Map<Integer, Geometry> of(JsonNode root) throws IOException {
        StoredBoxes boxes = new StoredBoxes();
        int a = 0;
        for (JsonNode article : root.path("articles")) {
            String path = "articles[" + a++ + "]";
            JsonNode provenance = article.path("provenance");
            for (BlockType field : PageJson.TITLE_FIELDS) {
                String name = field.jsonName();
                boxes.add(provenance.path(name + "Bbox"), provenance.path(name), path + ".provenance." + name + "Bbox");
            }
            boxes.addBlocks(article.path("body"), path + ".body");
            boxes.addBlocks(article.path("captions"), path + ".captions");
        }
        boxes.addBlocks(root.path("unassigned"), "unassigned");
        return boxes.lines;
    }

    private void addBlocks(JsonNode blocks, String path) throws IOException {
        int b = 0;
        for (JsonNode block : blocks) {
            add(block.path("bbox"), block.path("lines"), path + "[" + b++ + "].bbox");
        }
    }

    private void add(JsonNode bbox, JsonNode lineNumbers, String path) throws IOException {
        if (bbox.isMissingNode() || bbox.isNull()) {
            return;
        }
        if (!bbox.isArray() || bbox.size() != 4 || !allNumbers(bbox) || bbox.get(2).doubleValue() < 0 || bbox.get(3).doubleValue() < 0) {
            throw new IOException(path + ": expected [x, y, width, height] with a width and height not negative");
        }
        Geometry box = new Geometry(bbox.get(0).doubleValue(), bbox.get(1).doubleValue(), bbox.get(2).doubleValue(),
                bbox.get(3).doubleValue(), 0, false);
        for (JsonNode line : lineNumbers) {
            if (line.canConvertToInt()) {
                lines.merge(line.intValue(), box, StoredBoxes::common);
            }
        }
    }

    /** Where both boxes lie; the first when they do not meet (a file edited by hand). */
    private static Geometry common(Geometry had, Geometry added) {
        double left = Math.max(had.x(), added.x());
        double top = Math.max(had.y(), added.y());
        double right = Math.min(had.right(), added.right());
        double bottom = Math.min(had.bottom(), added.bottom());
        return right < left || bottom < top ? had : new Geometry(left, top, right - left, bottom - top, 0, false);
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode value : array) {
            if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
                return false;
            }
        }
        return true;
    }
}
