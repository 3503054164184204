package banmian.archive;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.grouping.GroupSelector;
import org.apache.lucene.search.grouping.SearchGroup;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

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
    /**
     * The {@link StoryDocuments#GROUP} values of one reader, numbered across its segments: for each
     * segment, its value numbers' global numbers in a plain array (the ordinal map's own compressed
     * lookup would be most of a large search's grouping time).
     */
    static final class Ordinals {
        /**
         * Cleared head arrays of searches done, kept for the next: a small search would spend more on
         * allocating (and zeroing) a slot per group of the archive than on its matches.
         */
        private static final int SPARE_ARRAYS = 2 * Runtime.getRuntime().availableProcessors();
        private final IndexReader reader;
        private final int[][] global;
        private final int count;
        private final ConcurrentLinkedQueue<int[]> spare = new ConcurrentLinkedQueue<>();

        private Ordinals(IndexReader reader, int[][] global, int count) {
            this.reader = reader;
            this.global = global;
            this.count = count;
        }

        /** Built once per reader (it reads every segment's terms): callers keep it until the reader changes. */
        static Ordinals of(IndexReader reader) throws IOException {
            SortedDocValues values = MultiDocValues.getSortedValues(reader, StoryDocuments.GROUP);
            OrdinalMap map = values instanceof MultiDocValues.MultiSortedDocValues multi ? multi.mapping : null;
            int[][] global = new int[reader.leaves().size()][];
            for (LeafReaderContext leaf : reader.leaves()) {
                int segmentCount = DocValues.getSorted(leaf.reader(), StoryDocuments.GROUP).getValueCount();
                LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
                global[leaf.ord] = new int[segmentCount];
                for (int ord = 0; ord < segmentCount; ord++) {
                    global[leaf.ord][ord] = (int) toGlobal.get(ord);
                }
            }
            return new Ordinals(reader, global, values == null ? 0 : values.getValueCount());
        }

        boolean isFor(IndexReader other) {
            return reader == other;
        }

        private int[] borrow() {
            int[] heads = spare.poll();
            return heads != null ? heads : new int[count * SLOTS];
        }

        private void giveBack(int[] cleared) {
            if (spare.size() < SPARE_ARRAYS) {
                spare.offer(cleared);
            }
        }
    }

    /**
     * Lucene's grouping collectors told the groups by their global ordinal: a match costs an array
     * lookup, where the term selector looks every group value it holds up again in each segment.
     */
    static final class Selector extends GroupSelector<Integer> {
        private final Ordinals ordinals;
        private SortedDocValues leafGroups;
        private int[] leafOrdinals;
        private int group;

        Selector(Ordinals ordinals) {
            this.ordinals = ordinals;
        }

        @Override
        public void setNextReader(LeafReaderContext context) throws IOException {
            leafGroups = DocValues.getSorted(context.reader(), StoryDocuments.GROUP);
            leafOrdinals = ordinals.global[context.ord];
        }

        @Override
        public void setScorer(Scorable scorer) {
        }

        @Override
        public State advanceTo(int doc) throws IOException {
            if (!leafGroups.advanceExact(doc)) {
                return State.SKIP;
            }
            group = leafOrdinals[leafGroups.ordValue()];
            return State.ACCEPT;
        }

        @Override
        public Integer currentValue() {
            return group;
        }

        @Override
        public Integer copyValue() {
            return group;
        }

        @Override
        public void setGroups(Collection<SearchGroup<Integer>> searchGroups) {
            throw new UnsupportedOperationException("the groups shown are found by their heads, not by a second pass");
        }
    }

    private final Ordinals ordinals;
    private final SearchQuery.Order order;
    /**
     * Per group ordinal, side by side (one cache line, not three, for a match): its head's document
     * (global id + 1; 0 for a group not matched), day (an epoch day fits an int) and score (as bits).
     */
    private final int[] heads;
    /** The groups this collector matched, in the order it met them. */
    private int[] matched = new int[1024];
    private static final int SLOTS = 3;
    private static final int DOC = 0;
    private static final int DAY = 1;
    private static final int SCORE = 2;
    private int groups;

    private SortedDocValues leafGroups;
    private int[] leafOrdinals;
    private NumericDocValues leafDays;
    private int docBase;
    private Scorable scorer;

    GroupHeads(Ordinals ordinals, SearchQuery.Order order) {
        this.ordinals = ordinals;
        this.order = order;
        this.heads = ordinals.borrow();
    }

    @Override
    public ScoreMode scoreMode() {
        return order == SearchQuery.Order.RELEVANCE ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        leafGroups = DocValues.getSorted(context.reader(), StoryDocuments.GROUP);
        leafOrdinals = ordinals.global[context.ord];
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
        int group = leafOrdinals[leafGroups.ordValue()];
        // By relevance, the day is not read: equal scores go by document order, as in Lucene's sort by score.
        boolean relevance = order == SearchQuery.Order.RELEVANCE;
        int day = !relevance && leafDays.advanceExact(doc) ? (int) leafDays.longValue() : 0;
        float score = relevance ? scorer.score() : 0;
        int slot = group * SLOTS;
        if (heads[slot + DOC] == 0) {
            addMatched(group);
        } else if (!before(score, day, slot)) {
            return;
        }
        heads[slot + DOC] = docBase + doc + 1;
        heads[slot + DAY] = day;
        heads[slot + SCORE] = Float.floatToRawIntBits(score);
    }

    /**
     * Takes in the heads another slice of the same search found: of a group both matched, the head
     * that comes first (the earlier document when they tie), so the merged heads are those one
     * collector over every segment would have found.
     */
    void merge(GroupHeads other) {
        for (int m = 0; m < other.groups; m++) {
            int slot = other.matched[m] * SLOTS;
            int otherDoc = other.heads[slot + DOC];
            if (heads[slot + DOC] == 0) {
                addMatched(other.matched[m]);
            } else if (!before(Float.intBitsToFloat(other.heads[slot + SCORE]), other.heads[slot + DAY], slot)
                    && (other.before(Float.intBitsToFloat(heads[slot + SCORE]), heads[slot + DAY], slot) || heads[slot + DOC] < otherDoc)) {
                continue;
            }
            heads[slot + DOC] = otherDoc;
            heads[slot + DAY] = other.heads[slot + DAY];
            heads[slot + SCORE] = other.heads[slot + SCORE];
        }
    }

    /** Clears the slots this collector used and hands its array back for another search; it is not to be used after. */
    void release() {
        for (int m = 0; m < groups; m++) {
            Arrays.fill(heads, matched[m] * SLOTS, matched[m] * SLOTS + SLOTS, 0);
        }
        groups = 0;
        ordinals.giveBack(heads);
    }

    private void addMatched(int group) {
        if (groups == matched.length) {
            matched = Arrays.copyOf(matched, groups * 2);
        }
        matched[groups++] = group;
    }

    /** Whether a match with this score and day comes before the head in {@code slot} (at a tie, the head stays: documents come in order). */
    private boolean before(float score, int day, int slot) {
        return switch (order) {
            case RELEVANCE -> score > Float.intBitsToFloat(heads[slot + SCORE]);
            case NEWEST -> day > heads[slot + DAY];
            case OLDEST -> day < heads[slot + DAY];
        };
    }

    /** The head of a matching group, by its {@link Selector} value, with its score (0 when the order is by date). */
    ScoreDoc headOf(int group) {
        return new ScoreDoc(heads[group * SLOTS + DOC] - 1, Float.intBitsToFloat(heads[group * SLOTS + SCORE]));
    }

    /** How many groups matched. */
    int groups() {
        return groups;
    }

    /**
     * The heads as facets count them: all of them when there are at most {@code most}, else every
     * n-th head in document order (so the sample is the same for the same matches) for about
     * {@code most}; {@link FacetsCollector} hands them to the facet counts as if collected.
     */
    HeadSample sample(IndexReader reader, int most) {
        FixedBitSet all = new FixedBitSet(Math.max(1, reader.maxDoc()));
        for (int m = 0; m < groups; m++) {
            all.set(heads[matched[m] * SLOTS + DOC] - 1);
        }
        int step = Math.max(1, (groups + most - 1) / most);
        int matched = 0;
        int counted = 0;
        List<FacetsCollector.MatchingDocs> docs = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            FixedBitSet bits = null;
            int inLeaf = 0;
            for (int doc = nextHead(all, leaf.docBase); doc < end; doc = nextHead(all, doc + 1)) {
                if (matched++ % step == 0) {
                    bits = bits == null ? new FixedBitSet(leaf.reader().maxDoc()) : bits;
                    bits.set(doc - leaf.docBase);
                    inLeaf++;
                }
            }
            if (bits != null) {
                docs.add(new FacetsCollector.MatchingDocs(leaf, new BitDocIdSet(bits, inLeaf), inLeaf, null));
                counted += inLeaf;
            }
        }
        return new HeadSample(docs, counted == 0 ? 1 : (double) groups / counted, step > 1);
    }

    private static int nextHead(FixedBitSet heads, int from) {
        return from < heads.length() ? heads.nextSetBit(from) : DocIdSetIterator.NO_MORE_DOCS;
    }

    /** Heads for facet counting, and by how much their counts are scaled up to estimate all groups'. */
    record HeadSample(List<FacetsCollector.MatchingDocs> docs, double scale, boolean sampled) {
        FacetsCollector collector() {
            return new FacetsCollector() {
                @Override
                public List<MatchingDocs> getMatchingDocs() {
                    return docs;
                }
            };
        }
    }
}
