package banmian.archive.export;

import banmian.Banmian;
import banmian.archive.Story;
import banmian.io.PageJson;
import banmian.model.Article;
import banmian.model.Page;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static banmian.archive.export.XmlChecks.elements;
import static banmian.archive.export.XmlChecks.points;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 人民日报 page through the PDF path, and as the archive keeps it (its JSON read back), exported. */
@RealPages
class RealPageExportTest {
    private static final String ALTO = AltoWriter.NAMESPACE;

    private static Page pdfPage() throws Exception {
        List<Page> pages = Banmian.parse(SharedCorpus.file("corpus/rmrb/rmrb2018010207.pdf"),
                Banmian.Options.defaults().withoutEnrichment().withPaper("人民日报"));
        assertEquals(1, pages.size());
        return pages.get(0);
    }

    private static Map<String, Element> altoBlocks(Page page) {
        byte[] alto = AltoWriter.toBytes(new PageExport(page, "renminribao-2018-01-02-p07", null, "rmrb2018010207.pdf"));
        XmlChecks.assertValidAlto(alto);
        Map<String, Element> blocks = new HashMap<>();
        elements(XmlChecks.parse(alto), ALTO, "TextBlock").forEach(block -> blocks.put(block.getAttribute("ID"), block));
        return blocks;
    }

    @Test
    void everyBlockOfARealPageIsInValidAltoInItsOwnBox() throws Exception {
        Page page = pdfPage();
        Map<String, Element> alto = altoBlocks(page);
        List<PageBlocks.TextBlock> blocks = PageBlocks.of(page, 7);
        assertEquals(blocks.size(), alto.size());
        int placed = 0;
        for (PageBlocks.TextBlock block : blocks) {
            Element written = alto.get(block.id());
            if (block.box() == null) {
                assertTrue(!written.hasAttribute("HPOS"), block.id() + " has no box and is given none");
                continue;
            }
            placed++;
            assertEquals(block.box().x(), points(written, "HPOS"), 0.001, block.id());
            assertEquals(block.box().y(), points(written, "VPOS"), 0.001, block.id());
            assertEquals(block.box().width(), points(written, "WIDTH"), 0.001, block.id());
            assertEquals(block.box().height(), points(written, "HEIGHT"), 0.001, block.id());
        }
        assertTrue(placed >= blocks.size() * 9 / 10, "the PDF path places (nearly) every block: " + placed + " of " + blocks.size());

        // The page as the archive keeps it has the same blocks in the boxes its JSON rounds to 0.1 pt.
        Map<String, Element> stored = altoBlocks(PageJson.read(PageJson.toJson(page)));
        assertEquals(alto.keySet(), stored.keySet());
        for (Map.Entry<String, Element> block : alto.entrySet()) {
            for (String position : List.of("HPOS", "VPOS", "WIDTH", "HEIGHT")) {
                if (block.getValue().hasAttribute(position)) {
                    assertTrue(stored.get(block.getKey()).hasAttribute(position), block.getKey() + " keeps its " + position + " when stored");
                    assertEquals(points(block.getValue(), position), points(stored.get(block.getKey()), position), 0.051,
                            block.getKey() + " " + position);
                }
            }
        }
    }

    @Test
    void everyArticleOfARealPageIsADivisionOverItsBlocks() throws Exception {
        Page page = pdfPage();
        PageExport export = new PageExport(page, "renminribao-2018-01-02-p07", null, null);
        List<Story> stories = new ArrayList<>();
        for (int a = 0; a < page.articles().size(); a++) {
            stories.add(new Story(List.of(new Story.Part(export.id() + "-" + (a + 1), page.meta(), a, page.articles().get(a)))));
        }
        IssueExport issue = new IssueExport("renminribao-2018-01-02", "人民日报", page.meta().date(), List.of(export), stories);
        Document mets = XmlChecks.parse(MetsWriter.toBytes(issue, ExportFiles.BESIDE, Instant.now()));
        Map<String, String> texts = new HashMap<>();
        for (Element block : elements(XmlChecks.parse(AltoWriter.toBytes(export)), ALTO, "TextBlock")) {
            texts.put(block.getAttribute("ID"), elements(block, ALTO, "String").stream().map(s -> s.getAttribute("CONTENT")).collect(Collectors.joining()));
        }
        List<Element> divisions = elements(mets, MetsWriter.NAMESPACE, "div").stream().filter(div -> div.getAttribute("TYPE").equals("ARTICLE")).toList();
        assertTrue(page.articles().size() >= 3, "a full page of articles: " + page.articles().size());
        assertEquals(page.articles().size(), divisions.size());
        for (int a = 0; a < divisions.size(); a++) {
            Article article = page.articles().get(a);
            String text = elements(divisions.get(a), MetsWriter.NAMESPACE, "area").stream().map(area -> texts.get(area.getAttribute("BEGIN")))
                    .collect(Collectors.joining());
            assertTrue(text.contains(article.bodyText()), "article " + (a + 1) + "'s body is in its division");
            if (article.headlineText() != null) {
                assertEquals(article.headlineText(), divisions.get(a).getAttribute("LABEL"));
                assertTrue(text.startsWith(article.kicker() == null ? article.headlineText() : article.kicker().text()), text);
            }
        }
    }
}
