package banmian.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of results. {@code total} counts matching stories before copies of one wire story are
 * folded into one hit; facets count the matching stories per paper, date and name (estimated from a
 * random sample of the matches when there are very many: {@code facetsEstimated}).
 */
public record SearchResults(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, boolean facetsEstimated) {
    /**
     * One story. {@code snippet} marks matched words between {@link #MARK_START} and {@link #MARK_END}
     * (renderers turn them into their own highlighting); {@code alsoIn} names the other papers that
     * printed the same story.
     */
    public record Hit(String id, String paper, LocalDate date, List<Integer> pages, String kicker, String headline,
                      String snippet, float score, List<String> alsoIn) {
    }

    public record FacetValue(String value, long count) {
    }

    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';
}
