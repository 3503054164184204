package banmian.server;

import banmian.archive.Archive;
import banmian.archive.Facsimile;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The pages as printed: {@code GET /pages/{paper}/{date}/{number}/page.jpg} (1600 pixels wide),
 * {@code …/thumb.jpg} (240) and {@code …/page.pdf} (the one-page PDF the archive keeps). Each answers
 * with an ETag made from the facsimile's hash and the image's size, and {@code 304 Not Modified} to
 * a request that already holds it; a page without a facsimile is a 404 saying so.
 */
final class FacsimileRoutes {
    /** A day in caches; the reader's addresses carry the hash, so a replaced page is fetched anew anyway. */
    static final String CACHE_CONTROL = "public, max-age=86400";

    private final Archive archive;
    private final PageImages images = new PageImages();

    private FacsimileRoutes(Archive archive) {
        this.archive = archive;
    }

    static void register(Javalin app, Archive archive) {
        FacsimileRoutes routes = new FacsimileRoutes(archive);
        app.get("/pages/{paper}/{date}/{number}/page.jpg", ctx -> routes.image(ctx, PageImages.Size.PAGE));
        app.get("/pages/{paper}/{date}/{number}/thumb.jpg", ctx -> routes.image(ctx, PageImages.Size.THUMB));
        app.get("/pages/{paper}/{date}/{number}/page.pdf", routes::pdf);
    }

    private void image(Context ctx, PageImages.Size size) throws IOException {
        Optional<Facsimile> facsimile = facsimile(ctx);
        if (facsimile.isPresent() && needsBody(ctx, facsimile.get(), size.variant)) {
            whileItExists(ctx, () -> {
                Optional<byte[]> jpeg = images.jpeg(facsimile.get(), size);
                if (jpeg.isPresent()) {
                    ctx.contentType("image/jpeg").result(jpeg.get());
                } else {
                    // Too costly to draw (the log says why): as good as no image, and not drawn again.
                    ctx.status(HttpStatus.NOT_FOUND).html(Templates.message(MessageView.notFound("此版的版面图像无法绘出")));
                }
            });
        }
    }

    /**
     * The PDF streamed from its file: a page may keep a large scan (up to the upload limit), and a
     * copy in the heap per request let a dozen readers of one page take the whole heap. Not gzipped:
     * a PDF's streams are compressed already, and gzip would cost CPU per request for nothing.
     */
    private void pdf(Context ctx) throws IOException {
        Optional<Facsimile> facsimile = facsimile(ctx);
        if (facsimile.isPresent() && needsBody(ctx, facsimile.get(), "pdf")) {
            Path pdf = facsimile.get().pdf();
            whileItExists(ctx, () -> ctx.disableCompression().contentType("application/pdf")
                    .header("Content-Length", String.valueOf(Files.size(pdf))).result(Files.newInputStream(pdf)));
        }
    }

    private Optional<Facsimile> facsimile(Context ctx) throws IOException {
        PagePath path = PagePath.of(ctx);
        Optional<Facsimile> facsimile = archive.facsimile(path.paper(), path.date(), path.number());
        if (facsimile.isEmpty()) {
            noFacsimile(ctx);
        }
        return facsimile;
    }

    private static void noFacsimile(Context ctx) {
        ctx.status(HttpStatus.NOT_FOUND).html(Templates.message(MessageView.notFound("此版无版面图像")));
    }

    /** Reading a facsimile's file. */
    private interface Serving {
        void run() throws IOException;
    }

    /**
     * Serves from the facsimile's file; a file deleted since the facsimile was found (its page deleted
     * or replaced meanwhile) is as absent, a 404, not a failure of the server.
     */
    private static void whileItExists(Context ctx, Serving serving) throws IOException {
        try {
            serving.run();
        } catch (NoSuchFileException deletedMeanwhile) {
            noFacsimile(ctx);
        }
    }

    /**
     * Sets the caching headers; false, with {@code 304 Not Modified} answered, when the client holds
     * this very file already.
     */
    private static boolean needsBody(Context ctx, Facsimile facsimile, String variant) {
        String etag = "\"" + facsimile.sha256().substring(0, 32) + "-" + variant + "\"";
        ctx.header("ETag", etag).header("Cache-Control", CACHE_CONTROL);
        String held = ctx.header("If-None-Match");
        if (held != null && (held.equals(etag) || held.contains(etag) || held.strip().equals("*"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return false;
        }
        return true;
    }
}
