package banmian.server;

import banmian.archive.ArchiveFixtures;
import banmian.limits.Limits;
import banmian.pdf.RawPdf;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/ingest} under the hostile-input suite's inputs: the same bounds as the command line
 * (one-line 422s naming the file and the limit), 413 for an oversized upload before its body is read,
 * nothing stored from a refused upload, and searches answered meanwhile.
 */
class HostileUploadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Uploads over a mebibyte are refused here, so that the 413 cases cost nothing. */
    private static final Limits SMALL = Limits.DEFAULT.with(Map.of("pdf-mib", "1", "text-mib", "1"));

    @TempDir
    Path data;

    @RegisterExtension
    final ServedArchive.PerTest archives = new ServedArchive.PerTest();
    private ServedArchive served;

    @BeforeEach
    void start() throws Exception {
        served = archives.start(data, SMALL);
    }

    private static final Map<String, String> FIELDS = Map.of("paper", ArchiveFixtures.PAPER_B, "date", "2024-05-08", "page", "3");

    private String pagesBefore;

    private void assertNothingStored() throws Exception {
        assertEquals(pagesBefore, served.get("/api/health").body());
    }

    @Test
    void anUploadDeclaredOverTheLimitIs413BeforeItsBodyIsRead() throws Exception {
        pagesBefore = served.get("/api/health").body();
        byte[] body = ServedArchive.multipart(FIELDS, Map.of("big.txt", new byte[3 << 20]));
        HttpResponse<String> response = served.send(HttpRequest.newBuilder(URI.create(served.url("/api/ingest")))
                .header("Authorization", "Bearer " + ServedArchive.TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + ServedArchive.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(JSON.readTree(response.body()).get("error").asText().contains("limit of 1 MiB"), response.body());
        assertNothingStored();
    }

    @Test
    void anUndeclaredBodyOverTheLimitIs413() throws Exception {
        pagesBefore = served.get("/api/health").body();
        byte[] body = ServedArchive.multipart(FIELDS, Map.of("big.txt", new byte[3 << 20]));
        // A stream publisher sends the body chunked, without a Content-Length to refuse it by.
        HttpResponse<String> response = served.send(HttpRequest.newBuilder(URI.create(served.url("/api/ingest")))
                .header("Authorization", "Bearer " + ServedArchive.TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + ServedArchive.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
        assertEquals(413, response.statusCode(), response.body());
        assertNothingStored();
    }

    @Test
    void uploadsWithoutTheTokenAre401AndAddNothing() throws Exception {
        pagesBefore = served.get("/api/health").body();
        byte[] body = ServedArchive.multipart(FIELDS, Map.of("page.txt", "人民日报\n一年好景君须记\n".getBytes(StandardCharsets.UTF_8)));
        for (String authorization : new String[] {null, "Bearer wrong-token-0123456789", "Bearer " + ServedArchive.TOKEN + "x", ServedArchive.TOKEN}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(served.url("/api/ingest")))
                    .header("Content-Type", "multipart/form-data; boundary=" + ServedArchive.BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = served.send(request.build());
            assertEquals(401, response.statusCode(), authorization + ": " + response.body());
            assertTrue(JSON.readTree(response.body()).get("error").asText().contains("Authorization: Bearer"), response.body());
        }
        assertNothingStored();
    }

    @Test
    void hostileFilesGetOneLineAnswersAndAddNothing() throws Exception {
        pagesBefore = served.get("/api/health").body();
        byte[] text = RawPdf.ascii(RawPdf.TEXT);
        Map<String, String> refusals = Map.of(
                "tree.pdf", "PDF",
                "glyphs.pdf", "limit page-glyphs",
                "long-line.txt", "limit line-chars",
                "fifo-like.txt", "empty input");
        Map<String, byte[]> files = Map.of(
                "tree.pdf", treeLoop(),
                "glyphs.pdf", RawPdf.onePage(RawPdf.concat(text, RawPdf.ascii("BT /F1 1 Tf 0.5 0 0 0.5 10 10 Tm "),
                        RawPdf.repeat(RawPdf.ascii("(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj\n"), 11_000), RawPdf.ascii("ET\n")), ""),
                "long-line.txt", "中".repeat(30_000).getBytes(StandardCharsets.UTF_8),
                "fifo-like.txt", new byte[0]);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            HttpResponse<String> response = served.upload(FIELDS, Map.of(file.getKey(), file.getValue()));
            assertEquals(422, response.statusCode(), file.getKey() + ": " + response.body());
            String error = JSON.readTree(response.body()).get("error").asText();
            assertTrue(error.startsWith(file.getKey() + ": ") && error.contains(refusals.get(file.getKey())) && error.lines().count() == 1,
                    file.getKey() + ": " + error);
            assertTrue(!response.body().contains("\tat "), response.body());
        }
        assertNothingStored();
    }

    @Test
    void aMillionUnbalancedRestoresAreIngestedAndSearchesGoOnMeanwhile() throws Exception {
        byte[] pdf = RawPdf.onePage(RawPdf.concat(RawPdf.ascii("BT /F1 12 Tf 72 700 Td (Hostile page text) Tj ET\n"),
                RawPdf.repeat(RawPdf.ascii("Q\n"), 1_000_000)), "");
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> upload = clients.submit(() -> served.upload(FIELDS, Map.of("restores.pdf", pdf)));
            List<Long> searchMillis = new ArrayList<>();
            while (!upload.isDone()) {
                long start = System.nanoTime();
                HttpResponse<String> search = served.get("/api/search?q=" + java.net.URLEncoder.encode("管网", StandardCharsets.UTF_8));
                searchMillis.add((System.nanoTime() - start) / 1_000_000);
                assertEquals(200, search.statusCode(), search.body());
            }
            HttpResponse<String> response = upload.get(60, TimeUnit.SECONDS);
            assertEquals(201, response.statusCode(), response.body());
            JsonNode result = JSON.readTree(response.body());
            assertEquals(1, result.get("pages").asInt());
            assertTrue(!searchMillis.isEmpty());
            assertTrue(searchMillis.stream().allMatch(millis -> millis < 5_000), "searches during the upload took " + searchMillis);
        } finally {
            clients.shutdownNow();
        }
    }

    private static byte[] treeLoop() {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [2 0 R] /Count 1 >>");
        return pdf.bytes();
    }
}
