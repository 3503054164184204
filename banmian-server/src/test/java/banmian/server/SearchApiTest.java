package banmian.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static banmian.server.ServedArchive.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search parameters (sort, author, section, facet limits) and the issue browser's routes, over the archive fixtures. */
class SearchApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @RegisterExtension
    final ServedArchive.PerTest archives = new ServedArchive.PerTest();
    private ServedArchive served;

    @BeforeEach
    void start() throws Exception {
        served = archives.start(data);
    }

    private static List<String> dates(JsonNode results) {
        List<String> dates = new ArrayList<>();
        results.get("hits").forEach(hit -> dates.add(hit.get("date").asText()));
        return dates;
    }

    @Test
    void sortOrdersTheHits() throws Exception {
        assertEquals(List.of("2024-05-07", "2024-05-06", "2024-05-06"), dates(served.getJson("/api/search", 200)), "no words: newest first");
        // Oldest first, the wire story is shown by its first printing (paper A's, a day before paper B's).
        JsonNode oldest = served.getJson("/api/search?sort=oldest", 200);
        assertEquals(List.of("2024-05-06", "2024-05-06", "2024-05-06"), dates(oldest));
        assertEquals(3, oldest.get("total").asInt());
        assertEquals(List.of("2024-05-07", "2024-05-06", "2024-05-06"), dates(served.getJson("/api/search?sort=newest&q=", 200)));
        JsonNode relevant = served.getJson("/api/search?sort=relevance&q=" + q("平遥古城"), 200);
        assertTrue(relevant.at("/hits/0/score").asDouble() > 0);
        JsonNode bad = served.getJson("/api/search?sort=popular", 400);
        assertTrue(bad.get("error").asText().startsWith("sort: relevance, newest or oldest"), bad.toString());
    }

    /** The API's cursor walks the hits one page at a time as one long page lists them; a cursor it did not write is a 400. */
    @Test
    void aCursorPagesForwardAndABadOneIsRefused() throws Exception {
        for (String sort : List.of("newest", "oldest")) {
            List<String> listed = ids(served.getJson("/api/search?sort=" + sort, 200));
            List<String> walked = new ArrayList<>();
            JsonNode page = served.getJson("/api/search?limit=1&sort=" + sort, 200);
            while (true) {
                walked.addAll(ids(page));
                if (page.get("next").isNull()) {
                    break;
                }
                page = served.getJson("/api/search?limit=1&sort=" + sort + "&cursor=" + q(page.get("next").asText()), 200);
            }
            assertEquals(listed, walked, sort);
            assertEquals(3, walked.size());
        }
        String next = served.getJson("/api/search?limit=1", 200).get("next").asText();
        assertTrue(served.getJson("/api/search?cursor=" + q("not-a-cursor"), 400).get("error").asText().startsWith("cursor: "));
        assertTrue(served.getJson("/api/search?sort=oldest&cursor=" + q(next), 400).get("error").asText().startsWith("cursor: made for sort=newest"));
        assertTrue(served.getJson("/api/search?offset=1&cursor=" + q(next), 400).get("error").asText().startsWith("offset: "));
        assertTrue(served.getJson("/api/search?cursor=" + "A".repeat(5_000), 400).get("error").asText().startsWith("cursor: at most"));
    }

    private static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    @Test
    void facetsSayWhetherThereIsMoreAndOneCanBeAskedForMore() throws Exception {
        JsonNode results = served.getJson("/api/search?facet.paper.limit=1", 200);
        assertEquals(1, results.at("/facets/paper/values").size());
        assertTrue(results.at("/facets/paper/more").asBoolean());
        assertFalse(served.getJson("/api/search", 200).at("/facets/paper/more").asBoolean());
        for (String facet : List.of("paper", "date", "author", "section", "person", "place", "organization")) {
            assertTrue(results.get("facets").has(facet), facet);
        }
        assertEquals("2024-05-06", served.getJson("/api/search", 200).at("/facets/date/values/0/value").asText(), "dates in time order");
        assertTrue(served.getJson("/api/search?facet.people.limit=5", 400).get("error").asText().contains("no facet people"));
        assertTrue(served.getJson("/api/search?facet.person.limit=101", 400).get("error").asText().contains("between 1 and 100"));
        assertTrue(served.getJson("/api/search?facet.person.limit=ten", 400).get("error").asText().startsWith("facet.person.limit: not a whole number"));
        assertTrue(served.getJson("/api/search?facet.person=5", 400).get("error").asText().startsWith("facet.person: not a parameter"));
    }

    @Test
    void authorSectionAndOneCharacterSearches() throws Exception {
        assertEquals(0, served.getJson("/api/search?author=" + q("李明华"), 200).get("total").asInt(), "李明华 is named in the body, not the byline");
        assertEquals(0, served.getJson("/api/search?section=" + q("要闻"), 200).get("total").asInt(), "the fixtures' pages name no section");
        assertEquals(1, served.getJson("/api/search?q=" + q("墒"), 200).get("total").asInt());
    }

    @Test
    void theIssueBrowserWalksDownToThePages() throws Exception {
        JsonNode papers = served.getJson("/api/papers", 200).get("papers");
        assertEquals(2, papers.size());
        JsonNode jinzhong = papers.get(0).get("slug").asText().equals("jinzhongribao") ? papers.get(0) : papers.get(1);
        assertEquals("晋中日报", jinzhong.get("name").asText());
        assertEquals(1, jinzhong.get("issues").asInt());
        assertEquals(2, jinzhong.get("pages").asInt());
        assertEquals("2024", served.getJson("/api/papers/jinzhongribao/issues", 200).at("/years/0/period").asText());
        assertEquals("2024-05", served.getJson("/api/papers/" + q("晋中日报") + "/issues?year=2024", 200).at("/months/0/period").asText());
        JsonNode days = served.getJson("/api/papers/jinzhongribao/issues?year=2024&month=5", 200);
        assertEquals("2024-05-06", days.at("/days/0/period").asText());
        assertEquals(2, days.at("/days/0/pages").asInt());
        JsonNode issue = served.getJson("/api/papers/jinzhongribao/issues/2024-05-06", 200);
        assertEquals(List.of(1, 2), JSON.convertValue(issue.get("pages").findValues("number"), List.class));
        assertEquals("/api/pages/jinzhongribao/2024-05-06/2", issue.at("/pages/1/url").asText());
        assertEquals(200, served.get(issue.at("/pages/1/url").asText()).statusCode());
        assertEquals(0, served.getJson("/api/papers/jinzhongribao/issues?year=2023", 200).get("months").size());
    }

    @Test
    void theIssueBrowserRefusesBadParametersAndUnknownPapersOrDays() throws Exception {
        assertTrue(served.getJson("/api/papers/nosuchpaper/issues", 404).get("error").asText().contains("no paper nosuchpaper"));
        assertTrue(served.getJson("/api/papers/jinzhongribao/issues/2024-05-07", 404).get("error").asText().contains("no issue"));
        assertTrue(served.getJson("/api/papers/jinzhongribao/issues?month=5", 400).get("error").asText().contains("a month needs its year"));
        assertTrue(served.getJson("/api/papers/jinzhongribao/issues?year=2024&month=13", 400).get("error").asText().contains("month"));
        assertTrue(served.getJson("/api/papers/jinzhongribao/issues?year=99999", 400).get("error").asText().contains("year"));
        assertTrue(served.getJson("/api/papers/jinzhongribao/issues?year=abc", 400).get("error").asText().startsWith("year: not a whole number"));
        assertTrue(served.getJson("/api/papers/jinzhongribao/issues/2024-13-01", 400).get("error").asText().startsWith("date:"));
        assertEquals(400, served.get("/api/papers/" + q("晋中\u202e日报") + "/issues").statusCode(), "a name MetaCheck refuses");
    }
}
