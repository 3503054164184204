package banmian.server;

import banmian.archive.ArchiveFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private ServedArchive served;

    @BeforeEach
    void start() throws IOException {
        served = new ServedArchive(data);
    }

    @AfterEach
    void stop() throws IOException {
        served.close();
    }

    private JsonNode getJson(String path, int status) throws Exception {
        HttpResponse<String> response = served.get(path);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"), response.headers().toString());
        return JSON.readTree(response.body());
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void health() throws Exception {
        JsonNode health = getJson("/api/health", 200);
        assertEquals("ok", health.get("status").asText());
        assertEquals(4, health.get("articles").asInt());
        assertEquals(3, health.get("pages").asInt());
    }

    @Test
    void searchWithSnippetsFacetsAndWireCopies() throws Exception {
        JsonNode results = getJson("/api/search?q=" + q("春播"), 200);
        assertEquals(2, results.get("total").asInt());
        assertEquals(1, results.get("hits").size());
        JsonNode hit = results.get("hits").get(0);
        assertTrue(hit.get("snippet").asText().contains("<mark>春播</mark>"), hit.toString());
        assertEquals(1, hit.get("alsoIn").size());
        assertEquals(2, results.at("/facets/paper").size());
        JsonNode filtered = getJson("/api/search?person=" + q("李明华"), 200);
        assertEquals("jinzhongribao-2024-05-06-p01-2", filtered.at("/hits/0/id").asText());
        assertEquals(List.of(1, 2), JSON.convertValue(filtered.at("/hits/0/pages"), List.class));
        assertEquals(3, getJson("/api/search?date=2024-05-06", 200).get("total").asInt());
    }

    @Test
    void badSearchParametersAreJsonErrors() throws Exception {
        assertEquals("limit: not a whole number: many", getJson("/api/search?limit=many", 400).get("error").asText());
        assertTrue(getJson("/api/search?limit=0", 400).get("error").asText().startsWith("limit must be between"));
        assertEquals("from: not a YYYY-MM-DD date: 2024-13-01", getJson("/api/search?from=2024-13-01", 400).get("error").asText());
        assertTrue(getJson("/api/search?from=2024-05-07&to=2024-05-06", 400).get("error").asText().contains("is after"));
    }

    @Test
    void articlesAndPages() throws Exception {
        JsonNode story = getJson("/api/articles/jinzhongribao-2024-05-06-p02-1", 200);
        assertEquals("jinzhongribao-2024-05-06-p01-2", story.get("id").asText(), "a continuation part answers with its story");
        assertEquals(2, story.get("parts").size());
        assertEquals("城区老旧管网改造全面启动", story.at("/parts/0/article/headline").asText());
        assertEquals("李明华", story.at("/parts/0/article/entities/0/name").asText());
        assertEquals(2, story.at("/parts/0/article/continuedTo").asInt());
        assertEquals("no article nothing-here", getJson("/api/articles/nothing-here", 404).get("error").asText());
        JsonNode page = getJson("/api/pages/" + q(ArchiveFixtures.PAPER_A) + "/2024-05-06/2", 200);
        assertEquals(2, page.get("articles").size());
        assertEquals(2, getJson("/api/pages/jinzhongribao/2024-05-06/2", 200).get("articles").size());
        getJson("/api/pages/jinzhongribao/2024-05-06/9", 404);
        assertEquals("number: not a whole number: two", getJson("/api/pages/jinzhongribao/2024-05-06/two", 400).get("error").asText());
        assertTrue(getJson("/api/nothing", 404).get("error").asText().contains("/api/nothing"));
    }

    private HttpResponse<String> upload(Map<String, String> fields, Map<String, byte[]> files) throws Exception {
        String boundary = "banmianTestBoundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return served.send(HttpRequest.newBuilder(URI.create(served.url("/api/ingest")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
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
        assertEquals(1, getJson("/api/search?q=" + q("樱花"), 200).get("total").asInt());
    }

    @Test
    void aPagePdfUploadGoesThroughThePdfPath() throws Exception {
        byte[] pdf = java.nio.file.Files.readAllBytes(banmian.testing.SharedCorpus.directory().resolve("corpus/rmrb/rmrb2018010207.pdf"));
        HttpResponse<String> response = upload(Map.of("paper", "人民日报"), Map.of("rmrb2018010207.pdf", pdf));
        assertEquals(201, response.statusCode(), response.body());
        assertEquals("renminribao-2018-01-02-p07", JSON.readTree(response.body()).at("/pageIds/0").asText());
        JsonNode hits = getJson("/api/search?q=" + q("新时代") + "&paper=" + q("人民日报"), 200);
        assertTrue(hits.get("total").asInt() >= 3, hits.toString());
        assertEquals(List.of(7), JSON.convertValue(hits.at("/hits/0/pages"), List.class));
    }

    @Test
    void aBadUploadAddsNothingAtAll() throws Exception {
        HttpResponse<String> response = upload(Map.of("paper", ArchiveFixtures.PAPER_B, "date", "2024-05-08"),
                Map.of("good2024050803.txt", TEXT_PAGE, "broken.pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(JSON.readTree(response.body()).get("error").asText().startsWith("broken.pdf: "), response.body());
        assertEquals(0, getJson("/api/search?q=" + q("樱花"), 200).get("total").asInt(), "the good file went nowhere either");
        assertEquals(3, getJson("/api/health", 200).get("pages").asInt());
        HttpResponse<String> undated = upload(Map.of(), Map.of("notes.txt", TEXT_PAGE));
        assertEquals(422, undated.statusCode());
        assertTrue(undated.body().contains("no date"), undated.body());
        HttpResponse<String> notMultipart = served.send(HttpRequest.newBuilder(URI.create(served.url("/api/ingest")))
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build());
        assertEquals(400, notMultipart.statusCode());
        assertEquals(400, upload(Map.of("date", "5 May"), Map.of("a.txt", TEXT_PAGE)).statusCode());
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
