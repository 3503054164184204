package banmian.archive.export;

import banmian.archive.Story;

import java.time.LocalDate;
import java.util.List;

/**
 * What a METS document describes: an issue's id, paper and date, the pages exported (all of the
 * issue's, or one) and the issue's stories. A story whose parts stand on pages not exported keeps only
 * the parts on exported pages; one with none is left out.
 */
public record IssueExport(String id, String paper, LocalDate date, List<PageExport> pages, List<Story> stories) {
    public IssueExport {
        pages = List.copyOf(pages);
        stories = List.copyOf(stories);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException(id + ": an issue to export has at least one page");
        }
    }
}
