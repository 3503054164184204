package banmian.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CachingCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.grouping.FirstPassGroupingCollector;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.SearchGroup;
import org.apache.lucene.search.grouping.TermGroupSelector;
import org.apache.lucene.search.grouping.TopGroupsCollector;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One search over the story documents: the words as a query on the catch-all field (with the
 * headline and names lifting a story), the filters, copies of one wire story collapsed into one hit
 * by Lucene's two-pass grouping on {@link StoryDocuments#GROUP}, the matching groups counted and
 * their heads found by {@link GroupHeads}, snippets with the matched words marked, and facets counted
 * over the groups' heads (on a sample when there are very many).
 */
final class StorySearch {
    static final Query STORIES = new TermQuery(new Term(StoryDocuments.KIND, StoryDocuments.STORY));
    /** A match in the headline or among the story's names lifts it above a passing mention. */
    private static final float HEADLINE_BOOST = 3f;
    private static final float NAMES_BOOST = 2f;
    private static final int FACET_SAMPLE = 5_000;
    private static final long FACET_SEED = 1;
    private static final SortField NEWEST_FIRST = new SortField(StoryDocuments.DAY, SortField.Type.LONG, true);
    /**
     * The matches of the grouping's first pass are kept for its second (which finds each top group's
     * best copy) when they fit: a word in every story of 200,000 takes about 1.6 MB with scores.
     */
    private static final double GROUPING_CACHE_MB = 8;
    private static final int SNIPPET_LENGTH = 160;

    private final Analyzer queryAnalyzer = ChineseAnalyzer.querying();
    private final Analyzer textAnalyzer = ChineseAnalyzer.indexing();
    private final FacetsConfig facetsConfig = StoryDocuments.facetsConfig();
    private volatile FacetState facetState;
    private volatile GroupHeads.Ordinals groupOrdinals;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    SearchResults search(IndexSearcher searcher, SearchQuery request) throws IOException {
        Query text = parse(request.text());
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(STORIES, BooleanClause.Occur.FILTER);
        builder.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        for (Map.Entry<Facet, String> filter : request.filters().entrySet()) {
            builder.add(new TermQuery(new Term(filter.getKey().key(), Folding.fold(filter.getValue().strip()))), BooleanClause.Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            builder.add(LongPoint.newRangeQuery(StoryDocuments.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        Query query = builder.build();
        Sort order = sort(request.effectiveOrder());
        // One pass finds the top groups (Lucene's first-pass grouping collector) and every group's
        // head; the second pass, replayed from the cached matches, finds each top group's first copy.
        FirstPassGroupingCollector<BytesRef> firstPass = new FirstPassGroupingCollector<>(
                new TermGroupSelector(StoryDocuments.GROUP), order, request.offset() + request.limit());
        GroupHeads heads = new GroupHeads(groupOrdinals(searcher.getIndexReader()), request.effectiveOrder());
        CachingCollector matches = CachingCollector.create(MultiCollector.wrap(firstPass, heads), order.needsScores(), GROUPING_CACHE_MB);
        searcher.search(query, matches);
        List<ScoreDoc> shown = new ArrayList<>();
        Collection<SearchGroup<BytesRef>> topGroups = firstPass.getTopGroups(request.offset());
        if (topGroups != null) {
            TopGroupsCollector<BytesRef> secondPass = new TopGroupsCollector<>(new TermGroupSelector(StoryDocuments.GROUP), topGroups,
                    order, order, 1, false);
            if (matches.isCached()) {
                matches.replay(secondPass);
            } else {
                searcher.search(query, secondPass);
            }
            for (GroupDocs<BytesRef> group : secondPass.getTopGroups(0).groups) {
                shown.add(group.scoreDocs[0]);
            }
        }
        RandomSamplingFacetsCollector facetsCollector = headsForFacets(searcher, heads.heads(searcher.getIndexReader().maxDoc()));
        return new SearchResults(heads.groups(), hits(searcher, shown, text, order),
                facets(searcher, facetsCollector, request), sampled(facetsCollector));
    }

    /** The group values' global ordinals are per reader and cost a read of every segment's terms: kept until the searcher moves on. */
    private GroupHeads.Ordinals groupOrdinals(IndexReader reader) throws IOException {
        GroupHeads.Ordinals current = groupOrdinals;
        if (current == null || !current.isFor(reader)) {
            current = GroupHeads.Ordinals.of(reader);
            groupOrdinals = current;
        }
        return current;
    }

    private static Sort sort(SearchQuery.Order order) {
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, NEWEST_FIRST);
            case NEWEST -> new Sort(NEWEST_FIRST);
            case OLDEST -> new Sort(new SortField(StoryDocuments.DAY, SortField.Type.LONG));
        };
    }

    /**
     * The head of every matching group (the copy it is shown by), gathered for facet counting: so a
     * facet counts groups as {@code total} does, each by the values of its shown copy.
     */
    private static RandomSamplingFacetsCollector headsForFacets(IndexSearcher searcher, FixedBitSet heads) throws IOException {
        // Facets of a large result are counted on a random sample and scaled up.
        RandomSamplingFacetsCollector collector = new RandomSamplingFacetsCollector(FACET_SAMPLE, FACET_SEED);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafCollector leafCollector = collector.getLeafCollector(leaf);
            int end = leaf.docBase + leaf.reader().maxDoc();
            int doc = leaf.docBase < heads.length() ? heads.nextSetBit(leaf.docBase) : DocIdSetIterator.NO_MORE_DOCS;
            while (doc < end) {
                leafCollector.collect(doc - leaf.docBase);
                doc = doc + 1 < heads.length() ? heads.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
            }
            leafCollector.finish();
        }
        return collector;
    }

    /** A document's value of a single-valued string doc-values field ({@code ""} when it has none). */
    static String sortedValue(LeafReaderContext leaf, String field, int doc) throws IOException {
        SortedDocValues values = leaf.reader().getSortedDocValues(field);
        return values != null && values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }

    /** Whether facets were counted on a sample (the collector reports a rate of 0 when it kept every match). */
    private static boolean sampled(RandomSamplingFacetsCollector collector) {
        collector.getMatchingDocs();
        return collector.getSamplingRate() > 0 && collector.getSamplingRate() < 1;
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, List<ScoreDoc> shown, Query text, Sort order) throws IOException {
        int[] docIds = shown.stream().mapToInt(doc -> doc.doc).toArray();
        String[] snippets = snippets(searcher, docIds, text);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            Document doc = searcher.storedFields().document(docIds[i]);
            String paper = doc.get(StoryDocuments.PAPER);
            List<Integer> pages = Arrays.stream(doc.get(StoryDocuments.PAGES).split(",")).map(Integer::valueOf).toList();
            hits.add(new SearchResults.Hit(doc.get(StoryDocuments.ID), paper, LocalDate.parse(doc.get(StoryDocuments.DATE)),
                    pages, doc.get(StoryDocuments.KICKER), doc.get(StoryDocuments.HEADLINE), snippets[i],
                    score(shown.get(i), order), otherPapers(searcher, doc.get(StoryDocuments.GROUP), paper)));
        }
        return hits;
    }

    /** A hit's relevance score, 0 when the hits were ordered by date. */
    private static float score(ScoreDoc hit, Sort order) {
        if (order.needsScores() && hit instanceof FieldDoc fields && fields.fields[0] instanceof Float score) {
            return score;
        }
        return Float.isNaN(hit.score) ? 0 : hit.score;
    }

    private String[] snippets(IndexSearcher searcher, int[] docIds, Query text) throws IOException {
        String[] snippets = new String[docIds.length];
        if (text != null && docIds.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, textAnalyzer)
                    .withFormatter(new DefaultPassageFormatter(String.valueOf(SearchResults.MARK_START),
                            String.valueOf(SearchResults.MARK_END), "…", false))
                    .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.CHINA))
                    .withMaxNoHighlightPassages(1)
                    // The query names the catch-all field; its words are marked wherever they stand in the body.
                    .withFieldMatcher(field -> true)
                    .build();
            String[] highlighted = highlighter.highlightFields(new String[]{StoryDocuments.BODY}, text, docIds, new int[]{2})
                    .get(StoryDocuments.BODY);
            System.arraycopy(highlighted, 0, snippets, 0, docIds.length);
        }
        for (int i = 0; i < docIds.length; i++) {
            if (snippets[i] == null) {
                String body = searcher.storedFields().document(docIds[i], Set.of(StoryDocuments.BODY)).get(StoryDocuments.BODY);
                snippets[i] = body == null ? "" : body;
            }
            // A highlighted snippet may run to two sentences; a plain opening is cut shorter.
            int limit = snippets[i].indexOf(SearchResults.MARK_START) >= 0 ? SNIPPET_LENGTH * 2 : SNIPPET_LENGTH;
            if (snippets[i].length() > limit) {
                snippets[i] = snippets[i].substring(0, limit) + "…";
            }
        }
        return snippets;
    }

    /** The other papers that printed a story of this syndication group. */
    static List<String> otherPapers(IndexSearcher searcher, String group, String paper) throws IOException {
        Query query = new BooleanQuery.Builder().add(STORIES, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(StoryDocuments.GROUP, group)), BooleanClause.Occur.FILTER).build();
        if (searcher.count(query) <= 1) {
            return List.of();   // the usual case: a story printed once
        }
        Set<String> papers = new LinkedHashSet<>();
        for (ScoreDoc doc : searcher.search(query, 200).scoreDocs) {
            papers.add(searcher.storedFields().document(doc.doc, Set.of(StoryDocuments.PAPER)).get(StoryDocuments.PAPER));
        }
        papers.remove(paper);
        return List.copyOf(papers);
    }

    private Map<String, SearchResults.FacetCounts> facets(IndexSearcher searcher, RandomSamplingFacetsCollector collector,
                                                           SearchQuery request) throws IOException {
        Map<String, SearchResults.FacetCounts> facets = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        SortedSetDocValuesFacetCounts counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, collector);
        double scale = sampled(collector) ? 1 / collector.getSamplingRate() : 1;
        Set<String> indexed = new HashSet<>();
        if (state != null) {
            state.getDims().forEach(indexed::add);
        }
        for (Facet facet : Facet.values()) {
            int limit = request.facetLimit(facet);
            FacetResult top = indexed.contains(facet.key()) ? counts.getTopChildren(limit, facet.key()) : null;
            List<SearchResults.FacetValue> values = new ArrayList<>();
            if (top != null) {
                for (LabelAndValue value : top.labelValues) {
                    values.add(new SearchResults.FacetValue(value.label, Math.round(value.value.longValue() * scale)));
                }
            }
            if (facet == Facet.DATE) {
                // The busiest days, told in time order (ISO dates sort as text).
                values.sort(Comparator.comparing(SearchResults.FacetValue::value));
            }
            facets.put(facet.key(), new SearchResults.FacetCounts(values, top != null && top.childCount > limit));
        }
        return facets;
    }

    /** Facet ordinals are per reader and costly to build: kept until the searcher moves on. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    /**
     * The words must all occur in the story's text (one catch-all field, matched once); occurring in
     * the headline or among its names adds to the score.
     */
    private Query parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Query all = parse(StoryDocuments.ALL_TEXT, text);
        return new BooleanQuery.Builder()
                .add(all, BooleanClause.Occur.MUST)
                .add(new BoostQuery(parse(StoryDocuments.HEADLINE, text), HEADLINE_BOOST), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(parse(StoryDocuments.NAMES, text), NAMES_BOOST), BooleanClause.Occur.SHOULD)
                .build();
    }

    private Query parse(String field, String text) {
        QueryParser parser = new QueryParser(field, queryAnalyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            return parser.parse(text);
        } catch (ParseException unbalancedSyntax) {
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException e) {
                throw new IllegalArgumentException("cannot read the query \"" + text + "\"", e);
            }
        }
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }
}
