package banmian.server;

import banmian.archive.Archive;
import banmian.archive.export.AltoWriter;
import banmian.archive.export.ArchiveExports;
import banmian.archive.export.FileLocations;
import banmian.archive.export.IssueExport;
import banmian.archive.export.MetsWriter;
import banmian.archive.export.PageExport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The archive's pages and issues as libraries exchange them, read-only:
 * <ul>
 *   <li>{@code GET /api/pages/{paper}/{date}/{number}/alto.xml}: the page as ALTO 4.4;</li>
 *   <li>{@code GET /api/pages/{paper}/{date}/{number}/mets.xml}: the page as METS, its articles (parts of
 *       stories continued from other pages under their headlines) over its ALTO;</li>
 *   <li>{@code GET /api/issues/{paper}/{date}/mets.xml}: the issue as METS, one article division per story.</li>
 * </ul>
 * The METS names each page's files by this server's URLs: its ALTO here, its JSON at
 * {@code /api/pages/{paper}/{date}/{number}}. {@code paper} is the paper's name or id. A page or issue
 * the archive does not hold is a 404, a malformed date or number a 400, in JSON like every API error.
 */
final class ExportRoutes {
    /** ALTO and METS have no media types of their own. */
    private static final String XML = "application/xml; charset=utf-8";

    private final Archive archive;

    private ExportRoutes(Archive archive) {
        this.archive = archive;
    }

    static void register(Javalin app, Archive archive) {
        ExportRoutes routes = new ExportRoutes(archive);
        app.get("/api/pages/{paper}/{date}/{number}/alto.xml", routes::pageAlto);
        app.get("/api/pages/{paper}/{date}/{number}/mets.xml", routes::pageMets);
        app.get("/api/issues/{paper}/{date}/mets.xml", routes::issueMets);
    }

    private void pageAlto(Context ctx) throws IOException {
        Optional<IssueExport> page = page(ctx);
        if (page.isPresent()) {
            ctx.contentType(XML).result(AltoWriter.toBytes(page.get().pages().get(0)));
        }
    }

    private void pageMets(Context ctx) throws IOException {
        Optional<IssueExport> page = page(ctx);
        if (page.isPresent()) {
            mets(ctx, page.get());
        }
    }

    private void issueMets(Context ctx) throws IOException {
        LocalDate date = PagePath.date(ctx);
        Optional<IssueExport> issue = ArchiveExports.issue(archive, ctx.pathParam("paper"), date);
        if (issue.isEmpty()) {
            notFound(ctx, "no pages of " + ctx.pathParam("paper") + " on " + date);
            return;
        }
        mets(ctx, issue.get());
    }

    /** The page asked for with its issue's stories; a 404 answered when the archive does not hold it. */
    private Optional<IssueExport> page(Context ctx) throws IOException {
        PagePath path = PagePath.of(ctx);
        Optional<IssueExport> page = ArchiveExports.page(archive, path.paper(), path.date(), path.number());
        if (page.isEmpty()) {
            notFound(ctx, "no page " + path);
        }
        return page;
    }

    private void mets(Context ctx, IssueExport issue) throws IOException {
        String base = "/api/pages/" + archive.ids().paper(ctx.pathParam("paper")) + "/" + issue.date() + "/";
        FileLocations urls = new FileLocations() {
            @Override
            public String alto(PageExport page) {
                return base + page.number() + "/alto.xml";
            }

            @Override
            public String json(PageExport page) {
                return base + page.number();
            }
        };
        ctx.contentType(XML).result(MetsWriter.toBytes(issue, urls, Instant.now()));
    }

    private static void notFound(Context ctx, String message) {
        ctx.status(HttpStatus.NOT_FOUND).json(ApiJson.error(message));
    }
}
