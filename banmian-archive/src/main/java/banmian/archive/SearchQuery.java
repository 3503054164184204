package banmian.archive;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a reader asks: words (several characters match as a phrase, one character alone; {@code AND},
 * {@code OR}, quotes and {@code -} work as in Lucene's query syntax), filters that must all hold (a
 * value per {@link Facet} other than the date, and a date range), the order, one page of results,
 * and how many values each facet lists. Blank text with filters lists the matching articles.
 * Build one with {@link #of(String)} and the {@code with…} methods.
 *
 * @param order null for the default: {@link Order#RELEVANCE} when there is text, else {@link Order#NEWEST}
 * @param facetLimits how many values a facet lists when not {@link #FACET_VALUES}, at most {@link #MAX_FACET_VALUES}
 * @param after null, or where the previous page ended: the page starts after it (then {@code offset} is 0)
 */
public record SearchQuery(String text, Map<Facet, String> filters, LocalDate from, LocalDate to, Order order,
                          int limit, int offset, Map<Facet, Integer> facetLimits, SearchCursor after) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    /** Values a facet lists unless asked for more. */
    public static final int FACET_VALUES = 10;
    /** The most values one facet lists. */
    public static final int MAX_FACET_VALUES = 100;
    /**
     * The deepest hit a search pages to by offset ({@code offset + limit}): each slice of a search keeps
     * that many groups in a queue, so the window bounds the memory one request can ask for. Deeper
     * pages are reached with a {@link SearchCursor} ({@link #after()}), which holds one page.
     */
    public static final int MAX_WINDOW = 10_000;
    /** The longest query text taken, in characters: a reader's words, not a document. */
    public static final int MAX_TEXT_CHARS = 1_000;
    /** The longest filter value taken (a paper's, an author's, a place's name). */
    public static final int MAX_FILTER_CHARS = 200;

    /** How hits are ordered. Copies of one wire story are shown once, by the copy that comes first. */
    public enum Order {
        /** The best match first (equals in the order they were indexed); without words, the same as {@link #NEWEST}. */
        RELEVANCE,
        NEWEST,
        OLDEST;

        /** {@code relevance}, {@code newest}, {@code oldest}: the API's {@code sort} values. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Order> byKey(String key) {
            for (Order order : values()) {
                if (order.key().equals(key)) {
                    return Optional.of(order);
                }
            }
            return Optional.empty();
        }
    }

    public SearchQuery {
        filters = Collections.unmodifiableMap(copy(filters));
        facetLimits = Collections.unmodifiableMap(copy(facetLimits));
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (offset > MAX_WINDOW - limit) {
            throw new IllegalArgumentException("offset: offset + limit must be at most " + MAX_WINDOW + ", not " + ((long) offset + limit)
                    + "; deeper results are paged with the cursor each page answers with (parameter cursor)");
        }
        if (after != null && offset != 0) {
            throw new IllegalArgumentException("offset: not with a cursor, which says where the page starts");
        }
        if (text != null && text.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("q: the query is " + text.length() + " characters long; at most " + MAX_TEXT_CHARS
                    + " are taken");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        for (Map.Entry<Facet, String> filter : filters.entrySet()) {
            if (!filter.getKey().filters()) {
                throw new IllegalArgumentException("a search is narrowed by date through from and to");
            }
            if (filter.getValue().length() > MAX_FILTER_CHARS) {
                throw new IllegalArgumentException(filter.getKey().key() + ": at most " + MAX_FILTER_CHARS + " characters, not "
                        + filter.getValue().length());
            }
        }
        for (Map.Entry<Facet, Integer> facetLimit : facetLimits.entrySet()) {
            if (facetLimit.getValue() < 1 || facetLimit.getValue() > MAX_FACET_VALUES) {
                throw new IllegalArgumentException("facet." + facetLimit.getKey().key() + ".limit must be between 1 and "
                        + MAX_FACET_VALUES + ", not " + facetLimit.getValue());
            }
        }
    }

    private static <V> Map<Facet, V> copy(Map<Facet, V> map) {
        return map == null || map.isEmpty() ? new EnumMap<>(Facet.class) : new EnumMap<>(map);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), null, null, null, DEFAULT_LIMIT, 0, Map.of(), null);
    }

    /** This query narrowed to stories with {@code value} for {@code facet} (null or blank: not narrowed by it). */
    public SearchQuery with(Facet facet, String value) {
        Map<Facet, String> narrowed = copy(filters);
        if (value == null || value.isBlank()) {
            narrowed.remove(facet);
        } else {
            narrowed.put(facet, value);
        }
        return new SearchQuery(text, narrowed, from, to, order, limit, offset, facetLimits, after);
    }

    /** This query within {@code [from, to]}; either end may be null (open). */
    public SearchQuery withDates(LocalDate from, LocalDate to) {
        return new SearchQuery(text, filters, from, to, order, limit, offset, facetLimits, after);
    }

    public SearchQuery withOrder(Order order) {
        return new SearchQuery(text, filters, from, to, order, limit, offset, facetLimits, after);
    }

    /** This query's page of {@code limit} hits from {@code offset} on. */
    public SearchQuery withPage(int offset, int limit) {
        return new SearchQuery(text, filters, from, to, order, limit, offset, facetLimits, after);
    }

    /**
     * This query's page after a cursor a previous page answered with (null: from the offset). The
     * cursor must come from a search in the same order; its filters and words are not checked (a
     * cursor names a place in an order, and one from another search starts there too).
     */
    public SearchQuery withCursor(SearchCursor cursor) {
        if (cursor != null && cursor.order() != effectiveOrder()) {
            throw new IllegalArgumentException("cursor: made for sort=" + cursor.order().key() + ", not " + effectiveOrder().key());
        }
        return new SearchQuery(text, filters, from, to, order, limit, offset, facetLimits, cursor);
    }

    /** This query listing up to {@code values} values of one facet. */
    public SearchQuery withFacetLimit(Facet facet, int values) {
        Map<Facet, Integer> limits = copy(facetLimits);
        limits.put(facet, values);
        return new SearchQuery(text, filters, from, to, order, limit, offset, limits, after);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The order asked for, or the default; relevance without words (every story as relevant as the next) is newest first. */
    public Order effectiveOrder() {
        if (order == null || order == Order.RELEVANCE) {
            return hasText() ? Order.RELEVANCE : Order.NEWEST;
        }
        return order;
    }

    /** The value a search must have for {@code facet}, or null. */
    public String filter(Facet facet) {
        return filters.get(facet);
    }

    public int facetLimit(Facet facet) {
        return facetLimits.getOrDefault(facet, FACET_VALUES);
    }
}
