package banmian.archive;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of results ended, so the next page can start after it however deep it lies: the
 * last hit's sort key (its score, or its day) and its syndication group, which is also what orders
 * hits with equal keys. A search from a cursor keeps one page of groups in memory, not every group
 * before it, which is why paging by offset stops at {@link SearchQuery#MAX_WINDOW} and a cursor does not.
 *
 * <p>The position is by value, not by Lucene document number, so it holds across merges and new
 * pages; a page added meanwhile shows up on a later page if it sorts after the cursor, and is not
 * seen if it sorts before (as with Lucene's {@code searchAfter} and Elasticsearch's
 * {@code search_after}). Scores of the same query can shift a little when the archive changes
 * between pages, and a hit can then be skipped or repeated.
 *
 * <p>On the wire a cursor is an opaque URL-safe token ({@link #token()}); reading one back checks
 * every part, so a damaged or forged token is a clear error, never a search over nonsense.
 *
 * @param order the order the page was in: a cursor only continues a search in the same order
 * @param key the last hit's score as {@link Float#floatToIntBits} by relevance, its epoch day otherwise
 * @param group the last hit's syndication group
 */
public record SearchCursor(SearchQuery.Order order, int key, String group) {
    private static final String VERSION = "1";
    /** A group is a story id, far shorter; the bound keeps a forged token from costing anything. */
    static final int MAX_GROUP_CHARS = 200;
    /** The longest token read back (a group at its longest, base64-encoded, with room to spare). */
    public static final int MAX_TOKEN_CHARS = 400;

    public SearchCursor {
        if (order == null || group == null || group.isEmpty() || group.length() > MAX_GROUP_CHARS) {
            throw new IllegalArgumentException("cursor: no search position");
        }
        if (order == SearchQuery.Order.RELEVANCE && Float.isNaN(Float.intBitsToFloat(key))) {
            throw new IllegalArgumentException("cursor: no search position");
        }
    }

    /** The opaque token a client sends back as {@code cursor} to get the next page. */
    public String token() {
        String plain = VERSION + '\n' + order.key() + '\n' + Integer.toHexString(key) + '\n' + group;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** A token as {@link #token()} wrote it; anything else is an {@link IllegalArgumentException} naming {@code cursor}. */
    public static SearchCursor of(String token) {
        if (token.length() > MAX_TOKEN_CHARS) {
            throw new IllegalArgumentException("cursor: at most " + MAX_TOKEN_CHARS + " characters, not " + token.length()
                    + "; send back the cursor a search answered with");
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", 4);
            if (parts.length == 4 && parts[0].equals(VERSION)) {
                SearchQuery.Order order = SearchQuery.Order.byKey(parts[1]).orElse(null);
                return new SearchCursor(order, Integer.parseUnsignedInt(parts[2], 16), parts[3]);
            }
        } catch (IllegalArgumentException damaged) {
            // Not base64, not a number, or no position: said below as one error.
        }
        throw new IllegalArgumentException("cursor: not a cursor this archive wrote; send back the cursor a search answered with");
    }

    /** Positive when a hit with {@code otherKey} comes after the cursor's hit by key alone, zero when they tie (then the group decides). */
    int compareKey(int otherKey) {
        return switch (order) {
            case RELEVANCE -> Float.compare(Float.intBitsToFloat(key), Float.intBitsToFloat(otherKey));
            case NEWEST -> Integer.compare(key, otherKey);
            case OLDEST -> Integer.compare(otherKey, key);
        };
    }
}
