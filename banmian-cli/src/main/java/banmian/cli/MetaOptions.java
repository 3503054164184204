package banmian.cli;

import banmian.model.PageMeta;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/** Page metadata the caller states; it wins over the file name and over the page's own furniture. */
final class MetaOptions {
    @Option(names = "--paper", paramLabel = "NAME", description = "Newspaper name, e.g. 人民日报.")
    String paper;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = OptionConverters.IsoDate.class,
            description = "Issue date.")
    LocalDate date;

    @Option(names = "--page", paramLabel = "N", description = "Page number (one input only).")
    Integer page;

    PageMeta meta() {
        return new PageMeta(paper, date, page, null);
    }
}
