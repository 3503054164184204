package banmian.server;

import banmian.limits.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static banmian.server.ServedArchive.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CORS only as the operator configured it ({@link CorsPolicy}): none by default, a named origin echoed on
 * the API's reads and writes, {@code *} for reads only, any other origin given no {@code Access-Control-*}
 * header at all.
 */
class CorsPolicyTest {
    private static final String ALLOWED = "https://example.org";
    private static final String OTHER = "https://elsewhere.example";

    @TempDir
    Path data;

    @RegisterExtension
    final ServedArchive.PerTest archives = new ServedArchive.PerTest();
    private ServedArchive served;

    private void serve(String... origins) throws IOException {
        served = archives.start(data, Limits.DEFAULT, ServerBudgets.DEFAULT, CorsPolicy.of(List.of(origins)));
    }

    private HttpResponse<String> get(String path, String origin) throws Exception {
        return served.send(HttpRequest.newBuilder(URI.create(served.url(path))).header("Origin", origin).build());
    }

    private HttpResponse<String> preflight(String path, String origin, String method) throws Exception {
        return served.send(HttpRequest.newBuilder(URI.create(served.url(path))).header("Origin", origin)
                .header("Access-Control-Request-Method", method).header("Access-Control-Request-Headers", "authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    }

    private static Optional<String> allowedOrigin(HttpResponse<?> response) {
        return response.headers().firstValue("Access-Control-Allow-Origin");
    }

    private static void assertNoCors(HttpResponse<?> response) {
        HttpHeaders headers = response.headers();
        assertTrue(headers.map().keySet().stream().noneMatch(name -> name.toLowerCase().startsWith("access-control-")),
                response.uri() + ": " + headers.map());
    }

    @Test
    void withoutTheOptionNoAccessControlHeaderIsEverSent() throws Exception {
        serve();
        assertNoCors(get("/api/health", ALLOWED));
        assertNoCors(get("/api/search?q=" + q("春播"), ALLOWED));
        assertNoCors(preflight("/api/search", ALLOWED, "GET"));
        assertNoCors(preflight("/api/ingest", ALLOWED, "POST"));
    }

    @Test
    void aNamedOriginIsEchoedOnTheApiAndOthersGetNothing() throws Exception {
        serve(ALLOWED);
        HttpResponse<String> read = get("/api/search?q=" + q("春播"), ALLOWED);
        assertEquals(200, read.statusCode());
        assertEquals(Optional.of(ALLOWED), allowedOrigin(read));
        assertTrue(read.headers().allValues("Vary").stream().anyMatch(value -> value.contains("Origin")), read.headers().map().toString());
        assertTrue(read.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        HttpResponse<String> refused = get("/api/search?offset=-1", ALLOWED);
        assertEquals(400, refused.statusCode());
        assertEquals(Optional.of(ALLOWED), allowedOrigin(refused), "the page may read the error too");

        HttpResponse<String> other = get("/api/health", OTHER);
        assertEquals(200, other.statusCode(), "another origin's request is answered, without CORS");
        assertNoCors(other);
        assertNoCors(get("/", ALLOWED));
        assertNoCors(preflight("/api/search", OTHER, "GET"));
    }

    @Test
    void aNamedOriginsPreflightsAreAnsweredForReadsAndWrites() throws Exception {
        serve(ALLOWED);
        for (String method : new String[] {"GET", "PUT"}) {
            HttpResponse<String> preflight = preflight("/api/pages/a/2024-05-06/1", ALLOWED, method);
            assertEquals(204, preflight.statusCode(), method + ": " + preflight.body());
            assertEquals(Optional.of(ALLOWED), allowedOrigin(preflight));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains(method));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().contains("Authorization"));
            assertEquals(String.valueOf(CorsPolicy.PREFLIGHT_MAX_AGE_SECONDS),
                    preflight.headers().firstValue("Access-Control-Max-Age").orElseThrow());
        }
        assertNoCors(preflight("/api/search", ALLOWED, "PATCH"));
        // A write still needs its token: CORS lets the page send it, nothing more.
        HttpResponse<String> write = served.send(served.multipartRequest("POST", "/api/ingest", Map.of(), Map.of())
                .header("Origin", ALLOWED).build());
        assertEquals(401, write.statusCode());
        assertEquals(Optional.of(ALLOWED), allowedOrigin(write));
    }

    @Test
    void anyOriginWrittenAsAStarMayReadButNeverWrite() throws Exception {
        serve("*");
        HttpResponse<String> read = get("/api/health", OTHER);
        assertEquals(200, read.statusCode());
        assertEquals(Optional.of("*"), allowedOrigin(read));
        HttpResponse<String> preflightRead = preflight("/api/search", OTHER, "GET");
        assertEquals(204, preflightRead.statusCode());
        assertEquals(Optional.of("*"), allowedOrigin(preflightRead));
        assertTrue(preflightRead.headers().firstValue("Access-Control-Allow-Headers").isEmpty());
        for (String write : new String[] {"POST", "PUT", "DELETE"}) {
            assertNoCors(preflight("/api/ingest", OTHER, write));
        }
        assertNoCors(served.send(served.multipartRequest("POST", "/api/ingest", Map.of(), Map.of())
                .header("Origin", OTHER).header("Authorization", "Bearer " + ServedArchive.TOKEN).build()));
    }

    @Test
    void originsAreReadAsBrowsersSendThemAndAnythingElseIsRefused() {
        assertEquals("https://example.org", CorsPolicy.origin("HTTPS://Example.ORG:443"));
        assertEquals("http://localhost:8080", CorsPolicy.origin("http://localhost:8080"));
        assertEquals("*", CorsPolicy.origin("*"));
        for (String bad : new String[] {"example.org", "https://*.example.org", "https://example.org/", "https://example.org/app",
                "ftp://example.org", "https://user@example.org", "https://example.org?x", "null", "", "*.example.org", "https://"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> CorsPolicy.origin(bad), bad);
            assertTrue(refused.getMessage().startsWith("not an origin: " + bad), refused.getMessage());
        }
    }
}
