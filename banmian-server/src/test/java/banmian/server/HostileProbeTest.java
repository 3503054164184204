package banmian.server;

import banmian.archive.ArchiveFixtures;
import banmian.limits.Limits;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static banmian.server.ServedArchive.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a red-team run against a served archive found, each kept as a probe sent byte for byte over a
 * socket (so that no client library tidies the request first): the answer must be a 4xx that names
 * the problem in words, never a 500, and never a Java class name.
 */
class HostileProbeTest {
    /** What a response must not show: a Java class or package of the server's libraries, a stack frame. */
    private static final Pattern INTERNALS = Pattern.compile("(?:java|jakarta|org\\.eclipse|io\\.javalin)\\.[a-z]++|\\tat |\\.java:");
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");

    @TempDir
    Path data;

    @RegisterExtension
    final ServedArchive.PerTest archives = new ServedArchive.PerTest();
    private ServedArchive served;

    @BeforeEach
    void start() throws IOException {
        served = archives.start(data, Limits.DEFAULT, ServerBudgets.DEFAULT.withIdleTimeout(Duration.ofSeconds(2)));
    }

    /** A response as it came off the wire: its status and everything after the status line. */
    private record Raw(int status, String text) {
    }

    /** Sends {@code request} as it is and reads the answer until the server closes the connection. */
    private Raw send(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", served.server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            Matcher status = STATUS.matcher(text);
            assertTrue(status.find(), "no status line: " + text);
            return new Raw(Integer.parseInt(status.group(1)), text);
        }
    }

    private Raw get(String target) throws IOException {
        return send(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void assertClientError(String probe, Raw answer) {
        assertTrue(answer.status() >= 400 && answer.status() < 500, probe + ": " + answer.text());
        Matcher internals = INTERNALS.matcher(answer.text());
        assertFalse(internals.find(), probe + " shows " + (internals.find(0) ? internals.group() : "") + ": " + answer.text());
    }

    @Test
    void aPercentUEscapeInAPathIsA400NotA500() throws Exception {
        // Jetty (as Javalin configures it) accepts IIS's %uXXXX; Javalin's decoder of path parameters does not.
        String page = "/" + q(ArchiveFixtures.PAPER_A) + "/2024-05-06/1";
        for (String path : List.of("/api/pages/%u002e/2024-05-06/1", "/api/pages" + page.replace("/1", "/%u0031"), "/pages/%u002e/2024-05-06/1",
                "/articles/%u002e", "/api/articles/%u002e", "/browse/%u002e", "/api/papers/%u002e/issues", "/%u002e")) {
            assertClientError(path, get(path));
        }
    }

    @Test
    void dotSegmentsUnderStaticAre4xxNotA500() throws Exception {
        for (String path : List.of("/static/..", "/static/../reader.css", "/static/%2e%2e/reader.css", "/static/.%2e/banmian/server/ArchiveServer.class",
                "/static/a%2f..%2f..%2freader.css", "/static/%2e%2e")) {
            assertClientError(path, get(path));
        }
        assertEquals(200, get("/static/reader.css").status());
    }

    @Test
    void aMultipartBodyThatIsMalformedOrStopsArrivingNamesNoJavaClass() throws Exception {
        String boundary = ServedArchive.BOUNDARY;
        String head = "POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + ServedArchive.TOKEN
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\n";
        String nulInName = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\0.txt\"\r\n\r\nx\r\n--" + boundary + "--\r\n";
        Raw malformed = send((head + "Content-Length: " + nulInName.length() + "\r\n\r\n" + nulInName).getBytes(StandardCharsets.UTF_8));
        assertClientError("NUL in a part's header", malformed);
        // A chunked body that stops: the idle timeout ends it, and the answer says so.
        Raw stalled = send((head + "Transfer-Encoding: chunked\r\n\r\n5\r\nabc").getBytes(StandardCharsets.UTF_8));
        assertClientError("a body that stops arriving", stalled);
        assertEquals(408, stalled.status(), stalled.text());
    }

    @Test
    void whatJettyRefusesBeforeAnyHandlerCarriesTheSecurityHeadersToo() throws Exception {
        StringBuilder manyHeaders = new StringBuilder("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < 5_000; i++) {
            manyHeaders.append("X-").append(i).append(": a\r\n");
        }
        Map<String, byte[]> refused = Map.of(
                "headers too large", manyHeaders.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII),
                "a URI too long", ("GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                "an encoded dot segment", "GET /static/%2e%2e/reader.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        for (Map.Entry<String, byte[]> probe : refused.entrySet()) {
            Raw answer = send(probe.getValue());
            assertClientError(probe.getKey(), answer);
            String head = answer.text().substring(0, answer.text().indexOf("\r\n\r\n"));
            for (Map.Entry<String, String> header : Hardening.HEADERS.entrySet()) {
                assertTrue(head.contains(header.getKey() + ": " + header.getValue()), probe.getKey() + " lacks " + header.getKey() + ": " + head);
            }
        }
    }

    @Test
    void aFacsimileDeletedBetweenItsLookupAndItsReadingIsA404() throws Exception {
        HttpResponse<String> uploaded = served.upload(Map.of("paper", "大报", "date", "2022-01-02", "page", "1"),
                Map.of("p01.pdf", pageWithStoredImage(1 << 20)));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        // What a page deleted or replaced while a reader asks for its image leaves for a moment: the record without its PDF.
        Files.delete(data.resolve("facsimiles/dabao/2022-01-02/p01.pdf"));
        for (String image : List.of("page.jpg", "thumb.jpg", "page.pdf")) {
            Raw answer = get("/pages/dabao/2022-01-02/1/" + image);
            assertClientError(image, answer);
            assertEquals(404, answer.status(), answer.text());
        }
    }

    @Test
    void aLargePagePdfIsStreamedNotCopiedIntoTheHeapForEachReader() throws Exception {
        int imageBytes = 40 << 20;
        HttpResponse<String> uploaded = served.upload(Map.of("paper", "大报", "date", "2022-01-01", "page", "1"),
                Map.of("p01.pdf", pageWithStoredImage(imageBytes)));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        List<Socket> readers = new ArrayList<>();
        try {
            // Readers that take nothing: each answer stops at the socket, holding whatever it holds.
            for (int i = 0; i < 8; i++) {
                Socket reader = new Socket();
                reader.setReceiveBufferSize(4096);
                reader.connect(new InetSocketAddress("127.0.0.1", served.server.port()));
                reader.getOutputStream().write(("GET /pages/dabao/2022-01-01/1/page.pdf HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                readers.add(reader);
            }
            Thread.sleep(2_000);
            System.gc();
            long held = memory.getHeapMemoryUsage().getUsed() - before;
            assertTrue(held < 2L * imageBytes, "8 readers of a " + (imageBytes >> 20) + " MiB page hold " + (held >> 20) + " MiB");
        } finally {
            for (Socket reader : readers) {
                reader.close();
            }
        }
    }

    /** A one-page PDF with a line of text and an image stored without compression, {@code bytes} long. */
    private static byte[] pageWithStoredImage(int bytes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A3);
            document.addPage(page);
            COSStream stream = document.getDocument().createCOSStream();
            int width = 4000;
            int height = bytes / (width * 3);
            try (OutputStream out = stream.createOutputStream()) {
                byte[] row = new byte[width * 3];
                Arrays.fill(row, (byte) 0x80);
                for (int y = 0; y < height; y++) {
                    out.write(row);
                }
            }
            stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
            stream.setInt(COSName.WIDTH, width);
            stream.setInt(COSName.HEIGHT, height);
            stream.setItem(COSName.COLORSPACE, COSName.DEVICERGB);
            stream.setInt(COSName.BITS_PER_COMPONENT, 8);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
                content.newLineAtOffset(72, 1100);
                content.showText("A page that keeps a large scan");
                content.endText();
                content.drawImage(new PDImageXObject(new PDStream(stream), null), 20, 20, 800, 800);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        }
    }
}
