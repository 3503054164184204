package banmian.server;

import banmian.model.MetaCheck;
import io.javalin.http.Context;

import java.time.LocalDate;

/**
 * A page as an address names it ({@code /pages/{paper}/{date}/{number}…}): {@code paper} is the
 * paper's name or slug; the date and number are checked to be ones the archive can hold (a bad one
 * is a 400 naming it).
 */
record PagePath(String paper, LocalDate date, int number) {
    static PagePath of(Context ctx) {
        LocalDate date = ArchiveServer.date(ctx.pathParam("date"), "date");
        Integer number = ArchiveServer.integer(ctx.pathParam("number"), "number");
        if (date == null || number == null) {
            throw new ArchiveServer.BadRequest("give a paper, a date and a page number: /pages/{paper}/{YYYY-MM-DD}/{number}");
        }
        MetaCheck.date("date", date);
        MetaCheck.page("number", number);
        return new PagePath(ctx.pathParam("paper"), date, number);
    }
}
