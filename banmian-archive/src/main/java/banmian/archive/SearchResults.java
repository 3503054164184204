package banmian.archive;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results. Copies of one wire story (a syndication group) are one hit, collapsed
 * before anything is counted: {@code total} is the number of matching groups, and
 * paging walks groups. Each group is shown by one copy, the first in the order asked for (the most
 * relevant, or the newest or oldest), and the other papers that printed it are named in
 * {@link Hit#alsoIn()}.
 *
 * <p>Facets count groups too, each by the values of the copy it is shown by: a paper's count is the
 * number of hits shown from that paper, and the counts of a single-valued facet (paper, date,
 * section) add up to {@code total}. A wire story printed by two papers counts once, under the paper
 * of its shown copy; narrowing to the other paper finds it there. When there are more than 5,000
 * groups, facets are counted on a random sample of them and scaled up ({@code facetsEstimated}).
 * Each facet lists its values with the most groups first, except the date, whose values (the days
 * with the most groups) are listed in time order; {@link FacetCounts#more()} says whether the facet
 * has values beyond those listed.
 *
 * @param facetCounts by {@link Facet#key()}, in the order of {@link Facet}
 * @param next where the next page starts ({@link SearchQuery#withCursor}), null when this page is the last
 */
public record SearchResults(long total, List<Hit> hits, Map<String, FacetCounts> facetCounts, boolean facetsEstimated,
                            SearchCursor next) {
    /**
     * One story. {@code snippet} marks matched words between {@link #MARK_START} and {@link #MARK_END}
     * (renderers turn them into their own highlighting); {@code alsoIn} names the other papers that
     * printed the same story; {@code group} is the story's syndication group (the id of the group's
     * first story).
     */
    public record Hit(String id, String paper, LocalDate date, List<Integer> pages, String kicker, String headline,
                      String snippet, float score, List<String> alsoIn, String group) {
    }

    public record FacetValue(String value, long count) {
    }

    /** A facet's values as listed, and whether it has more than those. */
    public record FacetCounts(List<FacetValue> values, boolean more) {
        public FacetCounts {
            values = List.copyOf(values);
        }
    }

    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';

    /** Each facet's listed values alone, by {@link Facet#key()}. */
    public Map<String, List<FacetValue>> facets() {
        Map<String, List<FacetValue>> values = new LinkedHashMap<>();
        facetCounts.forEach((key, counts) -> values.put(key, counts.values()));
        return values;
    }
}
