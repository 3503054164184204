package banmian.server;

import banmian.archive.ArchiveFixtures;
import banmian.archive.SearchQuery;
import banmian.limits.Limits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

import static banmian.server.ServedArchive.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests a hostile client sends: each bound is a 400 naming its parameter, work the server has no
 * room for is a 503 with Retry-After, every response carries the security headers, and a failure
 * answers one line, never a stack trace.
 */
class HostileRequestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @RegisterExtension
    final ServedArchive.PerTest archives = new ServedArchive.PerTest();
    private ServedArchive served;

    private ServedArchive serve(ServerBudgets budgets) throws IOException {
        served = archives.start(data, Limits.DEFAULT, budgets);
        return served;
    }

    /** The response's status and its JSON error, which must name {@code parameter}. */
    private void assertRefused(String path, int status, String parameter) throws Exception {
        HttpResponse<String> response = served.get(path);
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        String error = JSON.readTree(response.body()).get("error").asText();
        assertTrue(error.startsWith(parameter), path + ": " + error);
    }

    @Test
    void searchParametersOutsideTheirBoundsAre400sNamingThem() throws Exception {
        serve(ServerBudgets.DEFAULT);
        assertRefused("/api/search?q=" + q("春播") + "&offset=100000000", 400, "offset");
        assertRefused("/api/search?q=" + q("春播") + "&offset=9995&limit=10", 400, "offset");
        assertEquals(200, served.get("/api/search?q=" + q("春播") + "&offset=9990&limit=10").statusCode());
        assertRefused("/api/search?offset=99999999999999", 400, "offset");
        assertRefused("/api/search?offset=-1", 400, "offset");
        assertRefused("/api/search?limit=1000000", 400, "limit");
        assertRefused("/api/search?q=" + "a".repeat(SearchQuery.MAX_TEXT_CHARS + 1), 400, "q");
        assertRefused("/api/search?facet.person.limit=100000", 400, "facet.person.limit");
        assertRefused("/api/search?from=2024-05-07&to=2024-05-01", 400, "from");
        assertRefused("/api/search?from=+999999999-01-01", 400, "from");
        assertRefused("/api/search?author=" + "a".repeat(SearchQuery.MAX_FILTER_CHARS + 1), 400, "author");
        assertRefused("/?offset=100000000", 400, "offset");
    }

    @Test
    void queriesWithMoreClausesThanASearchTakesAre400s() throws Exception {
        serve(ServerBudgets.DEFAULT);
        StringJoiner or = new StringJoiner(" OR ");
        for (int i = 0; i < 300; i++) {
            or.add(Integer.toString(i, 36));
        }
        assertRefused("/api/search?q=" + q(or.toString()), 400, "q");
    }

    /**
     * Few clauses, each a character found in most stories: a query built to cost. Refused before it
     * runs, by what it would read, while the same character alone or a few times over is searched.
     */
    @Test
    void queriesThatWouldReadTheArchiveManyTimesOverAre400s() throws Exception {
        serve(ServerBudgets.DEFAULT);
        String often = "年 OR ".repeat(40) + "年";
        JsonNode refused = served.getJson("/api/search?q=" + q(often), 400);
        assertTrue(refused.get("error").asText().startsWith("q: the query would read about"), refused.toString());
        assertTrue(served.getJson("/api/search?q=" + q("年"), 200).get("total").asInt() > 0);
        assertTrue(served.getJson("/api/search?q=" + q("年 OR 年 OR 年 OR 年 OR 年"), 200).get("total").asInt() > 0, "a few times over: searched");
    }

    @Test
    void wildcardsRegexesFuzzyTermsAndRangesAreTakenAsText() throws Exception {
        serve(ServerBudgets.DEFAULT);
        int plain = hits("/api/search?q=" + q("春播"));
        assertTrue(plain > 0);
        for (String expanding : new String[] {"春播*", "春*", "*", "/春.*/", "春播~2", "[a TO z]", "?"}) {
            HttpResponse<String> response = served.get("/api/search?q=" + q(expanding));
            assertEquals(200, response.statusCode(), expanding + ": " + response.body());
        }
        assertEquals(plain, hits("/api/search?q=" + q("春播*")));
    }

    private int hits(String path) throws Exception {
        HttpResponse<String> response = served.get(path);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("total").asInt();
    }

    @Test
    void pathParametersOutsideTheirBoundsAre400sOr404s() throws Exception {
        serve(ServerBudgets.DEFAULT);
        assertRefused("/api/pages/" + q(ArchiveFixtures.PAPER_A) + "/2024-05-06/99999999999", 400, "number");
        assertRefused("/api/pages/" + q(ArchiveFixtures.PAPER_A) + "/2024-05-06/-3", 400, "number");
        assertRefused("/api/pages/" + q(ArchiveFixtures.PAPER_A) + "/99999-05-06/1", 400, "date");
        assertRefused("/api/papers/" + q(ArchiveFixtures.PAPER_A) + "/issues?year=99999999999", 400, "year");
        assertRefused("/api/papers/" + q(ArchiveFixtures.PAPER_A) + "/issues?month=13&year=2024", 400, "month");
        for (String path : new String[] {"/api/articles/" + "x".repeat(4000), "/api/pages/" + "报".repeat(1000) + "/2024-05-06/1",
                "/api/articles/..%2F..%2Fetc%2Fpasswd", "/pages/%00/2024-05-06/1/page.jpg", "/browse/" + "a".repeat(2000) + "/2024/5"}) {
            int status = served.get(path).statusCode();
            assertTrue(status >= 400 && status < 500, path + ": " + status);
        }
    }

    @Test
    void aSearchOverItsTimeBudgetIs503WithRetryAfter() throws Exception {
        serve(ServerBudgets.DEFAULT.withSearchTimeout(Duration.ofNanos(1)));
        HttpResponse<String> response = served.get("/api/search?q=" + q("春播"));
        assertEquals(503, response.statusCode(), response.body());
        assertEquals(String.valueOf(Hardening.RETRY_AFTER_SECONDS), response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(JSON.readTree(response.body()).get("error").asText().contains("budget"), response.body());
        HttpResponse<String> reader = served.get("/?q=" + q("春播"));
        assertEquals(503, reader.statusCode());
        assertTrue(reader.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    }

    @Test
    void anUploadWithTheWorkerAndQueueTakenIs503WithRetryAfter() throws Exception {
        serve(ServerBudgets.DEFAULT.withUploadQueue(0));
        // An upload that has its place and is still sending its body: the only place is taken.
        try (Socket uploading = new Socket("127.0.0.1", served.server.port())) {
            OutputStream out = uploading.getOutputStream();
            out.write(("POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + ServedArchive.TOKEN
                    + "\r\nContent-Type: multipart/form-data; boundary=" + ServedArchive.BOUNDARY
                    + "\r\nContent-Length: 100000\r\n\r\n--" + ServedArchive.BOUNDARY + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            HttpResponse<String> refused = null;
            for (int attempt = 0; attempt < 50 && (refused == null || refused.statusCode() != 503); attempt++) {
                Thread.sleep(100);
                refused = served.upload(Map.of("paper", ArchiveFixtures.PAPER_B), Map.of("a.txt", "版面".getBytes(StandardCharsets.UTF_8)));
            }
            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals(String.valueOf(Hardening.RETRY_AFTER_SECONDS), refused.headers().firstValue("Retry-After").orElseThrow());
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoCors() throws Exception {
        serve(ServerBudgets.DEFAULT);
        for (String path : new String[] {"/", "/?q=" + q("春播"), "/api/search?q=" + q("春播"), "/api/health", "/no/such/page",
                "/api/nothing", "/api/search?offset=-1", "/static/reader.css", "/browse"}) {
            HttpResponse<String> response = served.get(path);
            for (Map.Entry<String, String> header : Hardening.HEADERS.entrySet()) {
                assertEquals(header.getValue(), response.headers().firstValue(header.getKey()).orElse(null), path + " " + header.getKey());
            }
            assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), path);
            assertTrue(response.headers().firstValue("Server").isEmpty(), path);
        }
        HttpResponse<String> css = served.get("/static/reader.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(css.headers().firstValue("Cache-Control").orElseThrow().contains("max-age"));
        assertTrue(css.body().contains(".hit"));
    }

    @Test
    void theReaderHasNoInlineStyleOrScript() throws Exception {
        serve(ServerBudgets.DEFAULT);
        String id = JSON.readTree(served.get("/api/search?q=" + q("春播")).body()).at("/hits/0/id").asText();
        JsonNode story = JSON.readTree(served.get("/api/articles/" + id).body());
        String page = "/pages/" + q(story.get("paper").asText()) + "/" + story.get("date").asText() + "/" + story.at("/pages/0").asInt();
        for (String path : new String[] {"/", "/?q=" + q("春播"), "/articles/" + id, page, "/browse", "/nothing"}) {
            String html = served.get(path).body();
            assertFalse(html.contains("<style"), path);
            assertFalse(html.contains("style="), path);
            assertFalse(html.contains("<script"), path);
            assertTrue(html.contains("/static/reader.css"), path);
        }
    }

    @Test
    void anUnexpectedFailureIsAOneLine500WithoutATrace() throws Exception {
        serve(ServerBudgets.DEFAULT);
        served.archive.close();
        for (String path : new String[] {"/api/search?q=" + q("春播"), "/?q=" + q("春播")}) {
            HttpResponse<String> response = served.get(path);
            assertEquals(500, response.statusCode(), response.body());
            assertFalse(response.body().contains("Exception"), response.body());
            assertFalse(response.body().contains("\tat "), response.body());
            assertFalse(response.body().contains(".java"), response.body());
            // Lucene's AlreadyClosedException is an IllegalStateException, which the upload limit's handler sees first.
            assertTrue(response.body().contains("internal error; the server's log says more"), response.body());
            assertFalse(response.body().contains("closed"), "the exception's own message stays in the log: " + response.body());
            assertEquals(Hardening.CONTENT_SECURITY_POLICY, response.headers().firstValue("Content-Security-Policy").orElseThrow());
        }
    }

    @Test
    void malformedMultipartBodiesAre4xx() throws Exception {
        serve(ServerBudgets.DEFAULT);
        String[] bodies = {"", "no boundary at all", "--" + ServedArchive.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 unfinished",
                "--" + ServedArchive.BOUNDARY + "\r\n\r\n\r\n--" + ServedArchive.BOUNDARY + "--\r\n",
                "--" + ServedArchive.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"paper\"\r\n\r\n" + ArchiveFixtures.PAPER_B};
        for (String body : bodies) {
            for (String method : new String[] {"POST /api/ingest", "PUT /api/pages/" + q(ArchiveFixtures.PAPER_A) + "/2024-05-06/1"}) {
                String[] parts = method.split(" ");
                HttpResponse<String> response = served.send(HttpRequest.newBuilder(URI.create(served.url(parts[1])))
                        .header("Authorization", "Bearer " + ServedArchive.TOKEN)
                        .header("Content-Type", "multipart/form-data; boundary=" + ServedArchive.BOUNDARY)
                        .method(parts[0], HttpRequest.BodyPublishers.ofString(body)).build());
                assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, method + " " + body + ": "
                        + response.statusCode() + " " + response.body());
            }
        }
    }

    @Test
    void aSlowClientIsCutOffAtTheIdleTimeout() throws Exception {
        serve(ServerBudgets.DEFAULT.withIdleTimeout(Duration.ofMillis(500)));
        try (Socket slow = new Socket("127.0.0.1", served.server.port())) {
            slow.setSoTimeout(10_000);
            slow.getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: 127".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            InputStream in = slow.getInputStream();
            while (in.read() != -1) {
                // Whatever Jetty says before closing the connection.
            }
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "the connection stayed open");
        }
    }
}
