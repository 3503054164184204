package banmian.archive;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.Arrays;

/**
 * The head of every syndication group among a search's matches: the copy that comes first in the
 * search's order (the one the group is shown by), for counting the groups and counting facets over
 * them. It tells groups apart by the global ordinal of their {@link StoryDocuments#GROUP} value, so a
 * match costs an array lookup; Lucene's own {@code AllGroupHeadsCollector} and {@code AllGroupsCollector}
 * keep a map of group values and look every value seen so far up again in each segment, which at
 * 200,000 groups over twenty segments takes seconds, not milliseconds.
 *
 * <p>Ties go to the earlier document, as in Lucene's sorts, so the head is the copy the grouping
 * collectors show.
 */
final class GroupHeads extends SimpleCollector {
    /** The {@link StoryDocuments#GROUP} values of one reader, numbered across its segments. */
    static final class Ordinals {
        private final IndexReader reader;
        private final OrdinalMap map;
        private final int count;

        private Ordinals(IndexReader reader, OrdinalMap map, int count) {
            this.reader = reader;
            this.map = map;
            this.count = count;
        }

        /** Built once per reader (it reads every segment's terms): callers keep it until the reader changes. */
        static Ordinals of(IndexReader reader) throws IOException {
            SortedDocValues values = MultiDocValues.getSortedValues(reader, StoryDocuments.GROUP);
            OrdinalMap map = values instanceof MultiDocValues.MultiSortedDocValues multi ? multi.mapping : null;
            return new Ordinals(reader, map, values == null ? 0 : values.getValueCount());
        }

        boolean isFor(IndexReader other) {
            return reader == other;
        }

        private LongValues global(LeafReaderContext leaf) {
            return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
        }
    }

    private final Ordinals ordinals;
    private final SearchQuery.Order order;
    /** Per group ordinal: its head's document (global id + 1; 0 for a group not matched), score and day. */
    private final int[] heads;
    private final float[] scores;
    private final long[] days;
    private int groups;

    private SortedDocValues leafGroups;
    private LongValues leafOrdinals;
    private NumericDocValues leafDays;
    private int docBase;
    private Scorable scorer;

    GroupHeads(Ordinals ordinals, SearchQuery.Order order) {
        this.ordinals = ordinals;
        this.order = order;
        this.heads = new int[ordinals.count];
        this.scores = order == SearchQuery.Order.RELEVANCE ? new float[ordinals.count] : null;
        this.days = new long[ordinals.count];
    }

    @Override
    public ScoreMode scoreMode() {
        return order == SearchQuery.Order.RELEVANCE ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        leafGroups = DocValues.getSorted(context.reader(), StoryDocuments.GROUP);
        leafOrdinals = ordinals.global(context);
        leafDays = DocValues.getNumeric(context.reader(), StoryDocuments.DAY);
        docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!leafGroups.advanceExact(doc)) {
            return;
        }
        int group = (int) leafOrdinals.get(leafGroups.ordValue());
        long day = leafDays.advanceExact(doc) ? leafDays.longValue() : 0;
        float score = scores == null ? 0 : scorer.score();
        if (heads[group] == 0) {
            groups++;
        } else if (!before(score, day, group)) {
            return;
        }
        heads[group] = docBase + doc + 1;
        days[group] = day;
        if (scores != null) {
            scores[group] = score;
        }
    }

    /** Whether a match of {@code group} with this score and day comes before the group's head (documents come in order). */
    private boolean before(float score, long day, int group) {
        return switch (order) {
            case RELEVANCE -> score > scores[group] || score == scores[group] && day > days[group];
            case NEWEST -> day > days[group];
            case OLDEST -> day < days[group];
        };
    }

    /** How many groups matched. */
    int groups() {
        return groups;
    }

    /** The heads, by global document id. */
    FixedBitSet heads(int maxDoc) {
        FixedBitSet bits = new FixedBitSet(maxDoc);
        Arrays.stream(heads).filter(head -> head > 0).forEach(head -> bits.set(head - 1));
        return bits;
    }
}
