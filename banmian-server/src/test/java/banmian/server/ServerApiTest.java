package banmian.server;

import banmian.archive.Archive;
import banmian.archive.ArchiveFixtures;
import banmian.testing.RealPages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static banmian.server.ServedArchive.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @RegisterExtension
    final ServedArchive.PerTest archives = new ServedArchive.PerTest();
    private ServedArchive served;

    @BeforeEach
    void start() throws IOException {
        served = archives.start(data);
    }

    @Test
    void health() throws Exception {
        JsonNode health = served.getJson("/api/health", 200);
        assertEquals("ok", health.get("status").asText());
        assertEquals(4, health.get("articles").asInt());
        assertEquals(3, health.get("pages").asInt());
    }

    @Test
    void searchWithSnippetsFacetsAndWireCopies() throws Exception {
        JsonNode results = served.getJson("/api/search?q=" + q("春播"), 200);
        assertEquals(1, results.get("total").asInt(), "the two copies are one hit, counted once");
        assertEquals(1, results.get("hits").size());
        JsonNode hit = results.get("hits").get(0);
        assertTrue(hit.get("snippet").asText().contains("<mark>春播</mark>"), hit.toString());
        assertEquals(1, hit.get("alsoIn").size());
        assertEquals(1, results.at("/facets/paper/values").size(), "counted by the copy shown");
        JsonNode filtered = served.getJson("/api/search?person=" + q("李明华"), 200);
        assertEquals("jinzhongribao-2024-05-06-p01-2", filtered.at("/hits/0/id").asText());
        assertEquals(List.of(1, 2), JSON.convertValue(filtered.at("/hits/0/pages"), List.class));
        assertEquals(3, served.getJson("/api/search?date=2024-05-06", 200).get("total").asInt());
    }

    @Test
    void badSearchParametersAreJsonErrors() throws Exception {
        assertEquals("limit: not a whole number: many", served.getJson("/api/search?limit=many", 400).get("error").asText());
        assertTrue(served.getJson("/api/search?limit=0", 400).get("error").asText().startsWith("limit must be between"));
        assertEquals("from: not a YYYY-MM-DD date: 2024-13-01", served.getJson("/api/search?from=2024-13-01", 400).get("error").asText());
        assertTrue(served.getJson("/api/search?from=2024-05-07&to=2024-05-06", 400).get("error").asText().contains("is after"));
    }

    @Test
    void articlesAndPages() throws Exception {
        JsonNode story = served.getJson("/api/articles/jinzhongribao-2024-05-06-p02-1", 200);
        assertEquals("jinzhongribao-2024-05-06-p01-2", story.get("id").asText(), "a continuation part answers with its story");
        assertEquals(2, story.get("parts").size());
        assertEquals("城区老旧管网改造全面启动", story.at("/parts/0/article/headline").asText());
        assertEquals("李明华", story.at("/parts/0/article/entities/0/name").asText());
        assertEquals(2, story.at("/parts/0/article/continuedTo").asInt());
        assertEquals("no article nothing-here", served.getJson("/api/articles/nothing-here", 404).get("error").asText());
        JsonNode page = served.getJson("/api/pages/" + q(ArchiveFixtures.PAPER_A) + "/2024-05-06/2", 200);
        assertEquals(2, page.get("articles").size());
        assertEquals(2, served.getJson("/api/pages/jinzhongribao/2024-05-06/2", 200).get("articles").size());
        served.getJson("/api/pages/jinzhongribao/2024-05-06/9", 404);
        assertEquals("number: not a whole number: two", served.getJson("/api/pages/jinzhongribao/2024-05-06/two", 400).get("error").asText());
        assertTrue(served.getJson("/api/nothing", 404).get("error").asText().contains("/api/nothing"));
    }

    private HttpResponse<String> upload(Map<String, String> fields, Map<String, byte[]> files) throws Exception {
        return served.upload(fields, files);
    }

    private static final byte[] TEXT_PAGE = """
            滨河公园樱花进入盛花期
            本报讯 连日来，滨河公园的樱花进入盛花期，粉白相间的花海吸引众多市民前来踏青赏花。
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void uploadIngestsAndIsSearchableAtOnce() throws Exception {
        HttpResponse<String> response = upload(Map.of("paper", ArchiveFixtures.PAPER_B, "date", "2024-05-08"),
                Map.of("rmrb2024050803.txt", TEXT_PAGE));
        assertEquals(201, response.statusCode(), response.body());
        JsonNode result = JSON.readTree(response.body());
        assertEquals(1, result.get("pages").asInt());
        assertEquals("fenhewanbao-2024-05-08-p03", result.at("/pageIds/0").asText(), "page number from the file name");
        assertEquals(1, served.getJson("/api/search?q=" + q("樱花"), 200).get("total").asInt());
    }

    @RealPages
    @Test
    void aPagePdfUploadGoesThroughThePdfPath() throws Exception {
        byte[] pdf = java.nio.file.Files.readAllBytes(banmian.testing.SharedCorpus.directory().resolve("corpus/rmrb/rmrb2018010207.pdf"));
        HttpResponse<String> response = upload(Map.of("paper", "人民日报"), Map.of("rmrb2018010207.pdf", pdf));
        assertEquals(201, response.statusCode(), response.body());
        assertEquals("renminribao-2018-01-02-p07", JSON.readTree(response.body()).at("/pageIds/0").asText());
        JsonNode hits = served.getJson("/api/search?q=" + q("新时代") + "&paper=" + q("人民日报"), 200);
        assertTrue(hits.get("total").asInt() >= 3, hits.toString());
        assertEquals(List.of(7), JSON.convertValue(hits.at("/hits/0/pages"), List.class));
    }

    @Test
    void aBadUploadAddsNothingAtAll() throws Exception {
        HttpResponse<String> response = upload(Map.of("paper", ArchiveFixtures.PAPER_B, "date", "2024-05-08"),
                Map.of("good2024050803.txt", TEXT_PAGE, "broken.pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(JSON.readTree(response.body()).get("error").asText().startsWith("broken.pdf: "), response.body());
        assertEquals(0, served.getJson("/api/search?q=" + q("樱花"), 200).get("total").asInt(), "the good file went nowhere either");
        assertEquals(3, served.getJson("/api/health", 200).get("pages").asInt());
        HttpResponse<String> undated = upload(Map.of("paper", ArchiveFixtures.PAPER_B), Map.of("notes.txt", TEXT_PAGE));
        assertEquals(422, undated.statusCode());
        assertTrue(undated.body().contains("no date"), undated.body());
        HttpResponse<String> notMultipart = served.send(HttpRequest.newBuilder(URI.create(served.url("/api/ingest")))
                .header("Authorization", "Bearer " + ServedArchive.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build());
        assertEquals(400, notMultipart.statusCode());
        assertEquals(400, upload(Map.of("date", "5 May"), Map.of("a.txt", TEXT_PAGE)).statusCode());
    }

    /** Tab, newline, line separator, NUL, right-to-left override. */
    private static final List<String> HIDDEN = List.of("\t", "\n", "\u2028", "\u0000", "\u202E");

    @Test
    void uploadFieldsWithHiddenCharactersOrOutOfRangeAreRefusedAndNothingIsStored() throws Exception {
        String papersBefore = Files.readString(data.resolve("papers.json"));
        for (String hidden : HIDDEN) {
            HttpResponse<String> response = upload(Map.of("paper", "汾河" + hidden + "../../晚报", "date", "2024-05-08"),
                    Map.of("rmrb2024050803.txt", TEXT_PAGE));
            assertEquals(400, response.statusCode(), response.body());
            String error = JSON.readTree(response.body()).get("error").asText();
            assertTrue(error.startsWith("paper: contains ") && error.contains(String.format("(U+%04X", (int) hidden.charAt(0))), error);
        }
        List<List<String>> fields = List.of(
                List.of("page", "0", "page: page number 0 is outside 1 to 9999"),
                List.of("page", "99999", "page: page number 99999 is outside 1 to 9999"),
                List.of("page", "-3", "page: page number -3 is outside 1 to 9999"),
                List.of("date", "+10000-01-01", "date: +10000-01-01 is outside 1800-01-01 to 2199-12-31"),
                List.of("date", "1799-12-31", "date: 1799-12-31 is outside 1800-01-01 to 2199-12-31"),
                List.of("paper", "报".repeat(101), "paper: the paper name has 101 characters, more than 100"));
        for (List<String> field : fields) {
            HttpResponse<String> response = upload(Map.of(field.get(0), field.get(1)), Map.of("rmrb2024050803.txt", TEXT_PAGE));
            assertEquals(400, response.statusCode(), response.body());
            assertEquals(field.get(2), JSON.readTree(response.body()).get("error").asText());
        }
        HttpResponse<String> badName = upload(Map.of("date", "2024-05-08", "page", "3"), Map.of("a\u202Etxt.pdf", TEXT_PAGE));
        assertEquals(400, badName.statusCode(), badName.body());
        assertTrue(JSON.readTree(badName.body()).get("error").asText().startsWith("file name: contains "), badName.body());
        HttpResponse<String> farPage = upload(Map.of("paper", ArchiveFixtures.PAPER_B, "date", "2024-05-08"), Map.of("rmrb2024050800.txt", TEXT_PAGE));
        assertEquals(422, farPage.statusCode(), "page 00 in the file name is no page number: " + farPage.body());
        assertEquals(3, served.getJson("/api/health", 200).get("pages").asInt(), "nothing was stored");
        assertEquals(papersBefore, Files.readString(data.resolve("papers.json")), "no paper was registered");
        try (Stream<Path> pages = Files.walk(data.resolve("pages"))) {
            assertEquals(3, pages.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void aPaperOrFileNameLikeAPathStaysHarmless() throws Exception {
        HttpResponse<String> response = upload(Map.of("paper", "../../x", "date", "2024-05-08"),
                Map.of("../../../rmrb2024050803.txt", TEXT_PAGE));
        assertEquals(201, response.statusCode(), response.body());
        assertEquals("x-2024-05-08-p03", JSON.readTree(response.body()).at("/pageIds/0").asText());
        assertTrue(Files.isRegularFile(data.resolve("pages/x/2024-05-08/p03.json")));
        assertEquals(1, served.getJson("/api/pages/" + q("../../x") + "/2024-05-08/3", 200).get("articles").size());
    }

    @Test
    void pageAndArticleRequestsOutsideTheRangesAreBadRequestsOrUnknown() throws Exception {
        assertEquals("number: page number 0 is outside 1 to 9999", served.getJson("/api/pages/jinzhongribao/2024-05-06/0", 400).get("error").asText());
        served.getJson("/api/pages/jinzhongribao/2024-05-06/99999", 400);
        assertEquals("date: +10000-01-01 is outside 1800-01-01 to 2199-12-31",
                served.getJson("/api/pages/jinzhongribao/+10000-01-01/1", 400).get("error").asText());
        served.getJson("/api/articles/jinzhongribao-2024-05-06-p00-1", 404);
        served.getJson("/api/articles/jinzhongribao-2024-05-06-p01-0", 404);
    }

    @Test
    void aDamagedPageJsonIsAOneLineErrorNamingItAndUploadsToItsIssueGoOn() throws Exception {
        Files.writeString(data.resolve("pages/jinzhongribao/2024-05-06/p02.json"), "{\"page\": {\"date\": ");
        String expected = "pages/jinzhongribao/2024-05-06/p02.json: damaged page JSON (";
        for (String path : List.of("/api/pages/jinzhongribao/2024-05-06/2", "/api/articles/jinzhongribao-2024-05-06-p02-2")) {
            HttpResponse<String> response = served.get(path);
            assertEquals(500, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
            String error = JSON.readTree(response.body()).get("error").asText();
            assertTrue(error.startsWith(expected), error);
            assertEquals(1, response.body().lines().count(), response.body());
            assertFalse(response.body().contains("Exception") || response.body().contains("at banmian."), response.body());
        }
        HttpResponse<String> reader = served.get("/pages/jinzhongribao/2024-05-06/2");
        assertEquals(500, reader.statusCode());
        assertTrue(reader.body().contains(expected), reader.body());

        HttpResponse<String> upload = upload(Map.of("paper", ArchiveFixtures.PAPER_A, "date", "2024-05-06"), Map.of("rmrb2024050601.txt", TEXT_PAGE));
        assertEquals(201, upload.statusCode(), upload.body());
        JsonNode problems = JSON.readTree(upload.body()).get("problems");
        assertEquals(1, problems.size(), upload.body());
        assertTrue(problems.get(0).asText().startsWith(expected), upload.body());
        assertEquals(1, served.getJson("/api/search?q=" + q("樱花"), 200).get("total").asInt(), "the new page is stored and indexed");
    }

    @Test
    void aReadOnlyServerFindsAPaperRegisteredAfterItStarted() throws Exception {
        assertEquals(201, upload(Map.of("paper", "山西日报", "date", "2024-05-08"), Map.of("rmrb2024050803.txt", TEXT_PAGE)).statusCode());
        try (Archive reading = Archive.openForReading(data)) {
            ArchiveServer readOnly = ArchiveServer.start(reading, false, "127.0.0.1", 0);
            try {
                HttpClient client = HttpClient.newHttpClient();
                String traditional = "http://127.0.0.1:" + readOnly.port() + "/api/pages/" + q("陝西日報") + "/2024-05-08/3";
                assertEquals(404, client.send(HttpRequest.newBuilder(URI.create(traditional)).build(), HttpResponse.BodyHandlers.ofString()).statusCode(),
                        "not registered yet, and not 山西日报's page either");
                // Two papers that read alike registered after the reader read the table: 陝西日報 gets -3,
                // which the read-only server only knows by reading the table again.
                byte[] other = new String(TEXT_PAGE, StandardCharsets.UTF_8).replace("樱花", "牡丹").getBytes(StandardCharsets.UTF_8);
                byte[] third = new String(TEXT_PAGE, StandardCharsets.UTF_8).replace("樱花", "海棠").getBytes(StandardCharsets.UTF_8);
                assertEquals(201, upload(Map.of("paper", "陕西日报", "date", "2024-05-08"), Map.of("rmrb2024050803.txt", other)).statusCode());
                HttpResponse<String> registered = upload(Map.of("paper", "陝西日報", "date", "2024-05-08"), Map.of("rmrb2024050803.txt", third));
                assertEquals("shanxiribao-3-2024-05-08-p03", JSON.readTree(registered.body()).at("/pageIds/0").asText(), registered.body());
                HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(traditional)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode(), page.body());
                assertTrue(page.body().contains("海棠") && !page.body().contains("牡丹"), page.body());
            } finally {
                readOnly.close();
            }
        }
    }

    @Test
    void readerPagesRender() throws Exception {
        HttpResponse<String> search = served.get("/?q=" + q("管网"));
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("<mark>管网</mark>"), search.body());
        assertTrue(search.body().contains("href=\"/articles/jinzhongribao-2024-05-06-p01-2\""), search.body());
        HttpResponse<String> article = served.get("/articles/jinzhongribao-2024-05-06-p01-2");
        assertTrue(article.body().contains("<h1>城区老旧管网改造全面启动</h1>"), article.body());
        assertTrue(article.body().contains("href=\"/?person=" + q("李明华") + "\""), article.body());
        assertTrue(article.body().contains(ArchiveFixtures.PIPES_SECOND), "both parts of the story");
        HttpResponse<String> page = served.get("/pages/jinzhongribao/2024-05-06/1");
        assertTrue(page.body().contains("古城") || page.body().contains("春播粮食过六成"), page.body());
        assertEquals(404, served.get("/articles/nothing").statusCode());
        assertTrue(served.get("/?q=" + q("<script>")).body().contains("&lt;script&gt;"), "query text is escaped");
    }
}
