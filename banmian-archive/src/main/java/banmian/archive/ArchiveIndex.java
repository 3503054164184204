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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
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
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Lucene side of the archive. A writable index holds the one IndexWriter of the data directory
 * (Lucene's write lock keeps a second process out) and searches near-real-time, so searches during an
 * ingest see each committed batch; a read-only index searches whatever was last committed. A crash
 * loses at most the batch since the last commit: the index always opens at its last commit point.
 */
final class ArchiveIndex implements Closeable {
    /** A match in the headline or among the story's names lifts it above a passing mention. */
    private static final float HEADLINE_BOOST = 3f;
    private static final float NAMES_BOOST = 2f;
    private static final int FACET_VALUES = 10;
    private static final int FACET_SAMPLE = 1_000;
    private static final long FACET_SEED = 1;
    private static final Sort NEWEST_FIRST = new Sort(new SortField(StoryDocuments.DAY, SortField.Type.LONG, true));
    /** Copies of one wire story are folded into one hit, so more stories are read than are shown. */
    private static final int COLLAPSE_HEADROOM = 3;
    private static final int SNIPPET_LENGTH = 160;
    /**
     * Searchers that spread one query's segments over the cores: a common word matches most of a
     * large archive, and its latency halves on two cores when the machine is otherwise idle.
     */
    private static final SearcherFactory PARALLEL_SEARCHERS = new SearcherFactory() {
        private final ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
            Thread thread = new Thread(runnable, "banmian-search");
            thread.setDaemon(true);
            return thread;
        });

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new IndexSearcher(reader, pool);
        }
    };
    private static final Query STORIES = new TermQuery(new Term(StoryDocuments.KIND, StoryDocuments.STORY));

    private final Directory directory;
    private final IndexWriter writer;
    private final ReferenceManager<IndexSearcher> searchers;
    private final Analyzer analyzer = new ChineseAnalyzer();
    private final FacetsConfig facetsConfig = StoryDocuments.facetsConfig();
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private ArchiveIndex(Directory directory, IndexWriter writer, ReferenceManager<IndexSearcher> searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    static ArchiveIndex openWritable(Path path) throws IOException {
        Directory directory = FSDirectory.open(path);
        IndexWriter writer;
        try {
            IndexWriterConfig config = new IndexWriterConfig(new ChineseAnalyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException("the archive index " + path + " is in use by another banmian process (a running serve "
                    + "or ingest); stop it, or upload through its REST API", e);
        }
        if (!DirectoryReader.indexExists(directory)) {
            writer.commit();
        }
        return new ArchiveIndex(directory, writer, new SearcherManager(writer, PARALLEL_SEARCHERS));
    }

    static ArchiveIndex openReadOnly(Path path) throws IOException {
        Directory directory = FSDirectory.open(path);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IOException("no archive index at " + path + " (run banmian ingest first)");
        }
        return new ArchiveIndex(directory, null, new SearcherManager(directory, PARALLEL_SEARCHERS));
    }

    boolean writable() {
        return writer != null;
    }

    /** Replaces every document of one issue (its stories and pages) in one atomic update. */
    void replaceIssue(String issue, List<Document> documents) throws IOException {
        requireWritable().updateDocuments(new Term(StoryDocuments.ISSUE, issue), documents);
    }

    void commit() throws IOException {
        requireWritable().commit();
        searchers.maybeRefreshBlocking();
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Picks up what another process (or this one) committed, without waiting if a refresh is running. */
    void refreshIfChanged() throws IOException {
        searchers.maybeRefresh();
    }

    private IndexWriter requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("the archive was opened read-only");
        }
        return writer;
    }

    /** The source hash a page was last ingested from, if the index holds the page. */
    Optional<String> pageSourceHash(String pageId) throws IOException {
        return firstStored(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(StoryDocuments.KIND, StoryDocuments.PAGE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(StoryDocuments.ID, pageId)), BooleanClause.Occur.FILTER).build())
                .map(doc -> doc.get(StoryDocuments.SOURCE_HASH));
    }

    /** The stored fields of the story that has {@code id} as its id or as one of its parts. */
    Optional<Document> story(String id) throws IOException {
        return firstStored(new BooleanQuery.Builder()
                .add(STORIES, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(StoryDocuments.PARTS, id)), BooleanClause.Occur.FILTER).build());
    }

    /**
     * The syndication group of an earlier story (of another issue) whose fingerprint is within
     * {@link SimHash#NEAR} bits of {@code fingerprint}.
     */
    Optional<String> nearDuplicateGroup(long fingerprint, String excludedIssue) throws IOException {
        BooleanQuery.Builder bands = new BooleanQuery.Builder();
        for (String band : SimHash.bands(fingerprint)) {
            bands.add(new TermQuery(new Term(StoryDocuments.BAND, band)), BooleanClause.Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder()
                .add(STORIES, BooleanClause.Occur.FILTER)
                .add(bands.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(StoryDocuments.ISSUE, excludedIssue)), BooleanClause.Occur.MUST_NOT).build();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs candidates = searcher.search(query, 50, new Sort(new SortField(StoryDocuments.DAY, SortField.Type.LONG)));
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc candidate : candidates.scoreDocs) {
                // Doc values, not stored fields: a wire story's hundredth copy must not read ninety-nine bodies.
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(candidate.doc, leaves));
                int doc = candidate.doc - leaf.docBase;
                NumericDocValues fingerprints = leaf.reader().getNumericDocValues(StoryDocuments.FINGERPRINT);
                if (fingerprints != null && fingerprints.advanceExact(doc) && SimHash.near(fingerprint, fingerprints.longValue())) {
                    return Optional.of(sortedValue(leaf, StoryDocuments.GROUP, doc));
                }
            }
            return Optional.empty();
        } finally {
            searchers.release(searcher);
        }
    }

    long storyCount() throws IOException {
        return count(STORIES);
    }

    long pageCount() throws IOException {
        return count(new TermQuery(new Term(StoryDocuments.KIND, StoryDocuments.PAGE)));
    }

    private long count(Query query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(query);
        } finally {
            searchers.release(searcher);
        }
    }

    private Optional<Document> firstStored(Query query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(query, 1);
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
        } finally {
            searchers.release(searcher);
        }
    }

    SearchResults search(SearchQuery request) throws IOException {
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
        IndexSearcher searcher = searchers.acquire();
        try {
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
        } finally {
            searchers.release(searcher);
        }
    }

    /** A document's value of a single-valued string doc-values field ({@code ""} when it has none). */
    private static String sortedValue(LeafReaderContext leaf, String field, int doc) throws IOException {
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

    List<String> otherPapersOf(String storyId) throws IOException {
        Optional<Document> doc = story(storyId);
        if (doc.isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return otherPapers(searcher, doc.get().get(StoryDocuments.GROUP), doc.get().get(StoryDocuments.PAPER));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The other papers that printed a story of this syndication group. */
    private List<String> otherPapers(IndexSearcher searcher, String group, String paper) throws IOException {
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

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                if (writer != null) {
                    writer.close();
                }
            } finally {
                directory.close();
            }
        }
    }
}
