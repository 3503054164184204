package banmian.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a hostile client sends a server, on loopback, each kind from a thread of its own until
 * stopped: searches for huge offsets and limits, queries of 100 KB and of 10,000 terms joined by OR,
 * malformed multipart bodies, uploads over the size limit with and without a Content-Length, bad PDFs
 * uploaded at once, and slow clients holding connections open with headers sent a byte at a time.
 * Every status answered is counted; a connection the server cuts is counted as such.
 */
final class HostileMix implements AutoCloseable {
    /** The status counts of the requests answered; a cut connection is status 0. */
    record Tally(Map<Integer, Integer> statuses) {
        int count(int status) {
            return statuses.getOrDefault(status, 0);
        }

        int total() {
            return statuses.values().stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public String toString() {
            StringJoiner parts = new StringJoiner(", ");
            statuses.forEach((status, count) -> parts.add(count + "× " + (status == 0 ? "cut" : status)));
            return parts.toString();
        }
    }

    private static final int SLOW_CLIENTS = 20;
    private static final String BOUNDARY = "hostileBoundary";

    private final URI base;
    private final String token;
    private final long uploadLimitBytes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();

    /** {@code uploadLimitBytes}: the server's upload limit, which the oversized uploads exceed by a mebibyte. */
    HostileMix(URI base, String token, long uploadLimitBytes) {
        this.base = base;
        this.token = token;
        this.uploadLimitBytes = uploadLimitBytes;
    }

    /** Starts every kind of hostile client; they run until {@link #close}. */
    HostileMix start() {
        String word = URLEncoder.encode("春运", StandardCharsets.UTF_8);
        StringJoiner manyTerms = new StringJoiner(" OR ");
        StringJoiner someTerms = new StringJoiner(" OR ");
        for (int t = 0; t < 10_000; t++) {
            manyTerms.add("t" + t);
            if (t < 250) {
                someTerms.add("t" + t);
            }
        }
        List<String> searches = List.of("/api/search?q=" + word + "&offset=100000000", "/api/search?q=" + word + "&limit=1000000",
                "/api/search?q=%E6%96%B0&offset=9900&limit=100", "/api/search?offset=2147483647&limit=2147483647",
                "/api/search?q=" + "x".repeat(100_000), "/api/search?q=" + URLEncoder.encode(manyTerms.toString(), StandardCharsets.UTF_8),
                "/api/search?q=" + URLEncoder.encode(someTerms.toString(), StandardCharsets.UTF_8),
                "/api/search?q=" + URLEncoder.encode("春* OR /.*/ OR 新~2 OR [a TO z]", StandardCharsets.UTF_8),
                "/?q=" + word + "&offset=99999999&facet.person.limit=99999", "/api/pages/x/99999-01-01/99999999999",
                "/api/papers/x/issues?year=-99999999");
        loop("hostile searches", n -> get(searches.get(n % searches.size())));
        loop("malformed multipart", n -> post(multipartRequest(n % 2 == 0 ? "--" + BOUNDARY + "\r\nContent-Disposition: form-data; na"
                : "no boundary here").build()));
        byte[] over = new byte[(int) (uploadLimitBytes + (1 << 20))];
        loop("oversized declared", n -> post(multipartRequest(null).POST(HttpRequest.BodyPublishers.ofByteArray(over)).build()));
        loop("oversized streamed", n -> post(multipartRequest(null)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(over))).build()));
        Random random = new Random(7);
        for (int uploader = 0; uploader < 2; uploader++) {
            loop("bad pdfs", n -> {
                byte[] garbage = new byte[64 * 1024];
                random.nextBytes(garbage);
                byte[] pdf = concat("%PDF-1.7\n1 0 obj << /Type /Pages /Kids [1 0 R] /Count 99999999 >> endobj\n".getBytes(StandardCharsets.US_ASCII), garbage);
                post(multipartRequest(null).POST(HttpRequest.BodyPublishers.ofByteArray(multipart(pdf))).build());
            });
        }
        for (int slow = 0; slow < SLOW_CLIENTS; slow++) {
            loop("slow client", n -> slowClient());
        }
        return this;
    }

    /** What the hostile clients were answered so far. */
    Tally tally() {
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return new Tally(counts);
    }

    @FunctionalInterface
    private interface Attack {
        void send(int n) throws IOException, InterruptedException;
    }

    private void loop(String name, Attack attack) {
        Thread thread = new Thread(() -> {
            for (int n = 0; !stopped.get(); n++) {
                try {
                    attack.send(n);
                } catch (IOException cut) {
                    count(0);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "hostile " + name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private void count(int status) {
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    private void get(String path) throws IOException, InterruptedException {
        post(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build());
    }

    private void post(HttpRequest request) throws IOException, InterruptedException {
        count(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    private HttpRequest.Builder multipartRequest(String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve("/api/ingest")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
        return body == null ? builder : builder.POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static byte[] multipart(byte[] pdf) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"paper\"\r\n\r\n敌报\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bad.pdf\"\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        return concat(concat(head, pdf), ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A request's headers sent a byte a second, until the server answers or closes the connection. */
    private void slowClient() throws IOException, InterruptedException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(100);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] request = "GET /api/search?q=%E6%98%A5 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII);
            for (int b = 0; !stopped.get(); b++) {
                out.write(b < request.length ? request[b] : 'x');
                out.flush();
                try {
                    // Answered (a 4xx) or closed: either way the server let the connection go.
                    in.read();
                    count(0);
                    return;
                } catch (java.net.SocketTimeoutException stillOpen) {
                    Thread.sleep(900);
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped.set(true);
        for (Thread thread : threads) {
            thread.interrupt();
        }
        for (Thread thread : threads) {
            thread.join(30_000);
        }
    }
}
