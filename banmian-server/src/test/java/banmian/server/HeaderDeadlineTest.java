package banmian.server;

import banmian.archive.ArchiveFixtures;
import banmian.limits.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deadline on a request's line and headers ({@link HeaderDeadlineConnectionFactory}), tried on a raw
 * socket: a client trickling its headers is cut off at the deadline although it never goes idle, while
 * headers sent in pieces within it, a kept-alive connection idle between requests for longer than it, and
 * a slow body (the minimum body rate's) are not its business.
 */
class HeaderDeadlineTest {
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    /** What a loaded machine may add to the scheduler's wake-up and the close. */
    private static final Duration MARGIN = Duration.ofSeconds(4);

    @TempDir
    Path data;

    @RegisterExtension
    final ServedArchive.PerTest archives = new ServedArchive.PerTest();
    private ServedArchive served;

    private ServedArchive serve(ServerBudgets budgets) throws IOException {
        served = archives.start(data, Limits.DEFAULT, budgets);
        return served;
    }

    @Test
    void aClientTricklingItsHeadersIsCutOffAtTheDeadlineWhileOthersAreServed() throws Exception {
        serve(ServerBudgets.DEFAULT.withHeaderTimeout(DEADLINE));
        byte[] endless = ("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + "a".repeat(4_000))
                .getBytes(StandardCharsets.US_ASCII);
        try (RawHttp slow = new RawHttp(served.server.port())) {
            long start = System.nanoTime();
            CompletableFuture<Integer> sent = slow.trickle(endless, 1, 300);
            assertEquals(200, served.get("/api/health").statusCode(), "a normal request meanwhile");
            slow.awaitClose();
            Duration held = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(held.compareTo(DEADLINE.minusMillis(100)) >= 0, "closed before the deadline: " + held);
            assertTrue(held.compareTo(DEADLINE.plus(MARGIN)) < 0, "held for " + held + ", over the deadline of " + DEADLINE);
            assertTrue(sent.get() < endless.length, "the client was never cut off");
        }
        assertEquals(200, served.get("/api/health").statusCode(), "a normal request after");
    }

    @Test
    void headersInPiecesWithinTheDeadlineAndAKeptAliveConnectionIdleLongerThanItAreServed() throws Exception {
        serve(ServerBudgets.DEFAULT.withHeaderTimeout(DEADLINE));
        try (RawHttp client = new RawHttp(served.server.port())) {
            for (int request = 0; request < 2; request++) {
                if (request > 0) {
                    Thread.sleep(DEADLINE.plusSeconds(1).toMillis());
                }
                String get = RawHttp.get("/api/health");
                client.send(get.substring(0, 10));
                Thread.sleep(DEADLINE.toMillis() / 4);
                client.send(get.substring(10, 30));
                Thread.sleep(DEADLINE.toMillis() / 4);
                client.send(get.substring(30));
                RawHttp.Response response = client.read();
                assertEquals(200, response.status(), "request " + request + ": " + response.body());
                assertTrue(response.body().contains("\"status\""), response.body());
            }
        }
    }

    @Test
    void aSlowBodyIsNotTheHeaderDeadlinesBusiness() throws Exception {
        ServerBudgets d = ServerBudgets.DEFAULT;
        // No minimum body rate here: the body takes longer than the header deadline and must still be read whole.
        serve(new ServerBudgets(d.searchTimeout(), d.uploadQueue(), DEADLINE, d.idleTimeout(), 0, d.maxThreads(), d.maxConnections()));
        byte[] body = ServedArchive.multipart(Map.of("paper", ArchiveFixtures.PAPER_B), Map.of());
        try (RawHttp client = new RawHttp(served.server.port())) {
            client.send(uploadHead(body.length));
            long pause = DEADLINE.multipliedBy(3).dividedBy(2).toMillis() / (body.length / 10);
            CompletableFuture<Integer> sent = client.trickle(body, 10, pause);
            RawHttp.Response response = client.read();
            assertEquals(body.length, sent.get(), "the body was cut off");
            // No file part: the handler's own refusal, which it gives only when the whole body has been read.
            assertEquals(422, response.status(), response.body());
            assertTrue(response.body().contains("no file uploaded"), response.body());
        }
    }

    @Test
    void aBodySlowerThanTheMinimumRateIs408() throws Exception {
        serve(ServerBudgets.DEFAULT.withHeaderTimeout(DEADLINE));
        try (RawHttp client = new RawHttp(served.server.port())) {
            client.send(uploadHead(100_000));
            client.trickle(new byte[100_000], 1, 300);
            RawHttp.Response response = client.read();
            assertEquals(408, response.status(), response.body());
            assertTrue(response.body().contains("data rate"), response.body());
        }
    }

    private static String uploadHead(int length) {
        return "POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + ServedArchive.TOKEN
                + "\r\nContent-Type: multipart/form-data; boundary=" + ServedArchive.BOUNDARY
                + "\r\nContent-Length: " + length + "\r\n\r\n";
    }
}
