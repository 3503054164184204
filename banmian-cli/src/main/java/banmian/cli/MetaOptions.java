package banmian.cli;

import banmian.model.PageMeta;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/**
 * Page metadata the caller states; it wins over the file name and over the page's own furniture.
 * Values are checked as they are read ({@link banmian.model.MetaCheck}): a bad one ends the run
 * before anything is read or written.
 */
final class MetaOptions {
    @Option(names = "--paper", paramLabel = "NAME", converter = OptionConverters.PaperName.class,
            description = "Newspaper name, e.g. 人民日报 (at most 100 characters, no control characters).")
    String paper;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = OptionConverters.PageDate.class,
            description = "Issue date (1800-01-01 to 2199-12-31).")
    LocalDate date;

    @Option(names = "--page", paramLabel = "N", converter = OptionConverters.PageNumber.class,
            description = "Page number, 1 to 9999 (one input only).")
    Integer page;

    PageMeta meta() {
        return new PageMeta(paper, date, page, null);
    }
}
