package banmian.archive;

import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * A search whose matches are collapsed by syndication group in one pass over the segments, slices of
 * them in parallel: in each slice {@link GroupHeads} finds the head of every matching group (its
 * first copy in the order asked for); the slices' heads are merged, and the page shown is the heads
 * from the offset (or after a {@link SearchCursor}) on, in that order.
 *
 * <p>Lucene's grouping module was tried first and measured at 200,000 articles: its
 * {@code GroupingSearch} with all groups or all group heads took seconds a search (the term selector
 * looks every group value it has met up again in each segment); its first-pass collector beside
 * {@link GroupHeads} (told groups apart by global ordinal) made the search mix's p95 1.4 times the
 * search before grouping, against 1.17 times for the heads alone (docs/search.md).
 */
final class GroupedSearch {
    /** The page of groups shown (each by its head), and every matching group's head: {@link GroupHeads#release()} it when done. */
    record Result(GroupHeads.Page shown, GroupHeads heads) {
    }

    private GroupedSearch() {
    }

    static Result run(IndexSearcher searcher, Query query, SearchQuery.Order order, GroupHeads.Ordinals ordinals,
                      int offset, int limit, SearchCursor after) throws IOException {
        List<GroupHeads> slices = searcher.search(query, new CollectorManager<GroupHeads, List<GroupHeads>>() {
            @Override
            public GroupHeads newCollector() {
                return new GroupHeads(ordinals, order);
            }

            @Override
            public List<GroupHeads> reduce(Collection<GroupHeads> collectors) {
                return List.copyOf(collectors);
            }
        });
        GroupHeads heads = slices.get(0);
        for (GroupHeads slice : slices.subList(1, slices.size())) {
            heads.merge(slice);
            slice.release();
        }
        GroupHeads.After start = after == null ? null : new GroupHeads.After(after, ordinals.firstGroupAfter(after.group()));
        return new Result(heads.top(offset, limit, start), heads);
    }
}
