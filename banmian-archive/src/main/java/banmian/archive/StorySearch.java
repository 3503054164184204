package banmian.archive;

import banmian.model.EntityType;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One search over the story documents: the words as a query on the catch-all field (with the
 * headline and names lifting a story), the filters, one hit per syndication group, snippets with the
 * matched words marked, and facets (counted on a sample when the result is large).
 */
final class StorySearch {
    static final Query STORIES = new TermQuery(new Term(StoryDocuments.KIND, StoryDocuments.STORY));
    /** A match in the headline or among the story's names lifts it above a passing mention. */
    private static final float HEADLINE_BOOST = 3f;
    private static final float NAMES_BOOST = 2f;
    private static final int FACET_VALUES = 10;
    private static final int FACET_SAMPLE = 5_000;
    private static final long FACET_SEED = 1;
    private static final Sort NEWEST_FIRST = new Sort(new SortField(StoryDocuments.DAY, SortField.Type.LONG, true));
    /** Copies of one wire story are folded into one hit, so more stories are read than are shown. */
    private static final int COLLAPSE_HEADROOM = 3;
    private static final int SNIPPET_LENGTH = 160;

    private final Analyzer analyzer = new ChineseAnalyzer();
    private final FacetsConfig facetsConfig = StoryDocuments.facetsConfig();
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    SearchResults search(IndexSearcher searcher, SearchQuery request) throws IOException {
        Query text = parse(request.text());
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(STORIES, BooleanClause.Occur.FILTER);
        builder.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        addTermFilter(builder, StoryDocuments.PAPER, request.paper());
        addTermFilter(builder, EntityType.PERSON.jsonName(), request.person());
        addTermFilter(builder, EntityType.PLACE.jsonName(), request.place());
        addTermFilter(builder, EntityType.ORGANIZATION.jsonName(), request.organization());
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            builder.add(LongPoint.newRangeQuery(StoryDocuments.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        Query query = builder.build();
        int wanted = (request.offset() + request.limit()) * COLLAPSE_HEADROOM;
        CollectorManager<?, ? extends TopDocs> top = text == null
                ? TopFieldCollector.createSharedManager(NEWEST_FIRST, wanted, null, Integer.MAX_VALUE)
                : TopScoreDocCollector.createSharedManager(wanted, null, Integer.MAX_VALUE);
        // Facets of a large result are counted on a random sample and scaled up.
        CollectorManager<RandomSamplingFacetsCollector, RandomSamplingFacetsCollector> facetsManager =
                RandomSamplingFacetsCollector.createManager(FACET_SAMPLE, FACET_SEED);
        Object[] results = searcher.search(query, new MultiCollectorManager(top, facetsManager));
        TopDocs topDocs = (TopDocs) results[0];
        RandomSamplingFacetsCollector facetsCollector = (RandomSamplingFacetsCollector) results[1];
        List<ScoreDoc> shown = collapse(searcher, topDocs.scoreDocs, request);
        return new SearchResults(topDocs.totalHits.value, hits(searcher, shown, text),
                facets(searcher, facetsCollector), sampled(facetsCollector));
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

    /** One hit per syndication group, from {@code offset} on. */
    private List<ScoreDoc> collapse(IndexSearcher searcher, ScoreDoc[] docs, SearchQuery request) throws IOException {
        Set<String> groups = new HashSet<>();
        List<ScoreDoc> shown = new ArrayList<>();
        int skipped = 0;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
            String group = sortedValue(leaf, StoryDocuments.GROUP, doc.doc - leaf.docBase);
            if (!groups.add(group)) {
                continue;
            }
            if (skipped++ < request.offset()) {
                continue;
            }
            shown.add(doc);
            if (shown.size() == request.limit()) {
                break;
            }
        }
        return shown;
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, List<ScoreDoc> shown, Query text) throws IOException {
        int[] docIds = shown.stream().mapToInt(doc -> doc.doc).toArray();
        String[] snippets = snippets(searcher, docIds, text);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            Document doc = searcher.storedFields().document(docIds[i]);
            String paper = doc.get(StoryDocuments.PAPER);
            List<Integer> pages = Arrays.stream(doc.get(StoryDocuments.PAGES).split(",")).map(Integer::valueOf).toList();
            hits.add(new SearchResults.Hit(doc.get(StoryDocuments.ID), paper, LocalDate.parse(doc.get(StoryDocuments.DATE)),
                    pages, doc.get(StoryDocuments.KICKER), doc.get(StoryDocuments.HEADLINE), snippets[i],
                    Float.isNaN(shown.get(i).score) ? 0 : shown.get(i).score, otherPapers(searcher, doc.get(StoryDocuments.GROUP), paper)));
        }
        return hits;
    }

    private String[] snippets(IndexSearcher searcher, int[] docIds, Query text) throws IOException {
        String[] snippets = new String[docIds.length];
        if (text != null && docIds.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
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

    private Map<String, List<SearchResults.FacetValue>> facets(IndexSearcher searcher, RandomSamplingFacetsCollector collector)
            throws IOException {
        Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) {
            return facets;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
        double scale = sampled(collector) ? 1 / collector.getSamplingRate() : 1;
        List<String> dims = new ArrayList<>(List.of(StoryDocuments.FACET_PAPER, StoryDocuments.FACET_DATE));
        for (EntityType type : EntityType.values()) {
            dims.add(type.jsonName());
        }
        Set<String> indexed = new HashSet<>();
        state.getDims().forEach(indexed::add);
        for (String dim : dims) {
            FacetResult top = indexed.contains(dim) ? counts.getTopChildren(FACET_VALUES, dim) : null;
            List<SearchResults.FacetValue> values = new ArrayList<>();
            if (top != null) {
                for (LabelAndValue value : top.labelValues) {
                    values.add(new SearchResults.FacetValue(value.label, Math.round(value.value.longValue() * scale)));
                }
            }
            facets.put(dim, values);
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
        QueryParser parser = new QueryParser(field, analyzer);
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

    private static void addTermFilter(BooleanQuery.Builder builder, String field, String value) {
        if (value != null && !value.isBlank()) {
            builder.add(new TermQuery(new Term(field, Folding.fold(value.strip()))), BooleanClause.Occur.FILTER);
        }
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }
}
