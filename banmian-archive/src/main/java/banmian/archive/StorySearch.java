package banmian.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * by grouping on {@link StoryDocuments#GROUP} ({@link GroupedSearch}: every matching group's head,
 * the copy it is shown by, found in one pass), snippets with
 * the matched words marked, and facets counted over the groups' heads (on a sample of them when there
 * are very many).
 */
final class StorySearch {
    static final Query STORIES = new TermQuery(new Term(StoryDocuments.KIND, StoryDocuments.STORY));
    /** A match in the headline or among the story's names lifts it above a passing mention. */
    private static final float HEADLINE_BOOST = 3f;
    private static final float NAMES_BOOST = 2f;
    private static final int FACET_SAMPLE = 5_000;
    private static final int SNIPPET_LENGTH = 160;

    private final Analyzer queryAnalyzer = ChineseAnalyzer.querying();
    private final Analyzer textAnalyzer = ChineseAnalyzer.indexing();
    private final FacetsConfig facetsConfig = StoryDocuments.facetsConfig();
    private volatile FacetState facetState;
    private volatile GroupHeads.Ordinals groupOrdinals;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /** A request read into Lucene's terms: its words alone (null: none; the snippets mark them) and the whole query. */
    record Prepared(Query text, Query query) {
    }

    SearchResults search(IndexSearcher searcher, SearchQuery request) throws IOException {
        return search(searcher, request, prepare(request));
    }

    /** The request's query, to be weighed before it runs ({@link SearchAdmission}). */
    Prepared prepare(SearchQuery request) {
        Query text = parse(request.text());
        return new Prepared(text, query(request, text));
    }

    SearchResults search(IndexSearcher searcher, SearchQuery request, Prepared prepared) throws IOException {
        Query text = prepared.text();
        Query query = prepared.query();
        SearchQuery.Order order = request.effectiveOrder();
        GroupedSearch.Result grouped = GroupedSearch.run(searcher, query, order, groupOrdinals(searcher.getIndexReader()),
                request.offset(), request.limit(), request.after());
        GroupHeads.Page shown = grouped.shown();
        GroupHeads heads = grouped.heads();
        int groups = heads.groups();
        GroupHeads.HeadSample counted;
        try {
            // Facets of many groups are counted on a sample of them and scaled up.
            counted = heads.sample(searcher.getIndexReader(), FACET_SAMPLE);
        } finally {
            heads.release();
        }
        List<SearchResults.Hit> hits = hits(searcher, shown.heads(), text);
        SearchCursor next = null;
        if (shown.more() && !hits.isEmpty()) {
            GroupHeads.Head last = shown.heads().get(shown.heads().size() - 1);
            next = new SearchCursor(order, last.key(), hits.get(hits.size() - 1).group());
        }
        return new SearchResults(groups, hits, facets(searcher, counted, request), counted.sampled(), next);
    }

    /** The words (null: every story) narrowed by the request's filters and dates. */
    private static Query query(SearchQuery request, Query text) {
        // Only stories have text: words need no filter to leave the page documents out.
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text == null ? STORIES : text, BooleanClause.Occur.MUST);
        for (Map.Entry<Facet, String> filter : request.filters().entrySet()) {
            builder.add(new TermQuery(new Term(filter.getKey().key(), Folding.fold(filter.getValue().strip()))), BooleanClause.Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            builder.add(LongPoint.newRangeQuery(StoryDocuments.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return builder.build();
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

    /** A document's value of a single-valued string doc-values field ({@code ""} when it has none). */
    static String sortedValue(LeafReaderContext leaf, String field, int doc) throws IOException {
        SortedDocValues values = leaf.reader().getSortedDocValues(field);
        return values != null && values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, List<GroupHeads.Head> shown, Query text) throws IOException {
        int[] docIds = shown.stream().mapToInt(GroupHeads.Head::doc).toArray();
        String[] snippets = snippets(searcher, docIds, text);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            Document doc = searcher.storedFields().document(docIds[i]);
            String paper = doc.get(StoryDocuments.PAPER);
            List<Integer> pages = Arrays.stream(doc.get(StoryDocuments.PAGES).split(",")).map(Integer::valueOf).toList();
            hits.add(new SearchResults.Hit(doc.get(StoryDocuments.ID), paper, LocalDate.parse(doc.get(StoryDocuments.DATE)),
                    pages, doc.get(StoryDocuments.KICKER), doc.get(StoryDocuments.HEADLINE), snippets[i],
                    shown.get(i).score(), otherPapers(searcher, doc.get(StoryDocuments.GROUP), paper), doc.get(StoryDocuments.GROUP)));
        }
        return hits;
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

    private Map<String, SearchResults.FacetCounts> facets(IndexSearcher searcher, GroupHeads.HeadSample heads, SearchQuery request)
            throws IOException {
        Map<String, SearchResults.FacetCounts> facets = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        SortedSetDocValuesFacetCounts counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, heads.collector());
        double scale = heads.scale();
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
    Query parse(String text) {
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
        QueryParser parser = new LiteralTermsParser(field, queryAnalyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            return parser.parse(text);
        } catch (ParseException unbalancedSyntax) {
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException e) {
                if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
                    throw new QueryTooLargeException();
                }
                throw new IllegalArgumentException("q: cannot read the query", e);
            }
        }
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }
}
