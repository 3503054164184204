package banmian.server;

import banmian.archive.Archive;
import banmian.archive.ArchiveFixtures;
import banmian.limits.Limits;
import banmian.model.Page;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The archive fixtures served on a free loopback port, and an HTTP client for them. */
final class ServedArchive implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    final Archive archive;
    final ArchiveServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    /**
     * The archives a test serves, each stopped once the test is done: a test class registers one
     * ({@code @RegisterExtension final ServedArchive.PerTest archives = new ServedArchive.PerTest();})
     * and starts its archive in {@code @BeforeEach} or in the test itself (with the budgets the test
     * is about), with no {@code @AfterEach} of its own.
     */
    static final class PerTest implements AfterEachCallback {
        private final List<ServedArchive> started = new ArrayList<>();

        ServedArchive start(Path data) throws IOException {
            return start(data, Limits.DEFAULT);
        }

        ServedArchive start(Path data, Limits limits) throws IOException {
            return start(data, limits, ServerBudgets.DEFAULT);
        }

        ServedArchive start(Path data, Limits limits, ServerBudgets budgets) throws IOException {
            return start(data, limits, budgets, CorsPolicy.NONE);
        }

        ServedArchive start(Path data, Limits limits, ServerBudgets budgets, CorsPolicy cors) throws IOException {
            ServedArchive served = new ServedArchive(data, limits, budgets, cors);
            started.add(served);
            return served;
        }

        @Override
        public void afterEach(ExtensionContext context) throws Exception {
            for (ServedArchive served : started) {
                served.close();
            }
            started.clear();
        }
    }

    ServedArchive(Path data) throws IOException {
        this(data, Limits.DEFAULT);
    }

    ServedArchive(Path data, Limits limits) throws IOException {
        this(data, limits, ServerBudgets.DEFAULT);
    }

    ServedArchive(Path data, Limits limits, ServerBudgets budgets) throws IOException {
        this(data, limits, budgets, CorsPolicy.NONE);
    }

    ServedArchive(Path data, Limits limits, ServerBudgets budgets, CorsPolicy cors) throws IOException {
        archive = Archive.openForWriting(data);
        for (Page page : ArchiveFixtures.all()) {
            archive.add(page, "fixture-" + page.meta());
        }
        archive.flush();
        server = ArchiveServer.start(archive, true, "127.0.0.1", 0, limits, TOKEN, budgets, cors);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET answered with this status and JSON, read. */
    JsonNode getJson(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"), response.headers().toString());
        return JSON.readTree(response.body());
    }

    /** A value as it goes into a query string or a path. */
    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code POST /api/ingest} with the form fields and files (name to bytes) as multipart/form-data. */
    HttpResponse<String> upload(Map<String, String> fields, Map<String, byte[]> files) throws IOException, InterruptedException {
        return send(multipartRequest("POST", "/api/ingest", fields, files).header("Authorization", "Bearer " + TOKEN).build());
    }

    /** A request carrying the form fields and files (name to bytes) as multipart/form-data, without a token. */
    HttpRequest.Builder multipartRequest(String method, String path, Map<String, String> fields, Map<String, byte[]> files) {
        return HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(multipart(fields, files)));
    }

    static final String BOUNDARY = "banmianTestBoundary";
    /** The upload token the served archive is started with. */
    static final String TOKEN = "test-upload-token-0123456789";

    static byte[] multipart(Map<String, String> fields, Map<String, byte[]> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Override
    public void close() throws IOException {
        server.close();
        archive.close();
    }
}
