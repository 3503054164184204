package banmian.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * HTTP/1.1 written by hand on a socket, for what {@link java.net.http.HttpClient} will not send: a
 * request line or method of any form, and requests trickled a byte at a time.
 */
final class RawHttp {
    /** The status of a connection the server closed without an answer. */
    static final int CUT = 0;
    /** What {@link #trickle} returns when it was stopped before the server let the connection go. */
    static final int STOPPED = -1;
    private static final int ANSWER_MILLIS = 30_000;
    private static final int POLL_MILLIS = 100;

    private RawHttp() {
    }

    /** Sends {@code request} (CRLFs included) whole and returns the answer's status, or {@link #CUT}. */
    static int exchange(URI base, String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(ANSWER_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return status(socket.getInputStream());
        }
    }

    /**
     * Sends {@code whole} at once, then {@code trickled} a byte every {@code pauseMillis} and after it
     * {@code x} bytes for ever (a header's value, a body), until the server answers or closes the
     * connection or {@code stopped} says so. Returns the status, {@link #CUT}, or {@link #STOPPED}.
     */
    static int trickle(URI base, String whole, String trickled, long pauseMillis, BooleanSupplier stopped)
            throws IOException, InterruptedException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(POLL_MILLIS);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] slow = trickled.getBytes(StandardCharsets.UTF_8);
            try {
                out.write(whole.getBytes(StandardCharsets.UTF_8));
                for (int sent = 0; !stopped.getAsBoolean(); sent++) {
                    out.write(sent < slow.length ? slow[sent] : 'x');
                    out.flush();
                    try {
                        return status(in);
                    } catch (SocketTimeoutException stillOpen) {
                        Thread.sleep(pauseMillis);
                    }
                }
            } catch (IOException closed) {
                return CUT;
            }
            return STOPPED;
        }
    }

    /** The status of the answer's first line; {@link #CUT} when the connection closes first. */
    private static int status(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        if (text.length() < 12 || !text.startsWith("HTTP/")) {
            return CUT;
        }
        return Integer.parseInt(text.substring(9, 12));
    }
}
