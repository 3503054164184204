package banmian.archive.export;

import banmian.archive.Story;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static banmian.archive.export.XmlChecks.children;
import static banmian.archive.export.XmlChecks.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetsWriterTest {
    private static final String METS = MetsWriter.NAMESPACE;
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final Instant CREATED = Instant.parse("2024-05-07T10:00:00Z");

    /** The text of every ALTO TextBlock of the issue, by METS file id and block id. */
    private static Map<String, Map<String, String>> altoTexts(IssueExport issue) {
        Map<String, Map<String, String>> files = new HashMap<>();
        for (PageExport page : issue.pages()) {
            Map<String, String> blocks = new HashMap<>();
            for (Element block : elements(XmlChecks.parse(AltoWriter.toBytes(page)), AltoWriter.NAMESPACE, "TextBlock")) {
                blocks.put(block.getAttribute("ID"), elements(block, AltoWriter.NAMESPACE, "String").stream()
                        .map(string -> string.getAttribute("CONTENT")).collect(Collectors.joining()));
            }
            files.put("ALTO_P" + page.number(), blocks);
        }
        return files;
    }

    private static List<Element> articles(Document mets) {
        return elements(mets, METS, "div").stream().filter(div -> div.getAttribute("TYPE").equals("ARTICLE")).toList();
    }

    /** The text of an article division: its areas' ALTO blocks, in order. */
    private static String articleText(Element article, Map<String, Map<String, String>> alto) {
        StringBuilder text = new StringBuilder();
        for (Element fptr : children(article, METS, "fptr")) {
            for (Element area : children(children(fptr, METS, "seq").get(0), METS, "area")) {
                assertEquals("IDREF", area.getAttribute("BETYPE"));
                String block = alto.get(area.getAttribute("FILEID")).get(area.getAttribute("BEGIN"));
                assertTrue(block != null, "area " + area.getAttribute("FILEID") + " " + area.getAttribute("BEGIN") + " names an ALTO block");
                text.append(block);
            }
        }
        return text.toString();
    }

    @Test
    void oneArticleDivisionPerStoryHoldingEveryBlockOfItsParts() {
        IssueExport issue = ExportFixtures.issue();
        Document mets = XmlChecks.parse(MetsWriter.toBytes(issue, ExportFiles.BESIDE, CREATED));
        Map<String, Map<String, String>> alto = altoTexts(issue);

        List<Element> articles = articles(mets);
        assertEquals(issue.stories().size(), articles.size());
        for (int s = 0; s < articles.size(); s++) {
            Story story = issue.stories().get(s);
            Element article = articles.get(s);
            assertEquals(story.first().article().headlineText(), article.getAttribute("LABEL"));
            assertEquals(story.parts().size(), children(article, METS, "fptr").size(), "one fptr per part");
            String text = articleText(article, alto);
            for (Story.Part part : story.parts()) {
                assertTrue(text.contains(part.article().headlineText() + ""), text);
                assertTrue(text.contains(part.article().bodyText()), "every paragraph of every part: " + text);
            }
        }
        // The report jumping from page 1 to page 2 is one division over both pages' ALTO.
        Set<String> files = elements(articles.get(0), METS, "area").stream().map(area -> area.getAttribute("FILEID")).collect(Collectors.toSet());
        assertEquals(Set.of("ALTO_P1", "ALTO_P2"), files);
        // Every block of an article is in its division, and none of the page's furniture.
        int articleBlocks = alto.values().stream().mapToInt(blocks -> (int) blocks.keySet().stream().filter(id -> id.contains("_A")).count()).sum();
        assertEquals(articleBlocks, elements(mets, METS, "area").size());
    }

    @Test
    void filesAndPagesAreListedAndLinked() {
        IssueExport issue = ExportFixtures.issue();
        Document mets = XmlChecks.parse(MetsWriter.toBytes(issue, ExportFiles.BESIDE, CREATED));
        Map<String, String> hrefs = new HashMap<>();
        for (Element file : elements(mets, METS, "file")) {
            hrefs.put(file.getAttribute("ID"), children(file, METS, "FLocat").get(0).getAttributeNS(XLINK, "href"));
        }
        assertEquals(Map.of("ALTO_P1", "p01.alto.xml", "ALTO_P2", "p02.alto.xml", "JSON_P1", "p01.json", "JSON_P2", "p02.json"), hrefs);
        List<Element> pages = elements(mets, METS, "div").stream().filter(div -> div.getAttribute("TYPE").equals("PAGE")).toList();
        assertEquals(List.of("1", "2"), pages.stream().map(page -> page.getAttribute("ORDER")).toList());
        for (Element fptr : elements(mets, METS, "fptr")) {
            if (fptr.hasAttribute("FILEID")) {
                assertTrue(hrefs.containsKey(fptr.getAttribute("FILEID")), fptr.getAttribute("FILEID"));
            }
        }
        assertEquals("2024-05-07T10:00:00Z", elements(mets, METS, "metsHdr").get(0).getAttribute("CREATEDATE"));
        assertEquals(List.of("LOG_ART1>PHYS_P1", "LOG_ART1>PHYS_P2", "LOG_ART2>PHYS_P1"), elements(mets, METS, "smLink").stream()
                .map(link -> link.getAttributeNS(XLINK, "from") + ">" + link.getAttributeNS(XLINK, "to")).toList());
        assertEquals("2024-05-06", elements(mets, MetsWriter.MODS, "dateIssued").get(0).getTextContent());
    }

    @Test
    void aPageAloneKeepsItsPartsOfStoriesUnderTheirHeadlines() {
        IssueExport whole = ExportFixtures.issue();
        IssueExport second = new IssueExport(whole.id(), whole.paper(), whole.date(), List.of(whole.pages().get(1)), whole.stories());
        Document mets = XmlChecks.parse(MetsWriter.toBytes(second, ExportFiles.BESIDE, CREATED));
        List<Element> articles = articles(mets);
        assertEquals(1, articles.size(), "the short item of page 1 is not on page 2");
        assertEquals("城区老旧管网改造全面启动", articles.get(0).getAttribute("LABEL"));
        assertEquals(Set.of("ALTO_P2"), elements(mets, METS, "area").stream().map(area -> area.getAttribute("FILEID")).collect(Collectors.toSet()));
        assertEquals(1, elements(mets, METS, "file").stream().filter(file -> file.getAttribute("ID").startsWith("ALTO_")).count());
    }
}
