package banmian.archive;

import banmian.model.MetaCheck;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The issue browser: the papers an archive holds, the years, months and days of a paper's issues,
 * and the pages of one issue, read from the index's page documents (paper slug and day from doc
 * values, so counting an archive's pages reads no stored field). An issue is a paper's pages of one
 * day.
 */
public final class IssueCalendar {
    /** A paper of the archive: its name, its id slug, its first and last issue, and how many issues and pages it has. */
    public record Paper(String name, String slug, LocalDate first, LocalDate last, int issues, int pages) {
    }

    /**
     * A year ({@code 2019}), month ({@code 2019-10}) or day ({@code 2019-10-01}) of one paper, and how
     * many issues (days) and pages the archive holds in it.
     */
    public record Period(String period, int issues, int pages) {
    }

    /** A page of one issue: its number, section (null when the page names none) and how many articles it has. */
    public record IssuePage(int number, String section, int articles, String id) {
    }

    /** One page document's paper and day. */
    private record PageRow(String slug, String name, long day) {
    }

    private static final Query PAGES = new TermQuery(new Term(StoryDocuments.KIND, StoryDocuments.PAGE));

    private IssueCalendar() {
    }

    static List<Paper> papers(IndexSearcher searcher) throws IOException {
        Map<String, List<PageRow>> bySlug = new TreeMap<>();
        for (PageRow row : rows(searcher, PAGES)) {
            bySlug.computeIfAbsent(row.slug(), slug -> new ArrayList<>()).add(row);
        }
        List<Paper> papers = new ArrayList<>();
        for (List<PageRow> rows : bySlug.values()) {
            long first = rows.stream().mapToLong(PageRow::day).min().orElseThrow();
            long last = rows.stream().mapToLong(PageRow::day).max().orElseThrow();
            int issues = (int) rows.stream().mapToLong(PageRow::day).distinct().count();
            papers.add(new Paper(rows.get(0).name(), rows.get(0).slug(), LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last),
                    issues, rows.size()));
        }
        papers.sort(Comparator.comparing(Paper::name));
        return papers;
    }

    /**
     * The years of a paper's issues ({@code year} null), the months of one year ({@code month} null)
     * or the days of one month, in time order; periods without issues are left out.
     */
    static List<Period> periods(IndexSearcher searcher, String slug, Integer year, Integer month) throws IOException {
        if (year != null && (year < MetaCheck.FIRST_YEAR || year > MetaCheck.LAST_YEAR)) {
            throw new IllegalArgumentException("year must be between " + MetaCheck.FIRST_YEAR + " and " + MetaCheck.LAST_YEAR + ", not " + year);
        }
        if (month != null && year == null) {
            throw new IllegalArgumentException("a month needs its year");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month must be between 1 and 12, not " + month);
        }
        LocalDate from = year == null ? null : month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
        LocalDate to = year == null ? null : month == null ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
        Function<LocalDate, String> period = year == null ? date -> String.valueOf(date.getYear())
                : month == null ? date -> YearMonth.from(date).toString() : LocalDate::toString;
        Map<String, List<Long>> days = new TreeMap<>();
        for (PageRow row : rows(searcher, paperPages(slug, from, to))) {
            days.computeIfAbsent(period.apply(LocalDate.ofEpochDay(row.day())), key -> new ArrayList<>()).add(row.day());
        }
        List<Period> periods = new ArrayList<>();
        days.forEach((key, pageDays) -> periods.add(new Period(key, (int) pageDays.stream().distinct().count(), pageDays.size())));
        return periods;
    }

    /** The pages of one issue, by number. */
    static List<IssuePage> pages(IndexSearcher searcher, String slug, LocalDate date) throws IOException {
        List<IssuePage> pages = new ArrayList<>();
        Query issue = paperPages(slug, date, date);
        for (ScoreDoc hit : searcher.search(issue, Math.max(1, searcher.count(issue))).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            pages.add(new IssuePage(doc.getField(StoryDocuments.NUMBER).numericValue().intValue(), doc.get(StoryDocuments.SECTION),
                    doc.getField(StoryDocuments.ARTICLES).numericValue().intValue(), doc.get(StoryDocuments.ID)));
        }
        pages.sort(Comparator.comparingInt(IssuePage::number));
        return pages;
    }

    private static Query paperPages(String slug, LocalDate from, LocalDate to) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(PAGES, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(StoryDocuments.PAPER_SLUG, slug)), BooleanClause.Occur.FILTER);
        if (from != null) {
            query.add(LongPoint.newRangeQuery(StoryDocuments.DAY, from.toEpochDay(), to.toEpochDay()), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /** Every page document {@code query} matches, as its paper and day. */
    private static List<PageRow> rows(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        List<PageRow> rows = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            SortedDocValues slugs = leaf.reader().getSortedDocValues(StoryDocuments.PAPER_SLUG);
            SortedDocValues names = leaf.reader().getSortedDocValues(StoryDocuments.PAPER_NAME);
            NumericDocValues days = leaf.reader().getNumericDocValues(StoryDocuments.DAY);
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                // A page indexed by a banmian without the issue browser has no slug: it waits for the reindex.
                if ((live == null || live.get(doc)) && slugs != null && slugs.advanceExact(doc) && names.advanceExact(doc)
                        && days.advanceExact(doc)) {
                    rows.add(new PageRow(slugs.lookupOrd(slugs.ordValue()).utf8ToString(),
                            names.lookupOrd(names.ordValue()).utf8ToString(), days.longValue()));
                }
            }
        }
        return rows;
    }
}
