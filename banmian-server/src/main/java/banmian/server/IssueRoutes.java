package banmian.server;

import banmian.archive.Archive;
import banmian.archive.IssueCalendar;
import banmian.model.MetaCheck;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The issue browser of the REST API: the papers the archive holds, then a paper's years, a year's
 * months, a month's days (each with its issue and page counts), then an issue's pages.
 * <ul>
 *   <li>{@code GET /api/papers}: {@code {"papers": [{"name", "slug", "first", "last", "issues", "pages"}]}}</li>
 *   <li>{@code GET /api/papers/{paper}/issues}: {@code {"paper", "slug", "years": [{"period": "2019", "issues", "pages"}]}};
 *       {@code ?year=2019}: {@code "months"} ({@code "2019-10"}); {@code ?year=2019&month=10}: {@code "days"} ({@code "2019-10-01"})</li>
 *   <li>{@code GET /api/papers/{paper}/issues/{date}}: {@code {"paper", "slug", "date", "pages": [{"number", "section", "articles", "id", "url"}]}}</li>
 * </ul>
 * {@code {paper}} is a paper's name or slug. A paper name {@link MetaCheck} refuses, a year outside
 * its dates, a month outside 1 to 12 or without its year, or a malformed date is 400; a paper the
 * archive does not hold, or a day it has no issue of, is 404.
 */
final class IssueRoutes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private IssueRoutes() {
    }

    static void register(Javalin app, Archive archive) {
        app.get("/api/papers", ctx -> {
            ObjectNode root = NODES.objectNode();
            ArrayNode papers = root.putArray("papers");
            for (IssueCalendar.Paper paper : archive.papers()) {
                papers.addObject().put("name", paper.name()).put("slug", paper.slug()).put("first", paper.first().toString())
                        .put("last", paper.last().toString()).put("issues", paper.issues()).put("pages", paper.pages());
            }
            ctx.json(root);
        });
        app.get("/api/papers/{paper}/issues", ctx -> {
            Optional<IssueCalendar.Paper> paper = paper(ctx, archive);
            if (paper.isEmpty()) {
                return;
            }
            Integer year = ArchiveServer.integer(ctx.queryParam("year"), "year");
            Integer month = ArchiveServer.integer(ctx.queryParam("month"), "month");
            List<IssueCalendar.Period> periods;
            try {
                periods = archive.issueDates(paper.get().slug(), year, month);
            } catch (IllegalArgumentException e) {
                throw new ArchiveServer.BadRequest(e.getMessage());
            }
            ObjectNode root = about(paper.get());
            ArrayNode list = root.putArray(year == null ? "years" : month == null ? "months" : "days");
            periods.forEach(period -> list.addObject().put("period", period.period()).put("issues", period.issues()).put("pages", period.pages()));
            ctx.json(root);
        });
        app.get("/api/papers/{paper}/issues/{date}", ctx -> {
            Optional<IssueCalendar.Paper> paper = paper(ctx, archive);
            if (paper.isEmpty()) {
                return;
            }
            LocalDate date = PagePath.date(ctx);
            List<IssueCalendar.IssuePage> pages = archive.issuePages(paper.get().slug(), date);
            if (pages.isEmpty()) {
                ArchiveServer.notFound(ctx, "no issue of " + paper.get().name() + " on " + date);
                return;
            }
            ObjectNode root = about(paper.get()).put("date", date.toString());
            ArrayNode list = root.putArray("pages");
            for (IssueCalendar.IssuePage page : pages) {
                list.addObject().put("number", page.number()).put("section", page.section()).put("articles", page.articles())
                        .put("id", page.id()).put("url", "/api/pages/" + paper.get().slug() + "/" + date + "/" + page.number());
            }
            ctx.json(root);
        });
    }

    private static ObjectNode about(IssueCalendar.Paper paper) {
        return NODES.objectNode().put("paper", paper.name()).put("slug", paper.slug());
    }

    /** The paper a path names, by name or slug; a 404 answered when the archive holds none of it. */
    private static Optional<IssueCalendar.Paper> paper(Context ctx, Archive archive) throws IOException {
        Optional<IssueCalendar.Paper> paper = find(archive, ctx.pathParam("paper"));
        if (paper.isEmpty()) {
            ArchiveServer.notFound(ctx, "no paper " + ctx.pathParam("paper") + " in the archive");
        }
        return paper;
    }

    /** The paper of the archive a name or slug names; a name {@link MetaCheck} refuses is a 400. */
    static Optional<IssueCalendar.Paper> find(Archive archive, String nameOrSlug) throws IOException {
        String slug = archive.ids().paper(MetaCheck.paper("paper", nameOrSlug));
        return archive.papers().stream().filter(known -> known.slug().equals(slug)).findFirst();
    }
}
