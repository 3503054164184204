package banmian.server;

import banmian.archive.SearchQuery;
import banmian.archive.SearchResults;
import banmian.model.EntityType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the search page shows: the query with its filters (each removable), its order and date range
 * (in the form), the facets (each value narrowing the search, "more" where a facet has values beyond
 * those listed), the hits and the links to the pages of results before and after. Every link keeps
 * the order asked for.
 */
record SearchView(SearchQuery query, SearchResults results, Map<String, String> filters) {
    /** The orders offered, in the form's order, with their labels. */
    private static final Map<SearchQuery.Order, String> ORDERS = new LinkedHashMap<>();

    static {
        ORDERS.put(SearchQuery.Order.RELEVANCE, "按相关度");
        ORDERS.put(SearchQuery.Order.NEWEST, "最新在前");
        ORDERS.put(SearchQuery.Order.OLDEST, "最早在前");
    }

    /** The date range travels in the form's own fields, the other filters as hidden ones. */
    private static final List<String> DATE_PARAMETERS = List.of("date", "from", "to");

    private static final Map<String, String> FACET_TITLES = new LinkedHashMap<>();

    static {
        FACET_TITLES.put("paper", "报纸");
        FACET_TITLES.put("date", "日期");
        FACET_TITLES.put("from", "起始日期");
        FACET_TITLES.put("to", "截止日期");
        FACET_TITLES.put("author", "作者");
        FACET_TITLES.put("section", "栏目");
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
        return link(rest, 0);
    }

    /** This search narrowed to one facet value. */
    String narrowed(String facet, String value) {
        Map<String, String> narrowed = new LinkedHashMap<>(filters);
        narrowed.put(facet, value);
        return link(narrowed, 0);
    }

    /** This search with one facet listing all the values it may ({@link SearchQuery#MAX_FACET_VALUES}), or null when it lists them all. */
    String more(String facet) {
        SearchResults.FacetCounts counts = results.facetCounts().get(facet);
        if (counts == null || !counts.more()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>(filters);
        parameters.put("facet." + facet + ".limit", String.valueOf(SearchQuery.MAX_FACET_VALUES));
        if (query.after() != null) {
            parameters.put("cursor", query.after().token());
        }
        return link(parameters, query.offset());
    }

    /** The filters the form carries unseen: all but the date range, which has fields of its own. */
    Map<String, String> hiddenFilters() {
        Map<String, String> hidden = new LinkedHashMap<>(filters);
        DATE_PARAMETERS.forEach(hidden::remove);
        return hidden;
    }

    /** The orders the form offers, by their API key, with their labels. */
    Map<String, String> orders() {
        Map<String, String> orders = new LinkedHashMap<>();
        ORDERS.forEach((order, label) -> orders.put(order.key(), label));
        return orders;
    }

    /**
     * What the form sends for an order: its key, or nothing for the default order when none was asked
     * for, so that words typed into a search without words are then ordered by relevance.
     */
    String orderValue(String key) {
        return query.order() == null && key.equals(order()) ? "" : key;
    }

    /** The order the results are in, by its API key. */
    String order() {
        return query.effectiveOrder().key();
    }

    /** The first day of the range asked for, as the form's date field takes it, or empty. */
    String from() {
        return query.from() == null ? "" : query.from().toString();
    }

    String to() {
        return query.to() == null ? "" : query.to().toString();
    }

    /** "第 2 / 13 页", or null when the results fit one page or the page was reached by cursor (its number unknown). */
    String pageOf() {
        long pages = (results.total() + query.limit() - 1) / query.limit();
        if (query.after() != null) {
            return null;
        }
        return pages <= 1 ? null : "第 " + (query.offset() / query.limit() + 1) + " / " + pages + " 页";
    }

    /** A link to this search with these filters from result {@code offset}, in the order and with the page size asked for. */
    private String link(Map<String, String> parameters, int offset) {
        Map<String, String> carried = new LinkedHashMap<>(parameters);
        if (query.order() != null) {
            carried.put("sort", query.order().key());
        }
        if (query.limit() != SearchQuery.DEFAULT_LIMIT) {
            carried.put("limit", String.valueOf(query.limit()));
        }
        return ReaderLinks.search(query.text(), carried, offset);
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

    /** The previous page of results, or null on the first and on a page reached by cursor (cursors go forward only). */
    String previous() {
        return query.after() == null && query.offset() > 0 ? link(filters, Math.max(0, query.offset() - query.limit())) : null;
    }

    /** The first page of results, on a page reached by cursor (else null: {@link #previous()} walks back). */
    String first() {
        return query.after() != null ? link(filters, 0) : null;
    }

    /**
     * The next page of results, or null on the last: by offset within {@link SearchQuery#MAX_WINDOW}, by
     * the cursor the search answered with beyond it.
     */
    String next() {
        if (results.next() == null) {
            return null;
        }
        long nextEnd = (long) query.offset() + 2L * query.limit();
        if (query.after() == null && nextEnd <= SearchQuery.MAX_WINDOW) {
            return link(filters, query.offset() + query.limit());
        }
        Map<String, String> parameters = new LinkedHashMap<>(filters);
        parameters.put("cursor", results.next().token());
        return link(parameters, 0);
    }
}
