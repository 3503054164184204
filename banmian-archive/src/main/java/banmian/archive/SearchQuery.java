package banmian.archive;

import java.time.LocalDate;

/**
 * What a reader asks: words (several characters match as a phrase; {@code AND}, {@code OR},
 * quotes and {@code -} work as in Lucene's query syntax), and filters that must all hold. Null
 * filters do not filter; blank text with filters lists the newest matching articles.
 */
public record SearchQuery(String text, String paper, LocalDate from, LocalDate to,
                          String person, String place, String organization, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public SearchQuery withPerson(String name) {
        return new SearchQuery(text, paper, from, to, name, place, organization, limit, offset);
    }
}
