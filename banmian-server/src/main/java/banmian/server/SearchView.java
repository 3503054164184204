package banmian.server;

import banmian.archive.SearchQuery;
import banmian.archive.SearchResults;
import banmian.model.EntityType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the search page shows: the query with its filters (each removable), the facets (each value
 * narrowing the search), the hits and the links to the pages of results before and after.
 */
record SearchView(SearchQuery query, SearchResults results, Map<String, String> filters) {
    private static final Map<String, String> FACET_TITLES = new LinkedHashMap<>();

    static {
        FACET_TITLES.put("paper", "报纸");
        FACET_TITLES.put("date", "日期");
        FACET_TITLES.put("from", "起始日期");
        FACET_TITLES.put("to", "截止日期");
        FACET_TITLES.put(EntityType.PERSON.jsonName(), "人物");
        FACET_TITLES.put(EntityType.PLACE.jsonName(), "地点");
        FACET_TITLES.put(EntityType.ORGANIZATION.jsonName(), "机构");
    }

    /** A facet's or filter's heading in Chinese. */
    static String facetTitle(String name) {
        return FACET_TITLES.getOrDefault(name, name);
    }

    /** The line under a story printed by other papers too, or null when none did. */
    static String alsoIn(List<String> papers) {
        return papers.isEmpty() ? null : "另见" + papers.size() + "家报纸：" + String.join("、", papers);
    }

    String title() {
        return query.text() == null || query.text().isBlank() ? "版面" : query.text() + " · 版面";
    }

    String text() {
        return query.text() == null ? "" : query.text();
    }

    /** This search without one of its filters. */
    String without(String filter) {
        Map<String, String> rest = new LinkedHashMap<>(filters);
        rest.remove(filter);
        return ReaderLinks.search(query.text(), rest, 0);
    }

    /** This search narrowed to one facet value. */
    String narrowed(String facet, String value) {
        Map<String, String> narrowed = new LinkedHashMap<>(filters);
        narrowed.put(facet, value);
        return ReaderLinks.search(query.text(), narrowed, 0);
    }

    /** The count shown beside a facet value; approximate when the facets were counted over a sample. */
    String count(SearchResults.FacetValue value) {
        return (results.facetsEstimated() ? "≈" : "") + value.count();
    }

    /** The snippet with its matched words marked: escaped here, so the template writes it as it is. */
    String snippet(SearchResults.Hit hit) {
        return Html.marked(hit.snippet());
    }

    String pageUrl(SearchResults.Hit hit, int page) {
        return ReaderLinks.page(hit.paper(), hit.date(), page);
    }

    /** The previous page of results, or null on the first. */
    String previous() {
        return query.offset() > 0 ? ReaderLinks.search(query.text(), filters, Math.max(0, query.offset() - query.limit())) : null;
    }

    /** The next page of results, or null on the last. */
    String next() {
        boolean more = query.offset() + results.hits().size() < results.total() && results.hits().size() == query.limit();
        return more ? ReaderLinks.search(query.text(), filters, query.offset() + query.limit()) : null;
    }
}
