package banmian.server;

import io.javalin.Javalin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The reader's one stylesheet, {@code GET /static/reader.css}, from the classpath, cached for a day
 * (it changes only with a release). A route of its own rather than Javalin's static-file handler:
 * that handler throws on a dot segment ({@code /static/../x}, {@code /static/%2e%2e/x}) before any
 * route or error mapping sees the request, which answers an empty 500; here every other path under
 * {@code /static/} is an ordinary 404.
 */
final class Stylesheet {
    static final String PATH = "/static/reader.css";
    private static final String CACHE_CONTROL = "public, max-age=86400";

    private Stylesheet() {
    }

    static void register(Javalin app) {
        byte[] css = read();
        app.get(PATH, ctx -> ctx.contentType("text/css; charset=utf-8").header("Cache-Control", CACHE_CONTROL).result(css));
    }

    private static byte[] read() {
        try (InputStream in = Stylesheet.class.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException(PATH + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
