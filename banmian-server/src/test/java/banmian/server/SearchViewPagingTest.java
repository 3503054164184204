package banmian.server;

import banmian.archive.SearchCursor;
import banmian.archive.SearchQuery;
import banmian.archive.SearchResults;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader's paging links: by offset while the next page lies within {@link SearchQuery#MAX_WINDOW},
 * by the search's cursor past it (so a reader can page through any number of results), and from a
 * page reached by cursor only forward or back to the first page.
 */
class SearchViewPagingTest {
    private static final SearchCursor NEXT = new SearchCursor(SearchQuery.Order.RELEVANCE, Float.floatToIntBits(2.5f), "renminribao-2019-10-01-p01-1");

    private static SearchResults fullPage(int limit) {
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            hits.add(new SearchResults.Hit("renminribao-2019-10-01-p01-" + (i + 1), "人民日报", LocalDate.of(2019, 10, 1), List.of(1),
                    null, "标题" + i, "正文", 0, List.of(), "renminribao-2019-10-01-p01-" + (i + 1)));
        }
        return new SearchResults(50_000, hits, Map.of(), false, NEXT);
    }

    private static SearchView view(SearchQuery query) {
        return new SearchView(query, fullPage(query.limit()), Map.of("paper", "人民日报"));
    }

    @Test
    void withinTheWindowTheNextPageIsByOffset() {
        SearchView view = view(SearchQuery.of("春运").withPage(9_980, 10));
        assertEquals("/?q=%E6%98%A5%E8%BF%90&paper=%E4%BA%BA%E6%B0%91%E6%97%A5%E6%8A%A5&offset=9990", view.next());
        assertTrue(view.previous().endsWith("&offset=9970"));
        assertNull(view.first());
        assertEquals("第 999 / 5000 页", view.pageOf());
    }

    @Test
    void pastTheWindowTheNextPageIsByCursorAndACursorPageGoesForwardOrToTheFirst() {
        SearchView last = view(SearchQuery.of("春运").withPage(9_990, 10));
        assertTrue(last.next().endsWith("&cursor=" + NEXT.token()), last.next());
        assertTrue(!last.next().contains("offset="), last.next());
        SearchView deep = view(SearchQuery.of("春运").withPage(0, 10).withCursor(NEXT));
        assertTrue(deep.next().contains("cursor="), deep.next());
        assertNull(deep.previous(), "cursors go forward only");
        assertEquals("/?q=%E6%98%A5%E8%BF%90&paper=%E4%BA%BA%E6%B0%91%E6%97%A5%E6%8A%A5", deep.first());
        assertNull(deep.pageOf(), "its number is not known");
    }

    @Test
    void theLastPageHasNoNext() {
        SearchResults last = new SearchResults(50_000, fullPage(10).hits(), Map.of(), false, null);
        assertNull(new SearchView(SearchQuery.of("春运").withPage(0, 10), last, Map.of()).next());
    }
}
