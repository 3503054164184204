package banmian.archive;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.grouping.FirstPassGroupingCollector;
import org.apache.lucene.search.grouping.SearchGroup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A search whose matches are collapsed by syndication group, in one pass over the segments, slices
 * of them in parallel: in each slice Lucene's first-pass grouping collector chooses the slice's top
 * groups (told apart by {@link GroupHeads.Selector}), and {@link GroupHeads} finds every matching group's head; the slices' top groups are merged
 * by Lucene ({@link SearchGroup#merge}) into the page of groups shown, and their heads into one set.
 * Each group shown is shown by its head, which is the copy Lucene's second pass would find, without
 * going over the matches again.
 */
final class GroupedSearch {
    /** The page of groups shown (each by its head), and every matching group's head: {@link GroupHeads#release()} it when done. */
    record Result(List<ScoreDoc> shown, GroupHeads heads) {
    }

    private GroupedSearch() {
    }

    private static final SortField NEWEST_FIRST = new SortField(StoryDocuments.DAY, SortField.Type.LONG, true);

    static Result run(IndexSearcher searcher, Query query, SearchQuery.Order order, GroupHeads.Ordinals ordinals,
                      int offset, int limit) throws IOException {
        Sort sort = sort(order);
        int topN = offset + limit;
        List<Slice> slices = searcher.search(query, new CollectorManager<Slice, List<Slice>>() {
            @Override
            public Slice newCollector() {
                return new Slice(new FirstPassGroupingCollector<>(new GroupHeads.Selector(ordinals), sort, topN),
                        new GroupHeads(ordinals, order));
            }

            @Override
            public List<Slice> reduce(Collection<Slice> collectors) {
                return List.copyOf(collectors);
            }
        });
        GroupHeads heads = slices.get(0).heads;
        List<Collection<SearchGroup<Integer>>> tops = new ArrayList<>();
        for (Slice slice : slices) {
            if (slice != slices.get(0)) {
                heads.merge(slice.heads);
                slice.heads.release();
            }
            Collection<SearchGroup<Integer>> top = slice.firstPass.getTopGroups(0);
            if (top != null) {
                tops.add(top);
            }
        }
        List<ScoreDoc> shown = new ArrayList<>();
        Collection<SearchGroup<Integer>> page = tops.isEmpty() ? null : SearchGroup.merge(tops, offset, limit, sort);
        if (page != null) {
            for (SearchGroup<Integer> group : page) {
                shown.add(heads.headOf(group.groupValue));
            }
        }
        return new Result(shown, heads);
    }

    /** The order of groups, and of the copies within one, as Lucene's collectors take it. */
    private static Sort sort(SearchQuery.Order order) {
        return switch (order) {
            case RELEVANCE -> Sort.RELEVANCE;
            case NEWEST -> new Sort(NEWEST_FIRST);
            case OLDEST -> new Sort(new SortField(StoryDocuments.DAY, SortField.Type.LONG));
        };
    }

    /** One slice's collectors. */
    private static final class Slice implements Collector {
        private final FirstPassGroupingCollector<Integer> firstPass;
        private final GroupHeads heads;
        private final Collector both;

        Slice(FirstPassGroupingCollector<Integer> firstPass, GroupHeads heads) {
            this.firstPass = firstPass;
            this.heads = heads;
            this.both = MultiCollector.wrap(firstPass, heads);
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return both.getLeafCollector(context);
        }

        @Override
        public ScoreMode scoreMode() {
            return both.scoreMode();
        }
    }
}
