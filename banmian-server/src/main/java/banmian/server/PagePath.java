package banmian.server;

import banmian.model.MetaCheck;
import io.javalin.http.Context;

import java.time.LocalDate;

/**
 * The page a {@code /pages/{paper}/{date}/{number}} path names, its date and number checked
 * ({@link MetaCheck}): a bad one is a 400 naming it. The paper is its name or its slug.
 */
record PagePath(String paper, LocalDate date, int number) {
    static PagePath of(Context ctx) {
        LocalDate date = ArchiveServer.date(ctx.pathParam("date"), "date");
        Integer number = ArchiveServer.integer(ctx.pathParam("number"), "number");
        if (date == null || number == null) {
            throw new ArchiveServer.BadRequest("give a paper, a date and a page number: /pages/{paper}/{YYYY-MM-DD}/{number}");
        }
        return new PagePath(ctx.pathParam("paper"), MetaCheck.date("date", date), MetaCheck.page("number", number));
    }

    /** The {@code {date}} of a path (a page's, an issue's), parsed and checked: a bad or blank one is a 400 naming it. */
    static LocalDate date(Context ctx) {
        LocalDate date = ArchiveServer.date(ctx.pathParam("date"), "date");
        if (date == null) {
            throw new ArchiveServer.BadRequest("date: give a YYYY-MM-DD date");
        }
        return MetaCheck.date("date", date);
    }

    /** How an answer names the page: {@code no page 人民日报 2018-01-02 7}. */
    @Override
    public String toString() {
        return paper + " " + date + " " + number;
    }
}
