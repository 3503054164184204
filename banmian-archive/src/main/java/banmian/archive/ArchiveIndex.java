package banmian.archive;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Lucene side of the archive. A writable index holds the one IndexWriter of the data directory
 * (Lucene's write lock keeps a second process out) and searches near-real-time, so searches during an
 * ingest see each committed batch; a read-only index searches whatever was last committed. A crash
 * loses at most the batch since the last commit: the index always opens at its last commit point.
 */
final class ArchiveIndex implements Closeable {
    /**
     * Searchers that spread one query's segments over the cores: a common word matches most of a
     * large archive, and its latency halves on two cores when the machine is otherwise idle.
     */
    private static final SearcherFactory PARALLEL_SEARCHERS = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new SlicedSearcher(reader);
        }
    };
    /**
     * The most clauses one query may hold, counted over the whole query when it is searched (Lucene's
     * default is 1024). Lower than the default because a search holds its words three times; a query
     * over it is refused ({@link QueryTooLargeException}) before any work.
     */
    static final int MAX_CLAUSES = 512;

    static {
        IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
    }

    /** A searcher over the shared pool of search threads, in as many slices as cores. */
    private static final class SlicedSearcher extends IndexSearcher {
        private static final int CORES = Runtime.getRuntime().availableProcessors();
        private static final ExecutorService POOL = Executors.newFixedThreadPool(CORES, runnable -> {
            Thread thread = new Thread(runnable, "banmian-search");
            thread.setDaemon(true);
            return thread;
        });

        SlicedSearcher(IndexReader reader) {
            super(reader, POOL);
        }

        /** As many slices as cores: each slice of a search keeps its own heads of every group ({@link GroupHeads}). */
        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            int docs = leaves.stream().mapToInt(leaf -> leaf.reader().maxDoc()).sum();
            return slices(leaves, Math.max(1, docs / CORES + 1), Integer.MAX_VALUE);
        }
    }

    private static final Query STORIES = StorySearch.STORIES;
    /**
     * The version of what the index's documents hold, kept in the commit's user data. An index of an
     * older version (or none: before versions were kept) is rebuilt from the stored pages when the
     * archive is next opened for writing. 2: unigrams beside bigrams, author and section facets, page
     * documents for the issue browser.
     */
    static final int SCHEMA_VERSION = 2;
    private static final String SCHEMA_KEY = "banmian.schema";

    private final Directory directory;
    private final IndexWriter writer;
    private final ReferenceManager<IndexSearcher> searchers;
    private final StorySearch stories = new StorySearch();
    /** One narrow lane for every search of this archive. */
    private final SearchAdmission admission = SearchAdmission.forThisMachine();

    private ArchiveIndex(Directory directory, IndexWriter writer, ReferenceManager<IndexSearcher> searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    static ArchiveIndex openWritable(Path path) throws IOException {
        Directory directory = FSDirectory.open(path);
        IndexWriter writer;
        try {
            IndexWriterConfig config = new IndexWriterConfig(ChineseAnalyzer.indexing());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException("the archive index " + path + " is in use by another banmian process (a running serve "
                    + "or ingest); stop it, or upload through its REST API", e);
        }
        if (!DirectoryReader.indexExists(directory) || writer.getDocStats().numDocs == 0) {
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, String.valueOf(SCHEMA_VERSION)).entrySet());
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

    /** Replaces every document of one issue (its stories and pages) in one atomic update; none left: the issue goes. */
    void replaceIssue(String issue, List<Document> documents) throws IOException {
        Term issueTerm = new Term(StoryDocuments.ISSUE, issue);
        if (documents.isEmpty()) {
            // An update to no documents trips Lucene's accounting (an assertion when the writer closes).
            requireWritable().deleteDocuments(issueTerm);
            return;
        }
        requireWritable().updateDocuments(issueTerm, documents);
    }

    void commit() throws IOException {
        requireWritable().commit();
        searchers.maybeRefreshBlocking();
    }

    /** Whether the documents were written by an older banmian (see {@link #SCHEMA_VERSION}). */
    boolean outdated() {
        String version = null;
        Iterable<Map.Entry<String, String>> data = requireWritable().getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                version = entry.getKey().equals(SCHEMA_KEY) ? entry.getValue() : version;
            }
        }
        return !String.valueOf(SCHEMA_VERSION).equals(version);
    }

    /** Records, from the next commit on, that every document is of the current version. */
    void markCurrent() {
        requireWritable().setLiveCommitData(Map.of(SCHEMA_KEY, String.valueOf(SCHEMA_VERSION)).entrySet());
    }

    /** A read of the current searcher's view. */
    interface Reading<T> {
        T read(IndexSearcher searcher) throws IOException;
    }

    <T> T read(Reading<T> reading) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return reading.read(searcher);
        } finally {
            searchers.release(searcher);
        }
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
                    return Optional.of(StorySearch.sortedValue(leaf, StoryDocuments.GROUP, doc));
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

    /**
     * One search, stopped when it runs past {@code budget}: a searcher of its own over the current
     * reader carries the deadline (a searcher's timeout and its timed-out flag are per searcher), and
     * a search stopped early answers {@link SearchTimeoutException} rather than partial results. A
     * costly query waits for the narrow lane or is refused ({@link SearchAdmission}).
     */
    SearchResults search(SearchQuery request, Duration budget) throws IOException {
        long deadline = System.nanoTime() + budget.toNanos();
        IndexSearcher shared = searchers.acquire();
        try {
            StorySearch.Prepared prepared = stories.prepare(request);
            try (SearchAdmission.Ticket admitted = admission.admit(prepared.query(), shared.getIndexReader(), deadline, budget)) {
                IndexSearcher searcher;
                if (admitted.costly()) {
                    // On this thread alone, leaving the shared search threads to the others; the timeout's
                    // checks, between blocks of documents, are where it yields to other requests.
                    searcher = new IndexSearcher(shared.getIndexReader());
                    CostlyWork.Pacer pacer = admission.lane().pacer();
                    searcher.setTimeout(() -> {
                        pacer.pace();
                        return System.nanoTime() - deadline > 0;
                    });
                } else {
                    searcher = new SlicedSearcher(shared.getIndexReader());
                    searcher.setTimeout(() -> System.nanoTime() - deadline > 0);
                }
                SearchResults results = stories.search(searcher, request, prepared);
                if (searcher.timedOut()) {
                    throw new SearchTimeoutException(budget);
                }
                return results;
            }
        } catch (IndexSearcher.TooManyClauses tooMany) {
            throw new QueryTooLargeException();
        } finally {
            searchers.release(shared);
        }
    }

    List<String> otherPapersOf(String storyId) throws IOException {
        Optional<Document> doc = story(storyId);
        if (doc.isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return StorySearch.otherPapers(searcher, doc.get().get(StoryDocuments.GROUP), doc.get().get(StoryDocuments.PAPER));
        } finally {
            searchers.release(searcher);
        }
    }

    FacetsConfig facetsConfig() {
        return stories.facetsConfig();
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
