package banmian.server;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static banmian.server.ServedArchive.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader's search controls (order, date range, "more" on a facet, paging that keeps the order)
 * and its issue browser (paper → year → month → day → pages), as HTML over the archive fixtures.
 */
class ReaderSearchAndBrowseTest {
    private static final Pattern LINK = Pattern.compile("href=\"([^\"]++)\"");

    @TempDir
    Path data;

    @RegisterExtension
    final ServedArchive.PerTest archives = new ServedArchive.PerTest();
    private ServedArchive served;

    @BeforeEach
    void start() throws Exception {
        served = archives.start(data);
    }

    private String html(String path, int status) throws Exception {
        HttpResponse<String> response = served.get(path);
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        return response.body();
    }

    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(html);
        while (matcher.find()) {
            links.add(matcher.group(1).replace("&amp;", "&"));
        }
        return links;
    }

    @Test
    void theFormOffersTheOrdersAndTheDateRangeAndKeepsWhatWasAsked() throws Exception {
        String page = html("/?q=&sort=oldest&from=2024-05-06&to=2024-05-07&paper=" + q("晋中日报"), 200);
        assertTrue(page.contains("<option value=\"oldest\" selected>"), "the order asked for is selected");
        assertTrue(page.contains("name=\"from\" value=\"2024-05-06\"") && page.contains("name=\"to\" value=\"2024-05-07\""));
        assertTrue(page.contains("<input type=\"hidden\" name=\"paper\" value=\"晋中日报\">"), "other filters ride along");
        assertFalse(page.contains("type=\"hidden\" name=\"from\""), "the range is in its own fields, not twice");
        assertTrue(links(page).stream().filter(link -> link.startsWith("/?q=")).allMatch(link -> link.contains("sort=oldest")),
                "every search link keeps the order: " + links(page));
        String unasked = html("/?q=", 200);
        assertTrue(unasked.contains("<option value=\"\" selected>最新在前</option>"),
                "without words the default is newest, sent as no order so that words typed later are ranked");
    }

    @Test
    void aFacetWithMoreValuesLinksToAllOfThemAndAuthorsAndSectionsHaveTitles() throws Exception {
        String page = html("/?q=&facet.paper.limit=1", 200);
        List<String> more = links(page).stream().filter(link -> link.contains("facet.paper.limit=100")).toList();
        assertEquals(1, more.size(), "one 更多 link, for the paper facet: " + links(page));
        assertFalse(html(more.get(0), 200).contains("facet.paper.limit=100\""), "all values listed: no more link");
        assertEquals("作者", SearchView.facetTitle("author"));
        assertEquals("栏目", SearchView.facetTitle("section"));
    }

    @Test
    void pagingSaysWhereTheReaderIsAndWalksEveryHit() throws Exception {
        String first = html("/?q=&limit=1", 200);
        assertTrue(first.contains("第 1 / 3 页"), first);
        List<String> next = links(first).stream().filter(link -> link.contains("offset=1")).toList();
        assertEquals(1, next.size());
        assertTrue(html(next.get(0), 200).contains("第 2 / 3 页"));
    }

    @Test
    void theBrowserWalksFromThePapersToAnIssuesPages() throws Exception {
        String papers = html("/browse", 200);
        assertTrue(papers.contains("晋中日报") && papers.contains("2024-05-06 至 2024-05-06"), papers);
        String paper = html("/browse/jinzhongribao", 200);
        assertTrue(paper.contains("2024年"), paper);
        assertTrue(links(paper).contains("/browse/jinzhongribao/2024/5"));
        String month = html("/browse/jinzhongribao/2024/5", 200);
        assertTrue(month.contains("<caption>2024年5月</caption>"));
        assertTrue(links(month).contains("/browse/jinzhongribao/2024-05-06"), "the day with an issue is a link");
        assertTrue(month.contains("<td class=\"empty\">7</td>"), "a day without one is not");
        assertTrue(month.indexOf("<td></td><td></td>") > 0, "May 2024 begins on a Wednesday: two blank days");
        String issue = html("/browse/jinzhongribao/2024-05-06", 200);
        List<String> pages = links(issue).stream().filter(link -> link.startsWith("/pages/")).toList();
        assertEquals(List.of("/pages/jinzhongribao/2024-05-06/1", "/pages/jinzhongribao/2024-05-06/2"), pages);
        for (String link : pages) {
            html(link, 200);
        }
        assertTrue(html("/", 200).contains("href=\"/browse\""), "every page leads to the browser");
    }

    @Test
    void theBrowserSaysWhatItDoesNotHold() throws Exception {
        assertTrue(html("/browse/nosuchpaper", 404).contains("存档中没有这份报纸"));
        assertTrue(html("/browse/jinzhongribao/2023/5", 404).contains("没有存档的报纸"));
        assertTrue(html("/browse/jinzhongribao/2024-05-08", 404).contains("没有存档的报纸"));
        assertEquals(400, served.get("/browse/jinzhongribao/2024/13").statusCode());
        assertEquals(400, served.get("/browse/jinzhongribao/2024-13-01").statusCode());
    }
}
