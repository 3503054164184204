package banmian.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/** One connection to a served archive, written to byte by byte as a slow or hostile client would. */
final class RawHttp implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawHttp(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /** A GET on a kept-alive connection. */
    static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    }

    void send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Sends {@code bytes} in pieces of {@code piece} bytes, {@code pauseMillis} apart, on a thread of its
     * own, until all are sent or the server closes the connection; the future tells how many were sent.
     */
    CompletableFuture<Integer> trickle(byte[] bytes, int piece, long pauseMillis) {
        return CompletableFuture.supplyAsync(() -> {
            int sent = 0;
            try {
                while (sent < bytes.length) {
                    int end = Math.min(bytes.length, sent + piece);
                    out.write(Arrays.copyOfRange(bytes, sent, end));
                    out.flush();
                    sent = end;
                    Thread.sleep(pauseMillis);
                }
            } catch (IOException closedByTheServer) {
                // What was sent is the answer.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return sent;
        });
    }

    /** A response's status and body (read by its Content-Length), or -1 when the server closed the connection without one. */
    Response read() throws IOException {
        String head = head();
        if (head.isEmpty()) {
            return new Response(-1, "");
        }
        int status = Integer.parseInt(head.split(" ", 3)[1]);
        int length = 0;
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        return new Response(status, new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    /** The status line and headers, empty if the connection ends first. */
    private String head() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b;
            try {
                b = in.read();
            } catch (SocketException reset) {
                return "";
            }
            if (b == -1) {
                return "";
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** Waits for the server to close the connection, dropping what it says before (20 s at most, then a timeout). */
    void awaitClose() throws IOException {
        try {
            while (in.read() != -1) {
                // Whatever the server says before closing.
            }
        } catch (SocketException reset) {
            // A reset is a close too.
        }
    }

    record Response(int status, String body) {
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
