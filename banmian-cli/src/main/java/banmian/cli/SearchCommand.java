package banmian.cli;

import banmian.archive.Archive;
import banmian.archive.Facet;
import banmian.archive.SearchCursor;
import banmian.archive.SearchQuery;
import banmian.archive.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "search", description = {
        "Search the archive. Words of several characters match as phrases (王沪宁 finds 王沪宁, not 王 … 宁);",
        "traditional characters find simplified ones. Copies of one wire story in several papers are one hit."})
final class SearchCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to find (none: the newest articles that pass the filters).")
    List<String> words = List.of();

    @Option(names = "--paper", paramLabel = "NAME", description = "Only this paper.")
    String paper;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = OptionConverters.IsoDate.class, description = "From this date on.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = OptionConverters.IsoDate.class, description = "Up to this date.")
    LocalDate to;

    @Option(names = "--person", paramLabel = "NAME", description = "Only articles that name this person.")
    String person;

    @Option(names = "--place", paramLabel = "NAME", description = "Only articles that name this place.")
    String place;

    @Option(names = "--organization", paramLabel = "NAME", description = "Only articles that name this organisation.")
    String organization;

    @Option(names = "--author", paramLabel = "NAME", description = "Only articles whose byline names this person.")
    String author;

    @Option(names = "--section", paramLabel = "NAME", description = "Only articles on pages of this section (要闻, 国际, …).")
    String section;

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance, newest or oldest (default: relevance with words, newest without).")
    String sort;

    @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit = SearchQuery.DEFAULT_LIMIT;

    @Option(names = "--cursor", paramLabel = "TOKEN", description = {
            "Show the page after the one that printed this token (same words, filters and order).",
            "Pages so to any depth."})
    String cursor;

    @Mixin
    DataOption dataOption;

    SearchCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws UserError {
        SearchQuery query;
        try {
            query = SearchQuery.of(String.join(" ", words)).with(Facet.PAPER, paper).with(Facet.PERSON, person)
                    .with(Facet.PLACE, place).with(Facet.ORGANIZATION, organization).with(Facet.AUTHOR, author)
                    .with(Facet.SECTION, section).withDates(from, to).withPage(0, limit);
            if (sort != null) {
                query = query.withOrder(SearchQuery.Order.byKey(sort).orElseThrow(
                        () -> new IllegalArgumentException("--sort: relevance, newest or oldest, not " + sort)));
            }
            if (cursor != null) {
                query = query.withCursor(SearchCursor.of(cursor));
            }
        } catch (IllegalArgumentException e) {
            throw UserError.badInput(e.getMessage());
        }
        SearchResults results;
        try (Archive archive = Archive.openForReading(dataOption.data)) {
            results = archive.search(query);
        } catch (IllegalArgumentException e) {
            throw UserError.badInput(e.getMessage());
        } catch (IOException e) {
            throw UserError.badInput(IoProblems.describe(dataOption.data, e));
        }
        StringBuilder out = new StringBuilder();
        int rank = 0;
        for (SearchResults.Hit hit : results.hits()) {
            rank++;
            out.append(rank).append(". ").append(hit.headline() == null ? "（无标题）" : hit.headline())
                    .append("  [").append(hit.paper()).append(' ').append(hit.date()).append(' ')
                    .append(hit.pages().stream().map(page -> "第" + page + "版").collect(Collectors.joining("、")))
                    .append("]  ").append(hit.id()).append('\n');
            out.append("   ").append(marked(hit.snippet())).append('\n');
            if (!hit.alsoIn().isEmpty()) {
                out.append("   also in ").append(hit.alsoIn().size()).append(hit.alsoIn().size() == 1 ? " paper: " : " papers: ")
                        .append(String.join("、", hit.alsoIn())).append('\n');
            }
        }
        out.append(results.total()).append(results.total() == 1 ? " article matches" : " articles match").append('\n');
        if (results.next() != null) {
            out.append("next page: the same search with --cursor ").append(results.next().token()).append('\n');
        }
        terminal.print(out.toString());
        return 0;
    }

    /** Matched words in 【】, which survive any terminal, pipe or log. */
    private static String marked(String snippet) {
        return snippet.replace('\n', ' ').replace(SearchResults.MARK_START, '【').replace(SearchResults.MARK_END, '】');
    }
}
