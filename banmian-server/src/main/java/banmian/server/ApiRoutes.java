package banmian.server;

import banmian.archive.Archive;
import banmian.model.PageMeta;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The API's description and its page writes:
 * <ul>
 *   <li>{@code GET /api/openapi.json}: the {@link OpenApiDocument}</li>
 *   <li>{@code DELETE /api/pages/{paper}/{date}/{number}}: the page and its stories go ({@link Archive#delete})</li>
 *   <li>{@code PUT /api/pages/{paper}/{date}/{number}}: one {@code file} part, parsed and filed in the page's place</li>
 * </ul>
 * The writes carry {@link WriteGuard.Access#WRITE}, so they need the server's token.
 */
final class ApiRoutes {
    /** The only form field a replacement takes: its paper, date and number come from the path. */
    private static final String FILE_FIELD = "file";

    private final Archive archive;
    private final UploadIngest uploads;

    private ApiRoutes(Archive archive, UploadIngest uploads) {
        this.archive = archive;
        this.uploads = uploads;
    }

    /** {@code uploads}: null on a read-only server, whose {@link WriteGuard} lets no write through. */
    static void register(Javalin app, Archive archive, UploadIngest uploads) {
        ApiRoutes routes = new ApiRoutes(archive, uploads);
        byte[] document = OpenApiDocument.bytes();
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(document));
        app.delete("/api/pages/{paper}/{date}/{number}", routes::delete, WriteGuard.Access.WRITE);
        app.put("/api/pages/{paper}/{date}/{number}", routes::replace, WriteGuard.Access.WRITE);
    }

    private void delete(Context ctx) throws IOException {
        PagePath page = PagePath.of(ctx);
        Optional<Archive.Deletion> deletion = archive.delete(page.paper(), page.date(), page.number());
        if (deletion.isEmpty()) {
            throw new NoPage(page);
        }
        ctx.json(ApiJson.deletion(deletion.get()));
    }

    private void replace(Context ctx) throws Exception {
        PagePath page = PagePath.of(ctx);
        // Found before the body is read: a page that is not there has nothing to replace.
        Optional<PageMeta> filing = archive.filing(page.paper(), page.date(), page.number());
        if (filing.isEmpty()) {
            throw new NoPage(page);
        }
        if (!ctx.isMultipartFormData()) {
            throw new ArchiveServer.BadRequest("send multipart/form-data with one \"" + FILE_FIELD + "\" part");
        }
        try (UploadIngest.Ticket place = uploads.admit()) {
            replaceWith(ctx, filing.get());
        }
    }

    /** The body read and parsed once the upload has its place. */
    private void replaceWith(Context ctx, PageMeta filing) throws Exception {
        FormBody.read(ctx);
        List<String> otherFields = ctx.formParamMap().keySet().stream().filter(name -> !name.equals(FILE_FIELD)).sorted().toList();
        if (!otherFields.isEmpty()) {
            throw new ArchiveServer.BadRequest("a replacement takes one \"" + FILE_FIELD + "\" part and no other field (its paper,"
                    + " date and number come from the path): " + String.join(", ", otherFields));
        }
        List<UploadedFile> files = ctx.uploadedFiles(FILE_FIELD);
        if (files.size() != 1) {
            throw new ArchiveServer.BadRequest("a replacement is one page: send one \"" + FILE_FIELD + "\" part, not " + files.size());
        }
        UploadedFile file = files.get(0);
        UploadIngest.Result result = uploads.replace(new UploadIngest.Upload(file.filename(), file::content), filing);
        ctx.status(HttpStatus.OK).json(ApiJson.ingested(result));
    }

    /** A page the archive does not hold: a 404 naming it. */
    static final class NoPage extends RuntimeException {
        NoPage(PagePath page) {
            super("no page " + page + " (new pages are added with POST /api/ingest)", null, false, false);
        }
    }
}
