package banmian.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * What a hostile client sends a server, on loopback, each kind from threads of its own until
 * stopped, the answers counted by kind and status (a connection the server cut is status 0): huge
 * windows and queries; odd numbers and repeated parameters; long addresses and many or huge
 * headers; methods and request lines of every sort; Range requests of many ranges on the facsimiles;
 * the images of many distinct pages at once (each a first render); deeply nested, over-long and huge
 * JSON PUT without, with a wrong and with the right token; malformed multipart; uploads over the
 * limit with and without a Content-Length; bad PDFs; slow clients trickling headers or a body.
 */
final class HostileMix implements AutoCloseable {
    /**
     * Where the mix is aimed: the server, its write token, its upload limit, addresses of stored pages
     * with facsimiles ({@code /pages/SLUG/DATE/N}: their images and PDFs are asked for) and of one
     * more stored page (the PUTs' target).
     */
    record Target(URI base, String token, long uploadLimitBytes, List<String> facsimilePages, String writablePage) {
        Target {
            if (facsimilePages.isEmpty()) {
                throw new IllegalArgumentException("the mix needs pages with facsimiles");
            }
        }
    }

    /**
     * The counts of the statuses answered, by kind of hostile request (a cut connection is status 0),
     * and the requests of each kind still waiting for an answer when the tally was taken (the slow
     * clients a server holds on to).
     */
    record Tally(Map<String, Map<Integer, Integer>> kinds, Map<String, Integer> inFlight) {
        int count(int status) {
            return kinds.values().stream().mapToInt(statuses -> statuses.getOrDefault(status, 0)).sum();
        }

        int total() {
            return kinds.values().stream().flatMap(statuses -> statuses.values().stream()).mapToInt(Integer::intValue).sum();
        }

        Map<Integer, Integer> of(String kind) {
            return kinds.getOrDefault(kind, Map.of());
        }

        @Override
        public String toString() {
            StringJoiner lines = new StringJoiner("\n");
            kinds.forEach((kind, statuses) -> {
                StringJoiner parts = new StringJoiner(", ");
                statuses.forEach((status, count) -> parts.add(count + "× " + (status == RawHttp.CUT ? "cut" : status)));
                if (inFlight.getOrDefault(kind, 0) > 0) {
                    parts.add(inFlight.get(kind) + " waiting");
                }
                lines.add(String.format(Locale.ROOT, "  %-36s %s", kind + ":", parts));
            });
            return lines.toString();
        }
    }

    static final String HUGE_SEARCHES = "huge windows and queries";
    static final String ODD_NUMBERS = "odd numbers, repeated parameters";
    static final String LONG_URLS = "long addresses";
    static final String HEADERS = "many and huge headers";
    static final String METHODS = "methods and request lines";
    static final String RANGES = "many-range requests";
    static final String PAGE_IMAGES = "images of many pages";
    static final String JSON_PUTS = "nested, long and huge JSON PUTs";
    static final String MALFORMED_MULTIPART = "malformed multipart";
    static final String OVERSIZED_DECLARED = "oversized uploads, declared";
    static final String OVERSIZED_STREAMED = "oversized uploads, streamed";
    static final String BAD_PDFS = "bad PDFs";
    static final String SLOW_HEADERS = "slow headers";
    static final String SLOW_BODIES = "slow bodies";

    private static final int SLOW_HEADER_CLIENTS = 20;
    private static final int SLOW_BODY_CLIENTS = 5;
    private static final int IMAGE_CLIENTS = 4;
    private static final String BOUNDARY = "hostileBoundary";

    private final Target target;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Map<String, Map<Integer, AtomicInteger>> statuses = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    /** The JSON PUTs' bodies and the mebibyte cookie, made once: the mix's own CPU is the normal clients' too. */
    private final List<byte[]> jsonBodies;
    private final String hugeCookie = "c=" + "x".repeat(1 << 20);

    HostileMix(Target target) {
        this.target = target;
        this.jsonBodies = Stream.of(HostileRequests.nestedJson(100_000), HostileRequests.longNumberJson(1_000_000),
                HostileRequests.hugeJson((int) target.uploadLimitBytes() + (1 << 20))).map(json -> json.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Starts every kind of hostile client; they run until {@link #close}. */
    HostileMix start() {
        List<String> huge = HostileRequests.hugeSearches();
        loop(HUGE_SEARCHES, n -> get(huge.get(n % huge.size())));
        List<String> odd = HostileRequests.oddNumbers(target.facsimilePages().get(0));
        loop(ODD_NUMBERS, n -> get(odd.get(n % odd.size())));
        List<String> longUrls = HostileRequests.longUrls();
        loop(LONG_URLS, n -> get(longUrls.get(n % longUrls.size())));
        loop(HEADERS, this::headers);
        loop(METHODS, this::methods);
        List<String> ranges = HostileRequests.ranges();
        loop(RANGES, n -> send(request(facsimile(n, n % 3 == 0 ? "page.jpg" : "page.pdf"))
                .header("Range", ranges.get(n % ranges.size())).build()));
        for (int client = 0; client < IMAGE_CLIENTS; client++) {
            int first = client;
            // Each client its own pages, so that most requests are a page's first render.
            loop(PAGE_IMAGES, n -> get(facsimile(first + IMAGE_CLIENTS * (n / 2), n % 2 == 0 ? "page.jpg" : "thumb.jpg")));
        }
        loop(JSON_PUTS, this::jsonPut);
        loop(MALFORMED_MULTIPART, n -> send(multipartRequest(n % 2 == 0 ? "--" + BOUNDARY + "\r\nContent-Disposition: form-data; na"
                : "no boundary here").build()));
        byte[] over = new byte[(int) (target.uploadLimitBytes() + (1 << 20))];
        loop(OVERSIZED_DECLARED, n -> send(multipartRequest(null).POST(HttpRequest.BodyPublishers.ofByteArray(over)).build()));
        loop(OVERSIZED_STREAMED, n -> send(multipartRequest(null)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(over))).build()));
        Random random = new Random(7);
        for (int uploader = 0; uploader < 2; uploader++) {
            loop(BAD_PDFS, n -> {
                byte[] garbage = new byte[64 * 1024];
                random.nextBytes(garbage);
                byte[] pdf = concat("%PDF-1.7\n1 0 obj << /Type /Pages /Kids [1 0 R] /Count 99999999 >> endobj\n".getBytes(StandardCharsets.US_ASCII), garbage);
                return send(multipartRequest(null).POST(HttpRequest.BodyPublishers.ofByteArray(multipart(pdf))).build());
            });
        }
        String host = "Host: 127.0.0.1\r\n";
        for (int slow = 0; slow < SLOW_HEADER_CLIENTS; slow++) {
            // Headers a byte a second, then an endless header value.
            trickling(SLOW_HEADERS, "", "GET /api/search?q=%E6%98%A5 HTTP/1.1\r\n" + host + "X-Slow: ");
        }
        for (int slow = 0; slow < SLOW_BODY_CLIENTS; slow++) {
            // A body a byte a second, past the token check to where the upload is read.
            trickling(SLOW_BODIES, "POST /api/ingest HTTP/1.1\r\n" + host + "Authorization: Bearer " + target.token()
                    + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: 500000\r\n\r\n", "--" + BOUNDARY);
        }
        return this;
    }

    /** What the hostile clients were answered so far. */
    Tally tally() {
        Map<String, Map<Integer, Integer>> counts = new TreeMap<>();
        statuses.forEach((kind, byStatus) -> {
            Map<Integer, Integer> copy = new TreeMap<>();
            byStatus.forEach((status, count) -> copy.put(status, count.get()));
            counts.put(kind, copy);
        });
        Map<String, Integer> waiting = new TreeMap<>();
        inFlight.forEach((kind, count) -> waiting.put(kind, count.get()));
        return new Tally(counts, waiting);
    }

    @FunctionalInterface
    private interface Attack {
        /** Sends the {@code n}th request of its kind and returns the status answered. */
        int send(int n) throws IOException, InterruptedException;
    }

    private void loop(String kind, Attack attack) {
        statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
        AtomicInteger waiting = inFlight.computeIfAbsent(kind, k -> new AtomicInteger());
        Thread thread = new Thread(() -> {
            for (int n = 0; !stopped.get(); n++) {
                waiting.incrementAndGet();
                try {
                    count(kind, attack.send(n));
                } catch (IOException cut) {
                    count(kind, RawHttp.CUT);
                } catch (InterruptedException e) {
                    return;
                } finally {
                    waiting.decrementAndGet();
                }
            }
        }, "hostile " + kind);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private void trickling(String kind, String whole, String trickled) {
        loop(kind, n -> {
            int status = RawHttp.trickle(target.base(), whole, trickled, 900, stopped::get);
            if (status == RawHttp.STOPPED) {
                // Still held open when the mix stopped: the server neither answered nor cut it yet.
                throw new InterruptedException();
            }
            return status;
        });
    }

    private void count(String kind, int status) {
        statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    private String facsimile(int n, String file) {
        List<String> pages = target.facsimilePages();
        return pages.get(n % pages.size()) + "/" + file;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(target.base().resolve(path)).timeout(Duration.ofSeconds(30));
    }

    private int get(String path) throws IOException, InterruptedException {
        return send(request(path).build());
    }

    private int send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** 1,000 small headers (past the header size), 200 (within it), one of a mebibyte, a long If-None-Match. */
    private int headers(int n) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(n % 4 == 3 ? facsimile(n, "thumb.jpg") : "/api/search?q=" + HostileRequests.WORD);
        switch (n % 4) {
            case 0 -> {
                for (int h = 0; h < 1_000; h++) {
                    request.header("X-H" + h, "v");
                }
            }
            case 1 -> {
                for (int h = 0; h < 200; h++) {
                    request.header("X-Same", "v" + h);
                }
            }
            case 2 -> request.header("Cookie", hugeCookie);
            default -> request.header("If-None-Match", "\"x\", ".repeat(700) + "*");
        }
        return send(request.build());
    }

    /** HEAD, OPTIONS, TRACE, PATCH and made-up methods; request lines and framing as no browser sends them. */
    private int methods(int n) throws IOException, InterruptedException {
        String host = "Host: 127.0.0.1\r\n";
        List<String> raw = List.of("OPTIONS * HTTP/1.1\r\n" + host + "\r\n", "CONNECT 127.0.0.1:22 HTTP/1.1\r\n" + host + "\r\n",
                "BREW /api/search HTTP/1.1\r\n" + host + "\r\n", "GET /static/../../../../etc/passwd HTTP/1.1\r\n" + host + "\r\n",
                "GET /static/%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\n" + host + "\r\n",
                "GET http://evil.example/api/search?q=x HTTP/1.1\r\n" + host + "\r\n", "GET / HTTP/1.0\r\n\r\n", "GET /\r\n\r\n",
                "GET / HTTP/9.9\r\n" + host + "\r\n", "GET / HTTP/1.1\r\n" + host + host + "\r\n", "GET / HTTP/1.1\r\n\r\n",
                "POST /api/ingest HTTP/1.1\r\n" + host + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                "POST /api/ingest HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\nx\r\n",
                "POST /api/ingest HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n",
                "GET /api/search?q=%ZZ%E6 HTTP/1.1\r\n" + host + "\r\n", "GET /\u0000 HTTP/1.1\r\n" + host + "\r\n");
        List<String> methods = List.of("HEAD", "OPTIONS", "TRACE", "PATCH", "DELETE", "PROPFIND");
        if (n % 2 == 0) {
            return RawHttp.exchange(target.base(), raw.get(n / 2 % raw.size()));
        }
        String method = methods.get(n / 2 % methods.size());
        String path = List.of("/", "/api/search?q=" + HostileRequests.WORD, "/api/ingest", facsimile(n, "page.pdf"), target.writablePage())
                .get(n / 2 / methods.size() % 5);
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Bodies a JSON parser must bound: 100,000 deep, a 1,000,000-digit number, over the limit; no token, a wrong one, the right one. */
    private int jsonPut(int n) throws IOException, InterruptedException {
        byte[] body = jsonBodies.get(n % jsonBodies.size());
        HttpRequest.Builder request = request("/api" + target.writablePage()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        switch (n / jsonBodies.size() % 3) {
            case 0 -> { }
            case 1 -> request.header("Authorization", "Bearer wrong-token-0123456789");
            default -> request.header("Authorization", "Bearer " + target.token());
        }
        return send(request.build());
    }

    private HttpRequest.Builder multipartRequest(String body) {
        HttpRequest.Builder builder = request("/api/ingest").header("Authorization", "Bearer " + target.token())
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
