package banmian.io;

import banmian.model.Article;
import banmian.model.Geometry;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.testing.RealPages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void fieldsComeInFormatOrder() {
        JsonNode tree = PageJson.toTree(SamplePages.full());
        assertEquals(List.of("page", "articles", "unassigned"), fieldNames(tree));
        assertEquals(List.of("paper", "date", "number", "section"), fieldNames(tree.get("page")));
        assertEquals(List.of("kicker", "headline", "subtitle", "dateline", "byline", "authorNote", "body",
                "captions", "continuedTo", "continuedFrom", "provenance"), fieldNames(tree.get("articles").get(0)));
        assertEquals(List.of("type", "text", "lines"), fieldNames(tree.get("articles").get(0).get("body").get(0)));
        assertEquals(List.of("text", "credit", "lines"), fieldNames(tree.get("articles").get(0).get("captions").get(0)));
    }

    @Test
    void titlesArePlainStringsWithProvenanceApart() {
        JsonNode article = PageJson.toTree(SamplePages.full()).get("articles").get(0);
        assertEquals("全国政协十四届二次会议闭幕", article.get("headline").textValue());
        assertEquals("[2]", article.get("provenance").get("headline").toString());
        assertEquals("[5,6,7]", article.get("body").get(0).get("lines").toString());
        assertEquals("2024-03-11", PageJson.toTree(SamplePages.full()).get("page").get("date").textValue());
    }

    @Test
    void provenanceListsOnlyPresentTitleFields() {
        JsonNode untitled = PageJson.toTree(SamplePages.full()).get("articles").get(1);
        assertTrue(untitled.get("headline").isNull());
        assertEquals(0, untitled.get("provenance").size());
    }

    @Test
    void prettyJsonIndentsFieldsButKeepsLineNumbersOnOneLine() {
        String json = PageJson.toJson(SamplePages.full());
        assertTrue(json.contains("\n  \"page\": {\n    \"paper\": \"吕梁日报\",\n"), json);
        assertTrue(json.contains("\"lines\": [5, 6, 7]"), json);
        assertTrue(json.contains("\"headline\": [2],"), json);
        assertTrue(json.contains("\"provenance\": {}"), json);
        assertFalse(json.endsWith("\n"));
    }

    @Test
    void jsonLineIsOneLine() throws IOException {
        String line = PageJson.toJsonLine(SamplePages.full());
        assertFalse(line.contains("\n"));
        assertEquals(MAPPER.readTree(PageJson.toJson(SamplePages.full())), MAPPER.readTree(line));
    }

    @Test
    void enrichmentRoundTripsWithExactValues() throws IOException {
        Page page = SamplePages.enriched();
        assertEquals(page, PageJson.read(PageJson.toJson(page)));
        assertEquals(page, PageJson.read(PageJson.toJsonLine(page)));
        JsonNode figure = PageJson.toTree(page).at("/articles/0/figures/0");
        assertEquals("2064000000", figure.get("value").asText(), "amounts are written in full, not as doubles");
        assertEquals(2, PageJson.toTree(page).at("/articles/0/entities/0/count").intValue());
    }

    @Test
    void enrichmentFieldsOnlyOnEnrichedArticles() {
        JsonNode articles = PageJson.toTree(SamplePages.enriched()).get("articles");
        List<String> enrichedFields = fieldNames(articles.get(0));
        assertTrue(java.util.Collections.indexOfSubList(enrichedFields, List.of("entities", "figures", "keywords", "summary")) > 0,
                enrichedFields.toString());
        assertFalse(fieldNames(articles.get(1)).contains("entities"));
    }

    @Test
    void badEnrichmentNamesItsPath() {
        assertEquals("articles[0].figures[0].value: expected a number", readError(
                "{\"articles\": [{\"entities\": [], \"figures\": [{\"type\": \"money\", \"text\": \"一亿元\", "
                        + "\"value\": \"many\", \"start\": 0, \"end\": 3}]}]}"));
    }

    @Test
    void pageWithProvenanceRoundTrips() throws IOException {
        Page page = SamplePages.full();
        assertEquals(page, PageJson.read(PageJson.toJson(page)));
        assertEquals(page, PageJson.read(PageJson.toJsonLine(page)));
    }

    @Test
    void boxesWrittenBesideBlocksAreReadBack() throws IOException {
        Page laidOut = SamplePages.full();
        Map<Integer, Geometry> geometry = new HashMap<>();
        for (int line = 0; line < 200; line++) {
            geometry.put(line, new Geometry(10 + line % 3 * 100, 20 + line * 12, 90, 11, 10.5, false));
        }
        Page page = new Page(laidOut.meta(), laidOut.articles(), laidOut.unassigned(), geometry);
        Page read = PageJson.read(PageJson.toJson(page));
        for (int a = 0; a < page.articles().size(); a++) {
            Article written = page.articles().get(a);
            Article back = read.articles().get(a);
            if (written.headline() != null) {
                assertArrayEquals(rounded(page.boundingBox(written.headline().lines())), read.boundingBox(back.headline().lines()), 1e-9);
            }
            for (int b = 0; b < written.body().size(); b++) {
                assertArrayEquals(rounded(page.boundingBox(written.body().get(b).lines())),
                        read.boundingBox(back.body().get(b).lines()), 1e-9);
            }
        }
        assertEquals(PageJson.toJson(page), PageJson.toJson(read), "written again, the same JSON");
        assertTrue(PageJson.read(PageJson.toJson(laidOut)).lineGeometry().isEmpty(), "a page without boxes gains none");
    }

    @Test
    void aMalformedBoxNamesItsPath() {
        assertEquals("articles[0].body[0].bbox: expected [x, y, width, height] with a width and height not negative",
                readError("{\"articles\": [{\"body\": [{\"text\": \"x\", \"lines\": [1], \"bbox\": [1, 2, -3, 4]}]}]}"));
    }

    /** The JSON keeps a tenth of a point. */
    private static double[] rounded(double[] box) {
        double[] out = new double[box.length];
        for (int i = 0; i < box.length; i++) {
            out[i] = Math.round(box[i] * 10) / 10.0;
        }
        return out;
    }

    @RealPages
    @Test
    void goldFileRoundTrips() throws IOException {
        JsonNode gold = MAPPER.readTree(Files.readString(SamplePages.goldFile()));
        Page page = PageJson.read(SamplePages.goldFile());
        assertFalse(page.articles().isEmpty());
        JsonNode written = PageJson.toTree(page);
        assertContains(gold, written, "");
        assertEquals(page, PageJson.read(PageJson.toJson(page)));
    }

    @Test
    void missingFieldsReadAsUnknown() throws IOException {
        Page page = PageJson.read("{\"articles\": [{\"headline\": \"标题\", \"body\": [{\"text\": \"正文\"}]}]}");
        assertEquals(PageMeta.UNKNOWN, page.meta());
        assertEquals("标题", page.articles().get(0).headlineText());
        assertNull(page.articles().get(0).kicker());
        assertEquals(List.of(), page.articles().get(0).headline().lines());
        assertEquals("正文", page.articles().get(0).bodyText());
        assertTrue(page.unassigned().isEmpty());
    }

    @Test
    void wrongShapesNameTheirPath() {
        assertEquals("articles[0].body[0].type: unknown block type \"poem\"", readError(
                "{\"articles\": [{\"body\": [{\"type\": \"poem\", \"text\": \"x\"}]}]}"));
        assertEquals("articles[0].headline: expected a string", readError("{\"articles\": [{\"headline\": 3}]}"));
        assertEquals("page.date: not a YYYY-MM-DD date: 11.3.2024", readError("{\"page\": {\"date\": \"11.3.2024\"}}"));
        assertEquals("expected a JSON object for a page", readError("[]"));
    }

    private static String readError(String json) {
        return assertThrows(IOException.class, () -> PageJson.read(json)).getMessage();
    }

    /** Every field the gold file has is written with the same value; the writer may add fields. */
    private static void assertContains(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                assertTrue(actual.has(field.getKey()), "missing " + path + "." + field.getKey());
                assertContains(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertEquals(expected.size(), actual.size(), "length of " + path);
            for (int i = 0; i < expected.size(); i++) {
                assertContains(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
