package banmian.archive.export;

import banmian.archive.Archive;
import banmian.archive.Facsimile;
import banmian.archive.StoredIssue;
import banmian.model.MetaCheck;
import banmian.model.Page;
import banmian.model.PageMeta;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an archive exports: an issue, or one page with the issue's stories (so that a continued
 * article's division is labelled with its headline even on the page it goes on to). A page ingested
 * from a PDF has its size (the facsimile's, the frame its boxes are measured in) and its source, the
 * page as printed kept in the archive; a page from a text layer has neither.
 */
public final class ArchiveExports {
    private ArchiveExports() {
    }

    /** Every stored page of the issue; empty when the archive holds none. {@code paper}: its name or slug. */
    public static Optional<IssueExport> issue(Archive archive, String paper, LocalDate date) throws IOException {
        return export(archive, paper, date, null);
    }

    /** One stored page; empty when the archive does not hold it. */
    public static Optional<IssueExport> page(Archive archive, String paper, LocalDate date, int number) throws IOException {
        MetaCheck.page("page", number);
        return export(archive, paper, date, number);
    }

    private static Optional<IssueExport> export(Archive archive, String paper, LocalDate date, Integer only) throws IOException {
        MetaCheck.date("date", date);
        StoredIssue stored = archive.issue(paper, date);
        List<PageExport> pages = new ArrayList<>();
        for (Page page : stored.pages()) {
            if (only == null || only.equals(page.meta().number())) {
                pages.add(pageExport(archive, paper, date, page));
            }
        }
        if (pages.isEmpty()) {
            return Optional.empty();
        }
        PageMeta meta = pages.get(0).page().meta();
        return Optional.of(new IssueExport(archive.ids().issue(meta), meta.paper(), date, pages, stored.stories()));
    }

    private static PageExport pageExport(Archive archive, String paper, LocalDate date, Page page) throws IOException {
        Optional<Facsimile> printed = archive.facsimile(paper, date, page.meta().number());
        return new PageExport(page, archive.ids().page(page.meta()),
                printed.map(facsimile -> new PageSize(facsimile.width(), facsimile.height())).orElse(null),
                printed.map(facsimile -> facsimile.pdf().getFileName().toString()).orElse(null));
    }
}
