package banmian.server;

import banmian.archive.Archive;
import banmian.archive.IssueCalendar;
import banmian.model.MetaCheck;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The reader's issue browser (paper → year → month → day → pages), over the archive's calendar:
 * {@code /browse}, {@code /browse/{paper}}, {@code /browse/{paper}/{year}/{month}},
 * {@code /browse/{paper}/{YYYY-MM-DD}}. A paper, month or day the archive has nothing of is a 404
 * page saying so; a malformed year, month or date a 400.
 */
final class BrowseRoutes {
    private final Archive archive;

    private BrowseRoutes(Archive archive) {
        this.archive = archive;
    }

    static void register(Javalin app, Archive archive) {
        BrowseRoutes routes = new BrowseRoutes(archive);
        app.get("/browse", ctx -> ctx.html(Templates.browse(BrowseView.papers(archive))));
        app.get("/browse/{paper}", routes::paper);
        app.get("/browse/{paper}/{year}/{month}", routes::month);
        app.get("/browse/{paper}/{date}", routes::issue);
    }

    private void paper(Context ctx) throws IOException {
        Optional<IssueCalendar.Paper> paper = knownPaper(ctx);
        if (paper.isPresent()) {
            ctx.html(Templates.browse(BrowseView.paper(archive, paper.get())));
        }
    }

    private void month(Context ctx) throws IOException {
        Optional<IssueCalendar.Paper> paper = knownPaper(ctx);
        if (paper.isEmpty()) {
            return;
        }
        Integer year = ArchiveServer.integer(ctx.pathParam("year"), "year");
        Integer month = ArchiveServer.integer(ctx.pathParam("month"), "month");
        YearMonth asked;
        try {
            asked = YearMonth.of(year, month);
            MetaCheck.date("month", asked.atDay(1));
        } catch (DateTimeException | NullPointerException e) {
            throw new ArchiveServer.BadRequest("give a year and a month: /browse/{paper}/{year}/{month}");
        }
        if (archive.issueDates(paper.get().slug(), asked.getYear(), asked.getMonthValue()).isEmpty()) {
            notFound(ctx, paper.get().name() + " " + asked.getYear() + "年" + asked.getMonthValue() + "月没有存档的报纸");
            return;
        }
        ctx.html(Templates.browse(BrowseView.month(archive, paper.get(), asked)));
    }

    private void issue(Context ctx) throws IOException {
        Optional<IssueCalendar.Paper> paper = knownPaper(ctx);
        if (paper.isEmpty()) {
            return;
        }
        LocalDate date = PagePath.date(ctx);
        if (archive.issuePages(paper.get().slug(), date).isEmpty()) {
            notFound(ctx, paper.get().name() + " " + date + " 没有存档的报纸");
            return;
        }
        ctx.html(Templates.browse(BrowseView.issue(archive, paper.get(), date)));
    }

    /** The paper a path names (its name or slug); a 404 page answered when the archive has none of it. */
    private Optional<IssueCalendar.Paper> knownPaper(Context ctx) throws IOException {
        Optional<IssueCalendar.Paper> paper = IssueRoutes.find(archive, ctx.pathParam("paper"));
        if (paper.isEmpty()) {
            notFound(ctx, "存档中没有这份报纸：" + ctx.pathParam("paper"));
        }
        return paper;
    }

    private static void notFound(Context ctx, String what) {
        ctx.status(HttpStatus.NOT_FOUND).html(Templates.message(MessageView.notFound(what)));
    }
}
