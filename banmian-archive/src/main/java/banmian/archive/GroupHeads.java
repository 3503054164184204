package banmian.archive;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The head of every syndication group among a search's matches: the copy that comes first in the
 * search's order, which the group is shown by, counted by the facets, and ranked by among the other
 * groups. It tells groups apart by the global ordinal of their {@link StoryDocuments#GROUP} value, so a
 * match costs two array lookups; Lucene's own {@code AllGroupHeadsCollector} and {@code AllGroupsCollector}
 * keep a map of group values and look every value seen so far up again in each segment, which at
 * 200,000 groups over thirty segments takes seconds, not milliseconds.
 *
 * <p>Within a group, of copies with equal keys the earlier document is the head, as in Lucene's
 * sorts. Among groups, equal keys go by the group's value (the id of its first story: paper, date,
 * page), not by document number: document numbers change as segments merge, and a {@link SearchCursor}
 * must name a place in the order that stays put.
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
        private final ConcurrentLinkedQueue<Buffers> spare = new ConcurrentLinkedQueue<>();

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

        /**
         * The global ordinal of the first group value after {@code group} (which may no longer be in the
         * index), or the number of groups when none comes after: where a search from a cursor on
         * {@code group} resumes among groups of equal key. Each segment's values are looked up on their
         * own (a merged lookup would share the segments' term iterators between searches).
         */
        int firstGroupAfter(String group) throws IOException {
            BytesRef value = new BytesRef(group);
            int first = count;
            for (LeafReaderContext leaf : reader.leaves()) {
                int found = DocValues.getSorted(leaf.reader(), StoryDocuments.GROUP).lookupTerm(value);
                int next = found >= 0 ? found + 1 : -found - 1;
                if (next < global[leaf.ord].length) {
                    first = Math.min(first, global[leaf.ord][next]);
                }
            }
            return first;
        }

        private Buffers borrow() {
            Buffers buffers = spare.poll();
            return buffers != null ? buffers : new Buffers(new int[count * SLOTS], new int[count]);
        }

        private void giveBack(Buffers cleared) {
            if (spare.size() < SPARE_ARRAYS) {
                spare.offer(cleared);
            }
        }
    }

    private final Ordinals ordinals;
    private final SearchQuery.Order order;
    /**
     * Per group ordinal, side by side (one cache line, not three, for a match): its head's document
     * (global id + 1; 0 for a group not matched), day (an epoch day fits an int) and score (as bits).
     */
    private final int[] heads;
    /** The groups this collector matched, in the order it met them (room for every group: each is met once). */
    private final int[] matched;

    /** A search's arrays: a slot per group, and the list of groups matched. */
    private record Buffers(int[] heads, int[] matched) {
    }
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
        Buffers buffers = ordinals.borrow();
        this.heads = buffers.heads();
        this.matched = buffers.matched();
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
        if (groups > heads.length / SLOTS / 8) {
            Arrays.fill(heads, 0);
        } else {
            for (int m = 0; m < groups; m++) {
                int slot = matched[m] * SLOTS;
                heads[slot + DOC] = 0;
                heads[slot + DAY] = 0;
                heads[slot + SCORE] = 0;
            }
        }
        groups = 0;
        ordinals.giveBack(new Buffers(heads, matched));
    }

    private void addMatched(int group) {
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

    /** A group shown: its head document, score, and sort key (score bits by relevance, else the day). */
    record Head(int doc, float score, int key) {
    }

    /** One page of heads, and whether more groups come after it. */
    record Page(List<Head> heads, boolean more) {
    }

    /** Where a page starts when it continues from a cursor: after its key, and at equal keys from group {@code firstGroup} on. */
    record After(SearchCursor cursor, int firstGroup) {
    }

    /**
     * The heads of the groups from {@code offset} on (counted from {@code after} when given, else from
     * the first), {@code limit} of them, in the search's order. Only {@code offset + limit} groups are
     * held while choosing, so a page after a cursor costs the same however deep it is.
     */
    Page top(int offset, int limit, After after) {
        int wanted = (int) Math.min((long) offset + limit, groups);
        // The worst of the best so far on top.
        PriorityQueue<Integer> best = new PriorityQueue<>(wanted + 1, (a, b) -> compareSlots(b, a));
        // Newest first, the groups met last are likeliest to stay: met first, each would displace the one before.
        boolean backwards = order == SearchQuery.Order.NEWEST;
        int eligible = 0;
        for (int i = 0; i < groups; i++) {
            int slot = matched[backwards ? groups - 1 - i : i] * SLOTS;
            if (after != null && !comesAfter(slot, after)) {
                continue;
            }
            eligible++;
            if (best.size() < wanted) {
                best.add(slot);
            } else if (compareSlots(slot, best.peek()) < 0) {
                best.poll();
                best.add(slot);
            }
        }
        List<Integer> slots = new ArrayList<>(best);
        slots.sort(this::compareSlots);
        List<Head> page = new ArrayList<>();
        for (int i = offset; i < slots.size(); i++) {
            int slot = slots.get(i);
            page.add(new Head(heads[slot + DOC] - 1, Float.intBitsToFloat(heads[slot + SCORE]), key(slot)));
        }
        return new Page(page, eligible > offset + page.size());
    }

    private int key(int slot) {
        return order == SearchQuery.Order.RELEVANCE ? heads[slot + SCORE] : heads[slot + DAY];
    }

    private boolean comesAfter(int slot, After after) {
        int byKey = after.cursor().compareKey(key(slot));
        return byKey > 0 || byKey == 0 && slot / SLOTS >= after.firstGroup();
    }

    /** Negative when the head in slot {@code a} comes before the one in {@code b}. */
    private int compareSlots(int a, int b) {
        int byKey = switch (order) {
            case RELEVANCE -> Float.compare(Float.intBitsToFloat(heads[b + SCORE]), Float.intBitsToFloat(heads[a + SCORE]));
            case NEWEST -> Integer.compare(heads[b + DAY], heads[a + DAY]);
            case OLDEST -> Integer.compare(heads[a + DAY], heads[b + DAY]);
        };
        // Slots stand in group order: equal keys go by group value.
        return byKey != 0 ? byKey : Integer.compare(a, b);
    }

    /** How many groups matched. */
    int groups() {
        return groups;
    }

    /**
     * The heads as facets count them: all of them when there are at most {@code most}, else every
     * n-th group in the order the search met them (so the same sample for the same matches) for
     * about {@code most}; {@link FacetsCollector} hands them to the facet counts as if collected.
     */
    HeadSample sample(IndexReader reader, int most) {
        List<LeafReaderContext> leaves = reader.leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        int[] inLeaf = new int[leaves.size()];
        int step = Math.max(1, (groups + most - 1) / most);
        int counted = 0;
        for (int m = 0; m < groups; m += step) {
            int doc = heads[matched[m] * SLOTS + DOC] - 1;
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (bits[leaf] == null) {
                bits[leaf] = new FixedBitSet(leaves.get(leaf).reader().maxDoc());
            }
            bits[leaf].set(doc - leaves.get(leaf).docBase);
            inLeaf[leaf]++;
            counted++;
        }
        List<FacetsCollector.MatchingDocs> docs = new ArrayList<>();
        for (int leaf = 0; leaf < bits.length; leaf++) {
            if (bits[leaf] != null) {
                docs.add(new FacetsCollector.MatchingDocs(leaves.get(leaf), new BitDocIdSet(bits[leaf], inLeaf[leaf]), inLeaf[leaf], null));
            }
        }
        return new HeadSample(docs, counted == 0 ? 1 : (double) groups / counted, step > 1);
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
