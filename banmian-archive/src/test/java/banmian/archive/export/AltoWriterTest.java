package banmian.archive.export;

import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Page;
import banmian.model.PageMeta;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static banmian.archive.export.XmlChecks.elements;
import static banmian.archive.export.XmlChecks.points;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AltoWriterTest {
    private static final String ALTO = AltoWriter.NAMESPACE;

    private static Map<String, Element> blocksById(Document alto) {
        Map<String, Element> blocks = new java.util.LinkedHashMap<>();
        elements(alto, ALTO, "TextBlock").forEach(block -> blocks.put(block.getAttribute("ID"), block));
        return blocks;
    }

    private static void assertBox(double[] expected, Element element) {
        String where = element.getAttribute("ID");
        assertEquals(expected[0], points(element, "HPOS"), 0.001, where);
        assertEquals(expected[1], points(element, "VPOS"), 0.001, where);
        assertEquals(expected[2], points(element, "WIDTH"), 0.001, where);
        assertEquals(expected[3], points(element, "HEIGHT"), 0.001, where);
    }

    @Test
    void aPageWithPlacesIsValidAltoWithEveryBlockInItsBox() {
        Page page = ExportFixtures.frontPage(true);
        byte[] bytes = AltoWriter.toBytes(new PageExport(page, "jinzhongribao-2024-05-06-p01", new PageSize(842, 1191), "jz.pdf"));
        XmlChecks.assertValidAlto(bytes);
        Document alto = XmlChecks.parse(bytes);
        assertEquals("inch1200", elements(alto, ALTO, "MeasurementUnit").get(0).getTextContent());
        assertEquals("jz.pdf", elements(alto, ALTO, "fileName").get(0).getTextContent());
        assertEquals("banmian", elements(alto, ALTO, "softwareName").get(0).getTextContent());

        Map<String, Element> blocks = blocksById(alto);
        assertEquals(List.of("P1_A1_B1", "P1_A1_B2", "P1_A1_B3", "P1_A1_B4", "P1_A1_B5", "P1_A1_B6", "P1_A1_B7", "P1_A2_B1",
                "P1_A2_B2", "P1_U1"), List.copyOf(blocks.keySet()));
        var report = page.articles().get(0);
        assertBox(page.boundingBox(report.kicker().lines()), blocks.get("P1_A1_B1"));
        assertBox(page.boundingBox(report.headline().lines()), blocks.get("P1_A1_B2"));
        assertBox(page.boundingBox(report.body().get(0).lines()), blocks.get("P1_A1_B5"));
        assertBox(page.boundingBox(report.captions().get(0).lines()), blocks.get("P1_A1_B7"));
        assertBox(page.boundingBox(page.unassigned().get(0).lines()), blocks.get("P1_U1"));
        assertEquals("ROLE_headline", blocks.get("P1_A1_B2").getAttribute("TAGREFS"));
        assertEquals("ROLE_furniture", blocks.get("P1_U1").getAttribute("TAGREFS"));

        // A one-line block's line and string carry its box; the caption's two lines (text, credit) do not.
        Element headlineLine = XmlChecks.children(blocks.get("P1_A1_B2"), ALTO, "TextLine").get(0);
        assertBox(page.boundingBox(report.headline().lines()), headlineLine);
        List<Element> captionLines = XmlChecks.children(blocks.get("P1_A1_B7"), ALTO, "TextLine");
        assertEquals(2, captionLines.size());
        assertFalse(captionLines.get(0).hasAttribute("HPOS"));
        assertEquals("本报记者 李强 摄", XmlChecks.children(captionLines.get(1), ALTO, "String").get(0).getAttribute("CONTENT"));
        // Markup characters in text survive as text.
        assertEquals("记者 王丽 & <通讯员>", XmlChecks.children(XmlChecks.children(blocks.get("P1_A1_B4"), ALTO, "TextLine").get(0),
                ALTO, "String").get(0).getAttribute("CONTENT"));

        Element alPage = elements(alto, ALTO, "Page").get(0);
        assertEquals(842, points(alPage, "WIDTH"), 0.001, "the given size");
        assertEquals(1191, points(alPage, "HEIGHT"), 0.001);
        Element printSpace = elements(alto, ALTO, "PrintSpace").get(0);
        assertEquals(50.1, points(printSpace, "HPOS"), 0.001, "the union of the blocks' boxes");
        assertEquals(30, points(printSpace, "VPOS"), 0.001);
        assertEquals(150.1 + 200, points(printSpace, "HPOS") + points(printSpace, "WIDTH"), 0.001);

        // Each article's blocks in reading order.
        List<Element> groups = elements(alto, ALTO, "OrderedGroup");
        assertEquals(2, groups.size());
        assertEquals(List.of("P1_A2_B1", "P1_A2_B2"),
                XmlChecks.children(groups.get(1), ALTO, "ElementRef").stream().map(ref -> ref.getAttribute("REF")).toList());
    }

    @Test
    void withoutAGivenSizeThePageReachesTheEdgesOfItsPrint() {
        Page page = ExportFixtures.frontPage(true);
        Document alto = XmlChecks.parse(AltoWriter.toBytes(new PageExport(page, "p", null, null)));
        Element alPage = elements(alto, ALTO, "Page").get(0);
        assertEquals(150.1 + 200, points(alPage, "WIDTH"), 0.001);
        assertEquals(330 + 12.5, points(alPage, "HEIGHT"), 0.001);
        assertTrue(elements(alto, ALTO, "fileName").isEmpty(), "no source file named when none is known");
    }

    @Test
    void aTextLayerPageIsValidAltoWithTextAndRolesAndNoPositions() {
        byte[] bytes = AltoWriter.toBytes(new PageExport(ExportFixtures.frontPage(false), "p", null, null));
        XmlChecks.assertValidAlto(bytes);
        Document alto = XmlChecks.parse(bytes);
        for (String element : List.of("Page", "PrintSpace", "TextBlock", "TextLine", "String")) {
            for (Element found : elements(alto, ALTO, element)) {
                for (String position : List.of("HPOS", "VPOS", "WIDTH", "HEIGHT")) {
                    assertFalse(found.hasAttribute(position), element + " " + found.getAttribute("ID") + " has " + position);
                }
            }
        }
        assertEquals(10, elements(alto, ALTO, "TextBlock").size());
        assertEquals("城区老旧管网改造全面启动", elements(alto, ALTO, "String").get(1).getAttribute("CONTENT"));
    }

    @Test
    void characterXmlCannotHoldBecomeReplacementCharacters() {
        Page page = new Page(new PageMeta("报", ExportFixtures.DAY, 3, null), List.of(),
                List.of(new Block(BlockType.ADVERTISEMENT, "广告\u0001热线\uD800", List.of())));
        byte[] bytes = AltoWriter.toBytes(new PageExport(page, "p", null, null));
        XmlChecks.assertValidAlto(bytes);
        assertEquals("广告\uFFFD热线\uFFFD", elements(XmlChecks.parse(bytes), ALTO, "String").get(0).getAttribute("CONTENT"));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    @Test
    void pointsInInch1200() {
        assertEquals("1200", Inch1200.of(72));
        assertEquals("0", Inch1200.of(0));
        assertEquals("1.67", Inch1200.of(0.1));
        assertEquals("14035", Inch1200.of(842.1));
    }
}
