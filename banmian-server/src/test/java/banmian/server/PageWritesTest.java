package banmian.server;

import banmian.archive.Archive;
import banmian.archive.ArchiveFixtures;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's writes: a page deleted or replaced, an upload without a paper refused, the token on every
 * write and on no read, and 405 for a method a path does not take.
 */
class PageWritesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE_A2 = "/api/pages/jinzhongribao/2024-05-06/2";
    private static final byte[] TEXT_PAGE = """
            古城夜游人气旺
            本报讯 夜幕降临，平遥古城灯火通明，夜游项目吸引大批游客前来观光。
            """.getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;

    @RegisterExtension
    final ServedArchive.PerTest archives = new ServedArchive.PerTest();
    private ServedArchive served;

    @BeforeEach
    void start() throws IOException {
        served = archives.start(data);
    }

    private HttpResponse<String> withToken(HttpRequest.Builder request) throws Exception {
        return served.send(request.header("Authorization", "Bearer " + ServedArchive.TOKEN).build());
    }

    private HttpResponse<String> delete(String path) throws Exception {
        return withToken(HttpRequest.newBuilder(URI.create(served.url(path))).DELETE());
    }

    private HttpResponse<String> replace(String path, Map<String, String> fields, Map<String, byte[]> files) throws Exception {
        return withToken(served.multipartRequest("PUT", path, fields, files));
    }

    private JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"), response.headers().toString());
        return JSON.readTree(response.body());
    }

    private String error(HttpResponse<String> response, int status) throws IOException {
        JsonNode body = json(response, status);
        assertEquals(1, body.size(), "an error is {\"error\": ...} alone: " + body);
        return body.get("error").asText();
    }

    private long hits(String words) throws Exception {
        return json(served.get("/api/search?q=" + q(words)), 200).get("total").asLong();
    }

    @Test
    void aDeletedPageIsGoneWithItsStoriesAndTheStoryItContinuedIsStitchedAgain() throws Exception {
        JsonNode deleted = json(delete(PAGE_A2), 200);
        assertEquals("jinzhongribao-2024-05-06-p02", deleted.get("deleted").asText());
        assertEquals(0, deleted.get("problems").size());
        assertFalse(Files.exists(data.resolve("pages/jinzhongribao/2024-05-06/p02.json")));
        assertEquals("no page jinzhongribao 2024-05-06 2", error(served.get(PAGE_A2), 404));
        assertEquals(0, hits("平遥古城"));
        assertEquals(0, hits("漏损率"), "the part of the report on page 2 went with it");
        assertEquals(List.of(1), JSON.convertValue(json(served.get("/api/articles/jinzhongribao-2024-05-06-p01-2"), 200).get("pages"), List.class));
        assertEquals(2, json(served.get("/api/health"), 200).get("pages").asInt());
        assertTrue(error(delete(PAGE_A2), 404).startsWith("no page jinzhongribao 2024-05-06 2"), "deleted once only");
        assertTrue(error(delete("/api/pages/" + q("没有这份报") + "/2024-05-06/1"), 404).startsWith("no page 没有这份报 2024-05-06 1"));
        assertEquals("number: page number 0 is outside 1 to 9999", error(delete("/api/pages/jinzhongribao/2024-05-06/0"), 400));
    }

    @Test
    void aReplacedPageIsFiledWhereThePathSaysWhateverTheFileSays() throws Exception {
        // The file's name says another day and page: the path decides.
        JsonNode replaced = json(replace(PAGE_A2, Map.of(), Map.of("rmrb2019123105.txt", TEXT_PAGE)), 200);
        assertEquals("jinzhongribao-2024-05-06-p02", replaced.at("/pageIds/0").asText(), replaced.toString());
        assertEquals(1, replaced.get("articles").asInt());
        JsonNode page = json(served.get(PAGE_A2), 200);
        assertEquals(ArchiveFixtures.PAPER_A, page.at("/page/paper").asText(), "the paper's registered name, though the path gave its slug");
        assertEquals("古城夜游人气旺", page.at("/articles/0/headline").asText());
        assertEquals(1, hits("夜游"));
        assertEquals(0, hits("旅游旺季"), "the old page's stories are gone");
        assertEquals(0, hits("漏损率"), "the new page does not go on with the report");
        assertFalse(Files.exists(data.resolve("pages/jinzhongribao/2019-12-31")), "nothing filed where the file's name says");
        assertEquals(3, json(served.get("/api/health"), 200).get("pages").asInt());
    }

    @RealPages
    @Test
    void aRealPagePdfReplacesAndIsDeleted() throws Exception {
        Path corpus = SharedCorpus.directory().resolve("corpus/rmrb");
        assertEquals(201, served.upload(Map.of("paper", "人民日报"), Map.of("rmrb2018010207.pdf",
                Files.readAllBytes(corpus.resolve("rmrb2018010207.pdf")))).statusCode());
        String page = "/api/pages/renminribao/2018-01-02/7";
        String before = json(served.get(page), 200).at("/articles/0/headline").asText();
        // Another day's page 7 put in its place: filed as 2018-01-02, page 7, whatever its file says.
        JsonNode replaced = json(replace(page, Map.of(), Map.of("rmrb2018010307.pdf", Files.readAllBytes(corpus.resolve("rmrb2018010307.pdf")))), 200);
        assertEquals("renminribao-2018-01-02-p07", replaced.at("/pageIds/0").asText(), replaced.toString());
        JsonNode stored = json(served.get(page), 200);
        assertEquals("2018-01-02", stored.at("/page/date").asText());
        assertFalse(before.equals(stored.at("/articles/0/headline").asText()), "the other page's articles: " + before);
        assertEquals(404, served.get("/api/pages/renminribao/2018-01-03/7").statusCode());
        json(delete(page), 200);
        assertEquals(3, json(served.get("/api/health"), 200).get("pages").asInt());
        assertEquals(0, json(served.get("/api/search?paper=" + q("人民日报")), 200).get("total").asInt());
    }

    @Test
    void aReplacementIsOneFileForAPageTheArchiveHolds() throws Exception {
        assertTrue(error(replace("/api/pages/jinzhongribao/2024-05-06/9", Map.of(), Map.of("a.txt", TEXT_PAGE)), 404)
                .contains("POST /api/ingest"));
        assertTrue(error(replace(PAGE_A2, Map.of("paper", "人民日报"), Map.of("a.txt", TEXT_PAGE)), 400).endsWith("come from the path): paper"));
        assertTrue(error(replace(PAGE_A2, Map.of(), Map.of("a.txt", TEXT_PAGE, "b.txt", TEXT_PAGE)), 400).contains("not 2"));
        assertTrue(error(replace(PAGE_A2, Map.of(), Map.of("broken.pdf", "%PDF-1.7 no".getBytes(StandardCharsets.UTF_8))), 422)
                .startsWith("broken.pdf: "));
        assertTrue(error(withToken(HttpRequest.newBuilder(URI.create(served.url(PAGE_A2))).PUT(HttpRequest.BodyPublishers.ofString("x"))), 400)
                .startsWith("send multipart/form-data"));
        assertEquals(1, hits("平遥古城"), "the page is as it was");
    }

    @Test
    void anUploadWithoutAPaperIsRefusedBeforeAnyFileIsReadAndNothingIsFiledUnderUnknown() throws Exception {
        for (Map<String, String> fields : List.of(Map.<String, String>of("date", "2024-05-08"), Map.of("paper", "  ", "date", "2024-05-08"))) {
            // A file that would be refused as unusable if it were read: the missing paper is found first.
            HttpResponse<String> response = served.upload(fields, Map.of("rmrb2024050803.txt", new byte[0]));
            String error = error(response, 400);
            assertTrue(error.startsWith("paper: missing: give the paper's name in the \"paper\" form field"), error);
        }
        assertFalse(Files.exists(data.resolve("pages/unknown")));
        assertFalse(Files.readString(data.resolve("papers.json")).contains("unknown"));
        try (Stream<Path> pages = Files.walk(data.resolve("pages"))) {
            assertEquals(3, pages.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void everyWriteNeedsTheTokenAndNoReadDoes() throws Exception {
        List<HttpRequest.Builder> writes = List.of(
                HttpRequest.newBuilder(URI.create(served.url(PAGE_A2))).DELETE(),
                served.multipartRequest("PUT", PAGE_A2, Map.of(), Map.of("a.txt", TEXT_PAGE)),
                served.multipartRequest("POST", "/api/ingest", Map.of("paper", "汾河晚报"), Map.of("rmrb2024050803.txt", TEXT_PAGE)));
        for (HttpRequest.Builder write : writes) {
            for (String authorization : new String[] {null, "Bearer wrong-token-0123456789", "Bearer " + ServedArchive.TOKEN + "x",
                    ServedArchive.TOKEN, "bearer " + ServedArchive.TOKEN}) {
                HttpRequest.Builder request = write.copy();
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                HttpResponse<String> response = served.send(request.build());
                assertTrue(error(response, 401).contains("Authorization: Bearer"), response.body());
                assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""));
            }
        }
        assertEquals(1, hits("平遥古城"), "nothing was deleted or replaced");
        assertEquals(3, json(served.get("/api/health"), 200).get("pages").asInt());
        for (String read : List.of("/api/health", "/api/search?q=" + q("春播"), PAGE_A2, "/api/articles/jinzhongribao-2024-05-06-p01-2",
                "/api/openapi.json")) {
            assertEquals(200, served.get(read).statusCode(), read);
        }
    }

    @Test
    void aReadOnlyServerRefusesWritesWith403() throws Exception {
        try (Archive reading = Archive.openForReading(data)) {
            ArchiveServer readOnly = ArchiveServer.start(reading, false, "127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + readOnly.port();
                HttpResponse<String> response = served.send(HttpRequest.newBuilder(URI.create(base + PAGE_A2))
                        .header("Authorization", "Bearer " + ServedArchive.TOKEN).DELETE().build());
                assertTrue(error(response, 403).contains("read-only"), response.body());
                assertEquals(200, served.send(HttpRequest.newBuilder(URI.create(base + PAGE_A2)).build()).statusCode());
            } finally {
                readOnly.close();
            }
        }
        assertEquals(1, hits("平遥古城"));
    }

    @Test
    void aWrongMethodOnAKnownPathIs405NamingTheMethodsItTakes() throws Exception {
        Map<String, String> cases = Map.of(
                "DELETE /api/search", "GET",
                "GET /api/ingest", "POST",
                "PUT /api/health", "GET",
                "POST " + PAGE_A2, "GET, PUT, DELETE",
                "PATCH /api/articles/jinzhongribao-2024-05-06-p01-2", "GET");
        for (Map.Entry<String, String> wrong : cases.entrySet()) {
            String[] request = wrong.getKey().split(" ");
            // With the token or without: the method is wrong either way.
            HttpResponse<String> response = served.send(HttpRequest.newBuilder(URI.create(served.url(request[1])))
                    .method(request[0], HttpRequest.BodyPublishers.noBody()).build());
            String error = error(response, 405);
            assertEquals(List.of(wrong.getValue().split(", ")), List.of(response.headers().firstValue("Allow").orElse("").split(", ")),
                    wrong.getKey());
            assertEquals(request[0] + " is not allowed on " + request[1] + "; it takes " + wrong.getValue(), error);
        }
        assertTrue(error(served.get("/api/nothing"), 404).contains("/api/nothing"), "an unknown path is still a 404");
    }

    @Test
    void aTokenAClientCannotSendIsRefusedAtStart() {
        for (String token : new String[] {null, "short", "has spaces in it 0123456789", "中文令牌中文令牌中文令牌中文令牌", "token-with-=-inside-it"}) {
            assertThrows(IllegalArgumentException.class, () -> ArchiveServer.checkToken(token), token);
        }
        ArchiveServer.checkToken("abcdefghijklmnop");
        ArchiveServer.checkToken("A1b2-C3d4_E5f6.G7h8~+/==");
        ArchiveServer.checkToken(ArchiveServer.newUploadToken());
    }
}
