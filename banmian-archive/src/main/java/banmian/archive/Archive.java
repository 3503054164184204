package banmian.archive;

import banmian.model.MetaCheck;
import banmian.model.Page;
import banmian.model.PageMeta;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An archive in one data directory: {@code pages/} holds every ingested page as JSON, {@code index/}
 * a Lucene index of its stories, {@code facsimiles/} the pages ingested from PDFs as they were printed
 * ({@link FacsimileStore}). Pages are added in batches: their JSON is written at once, and when
 * the batch is flushed every issue it touched is rebuilt from its stored pages (stories stitched across
 * pages, copies of wire stories grouped) and replaced in the index in one commit. So re-ingesting a
 * page replaces it, deleting one ({@link #delete}) rebuilds its issue without it, and an interrupted ingest leaves the index at its last commit, which a re-run
 * completes.
 */
public final class Archive implements Closeable {
    /** Where {@code --data} points unless told otherwise. */
    public static final Path DEFAULT_DATA = Path.of("banmian-data");

    private final PaperSlugs slugs;
    private final Ids ids;
    private final PageStore pages;
    private final FacsimileStore facsimiles;
    private final ArchiveIndex index;
    /** Issues touched since the last flush, and the pages added to them with their source hashes. */
    private final Map<String, Issue> pending = new LinkedHashMap<>();
    private final Map<String, Page> pendingPages = new LinkedHashMap<>();
    private final Map<String, String> sourceHashes = new LinkedHashMap<>();
    private final Object pendingLock = new Object();
    /**
     * Adds hold it shared (they run in parallel), a delete exclusively: a delete never finds a page
     * half added, its file written but not yet pending, to be indexed after its file is gone.
     */
    private final ReadWriteLock storing = new ReentrantReadWriteLock();

    private record Issue(String paper, LocalDate date) {
    }

    private Archive(Path data, ArchiveIndex index, boolean writable) throws IOException {
        this.slugs = PaperSlugs.open(data, writable);
        this.ids = new Ids(slugs);
        this.pages = new PageStore(data, ids);
        this.facsimiles = new FacsimileStore(data);
        this.index = index;
    }

    /** Opens (or creates) an archive to add pages to; one process at a time may hold it so. */
    public static Archive openForWriting(Path data) throws IOException {
        Files.createDirectories(data.resolve("pages"));
        Files.createDirectories(data.resolve("index"));
        ArchiveIndex index = ArchiveIndex.openWritable(data.resolve("index"));
        try {
            Archive archive = new Archive(data, index, true);
            if (index.outdated()) {
                archive.reindex();
            }
            return archive;
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Issues rebuilt per commit when an outdated index is rebuilt from the stored pages. */
    private static final int REINDEX_BATCH = 100;

    /**
     * Rebuilds every issue's documents from the stored pages, for an index written by an older
     * banmian ({@link ArchiveIndex#SCHEMA_VERSION}); the index is marked current only at the end, so
     * an interrupted rebuild starts again at the next opening. A damaged page is left out of its
     * issue, as a flush leaves it out, until its source is ingested again.
     */
    private void reindex() throws IOException {
        for (PageStore.IssueDirectory issue : pages.issues()) {
            Optional<Page> first = Optional.empty();
            for (int number : pages.numbers(issue.paperSlug(), issue.date())) {
                try {
                    first = pages.read(issue.paperSlug(), issue.date(), number);
                    break;
                } catch (DamagedFileException e) {
                    // Another page of the issue names its paper.
                }
            }
            if (first.isPresent()) {
                synchronized (pendingLock) {
                    pending.put(ids.issue(first.get().meta()), new Issue(first.get().meta().paper(), issue.date()));
                }
            }
            if (pending.size() >= REINDEX_BATCH) {
                flush();
            }
        }
        flush();
        index.markCurrent();
        index.commit();
    }

    /** Opens an existing archive to search and read, beside a process that may be writing to it. */
    public static Archive openForReading(Path data) throws IOException {
        if (!Files.isDirectory(data.resolve("index"))) {
            throw new IOException("no archive at " + data + " (run banmian ingest first, or give --data)");
        }
        ArchiveIndex index = ArchiveIndex.openReadOnly(data.resolve("index"));
        try {
            return new Archive(data, index, false);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * Whether the archive already holds this page as ingested from a source with this hash (so a
     * re-run can skip it). {@code meta} must be complete: paper, date and number.
     */
    public boolean holds(PageMeta meta, String sourceHash) throws IOException {
        return index.pageSourceHash(ids.page(meta)).map(sourceHash::equals).orElse(false);
    }

    /**
     * Stores a parsed page; it becomes searchable at the next {@link #flush()}. Safe to call from
     * several threads at once (the page's JSON is written by the calling thread). A page without a
     * date or number, or whose paper name, date or number {@link MetaCheck} refuses, is a
     * {@link MetaCheck.Invalid} and nothing is stored: callers check first, this is the last line.
     */
    public void add(Page page, String sourceHash) throws IOException {
        add(page, sourceHash, null);
    }

    /**
     * Stores a parsed page with its facsimile, the page as printed ({@code facsimile}: null for a page
     * read from a text layer, which then has none; an earlier facsimile of the page goes).
     */
    public void add(Page page, String sourceHash, PagePdf facsimile) throws IOException {
        PageMeta meta = MetaCheck.archivable(page.meta());
        slugs.register(meta.paper());
        storing.readLock().lock();
        try {
            pages.write(page);
            String slug = ids.paper(Ids.paperName(meta.paper()));
            if (facsimile == null) {
                facsimiles.remove(slug, meta.date(), meta.number());
            } else {
                facsimiles.write(slug, meta.date(), meta.number(), facsimile);
            }
            synchronized (pendingLock) {
                pending.put(ids.issue(meta), new Issue(meta.paper(), meta.date()));
                pendingPages.put(ids.page(meta), page);
                sourceHashes.put(ids.page(meta), sourceHash);
            }
        } finally {
            storing.readLock().unlock();
        }
    }

    /** What deleting a page did: the page's id, and problems the rebuild of its issue went past (as {@link #flush()}'s). */
    public record Deletion(String pageId, List<String> problems) {
        public Deletion {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Deletes a page: its stored files go ({@link #removeStoredFiles}), then its issue is rebuilt from
     * the pages left and replaced in the index in one commit, as a flush does: stories stitched across
     * the page are stitched again without it, and an issue left with no page leaves the index. Empty
     * when the archive holds no such page (neither its JSON nor its entry in the index).
     * <p>
     * Interrupted after the files went and before the commit, the index keeps its last commit: the
     * page's stories are still found by a search (opening one answers that it is absent) until the
     * delete is repeated, which finds the page in the index and completes, or until the issue is
     * flushed again for another page. The page JSON is the truth the index is rebuilt from. Safe beside
     * {@link #add} on other threads: an add of the same page lands wholly before the delete or after it.
     *
     * @param paper the paper's name or its slug
     */
    public synchronized Optional<Deletion> delete(String paper, LocalDate date, int number) throws IOException {
        String slug = ids.paper(paper);
        PageMeta filed = new PageMeta(slug, date, number, null);
        String pageId = ids.page(filed);
        storing.writeLock().lock();
        try {
            if (!holdsPage(slug, date, number)) {
                return Optional.empty();
            }
            synchronized (pendingLock) {
                // A page added but not flushed yet is deleted with the rest: it must not come back with the flush.
                pendingPages.remove(pageId);
                sourceHashes.remove(pageId);
                pending.put(ids.issue(filed), new Issue(slug, date));
            }
            removeStoredFiles(slug, date, number);
        } finally {
            storing.writeLock().unlock();
        }
        return Optional.of(new Deletion(pageId, flush()));
    }

    /**
     * Removes every file the archive keeps for one page. The page JSON is one; a store that keeps more
     * for a page (its source, its images) removes its files here too, before the index forgets the page.
     */
    private void removeStoredFiles(String paperSlug, LocalDate date, int number) throws IOException {
        facsimiles.remove(paperSlug, date, number);
        pages.delete(paperSlug, date, number);
    }

    /**
     * Where the archive files a page it holds (stored or indexed): the paper's registered name, the date
     * and the number, for a replacement to be filed in its place; empty when it holds no such page.
     *
     * @param paper the paper's name or its slug
     */
    public Optional<PageMeta> filing(String paper, LocalDate date, int number) throws IOException {
        slugs.refreshIfChanged();
        index.refreshIfChanged();
        Optional<String> name = slugs.name(paper);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return holdsPage(ids.paper(name.get()), date, number) ? Optional.of(new PageMeta(name.get(), date, number, null)) : Optional.empty();
    }

    /** Whether the archive holds a page: its JSON stored (readable or not), or its entry in the index. */
    private boolean holdsPage(String paperSlug, LocalDate date, int number) throws IOException {
        return pages.exists(paperSlug, date, number)
                || index.pageSourceHash(ids.page(new PageMeta(paperSlug, date, number, null))).isPresent();
    }

    /** What one flush rebuilds: the touched issues and the pages added to them; problems found on the way. */
    private record Batch(Map<String, Issue> issues, Map<String, Page> pages, Map<String, String> sourceHashes,
                         List<String> problems) {
    }

    /**
     * Rebuilds every issue touched by the pages added so far and commits the index. Pages added while
     * a flush runs wait for the next one. If the flush fails, its pages stay pending.
     *
     * @return problems that did not stop the flush, one line each: an issue's stored page that is
     *     damaged ({@link DamagedFileException}) is left out of the issue (and so out of the index
     *     until it is ingested again), and the other pages go in
     */
    public synchronized List<String> flush() throws IOException {
        Batch batch;
        synchronized (pendingLock) {
            batch = new Batch(new LinkedHashMap<>(pending), new LinkedHashMap<>(pendingPages), new LinkedHashMap<>(sourceHashes),
                    new ArrayList<>());
            pending.clear();
            pendingPages.clear();
            sourceHashes.clear();
        }
        if (batch.issues().isEmpty()) {
            return List.of();
        }
        boolean done = false;
        try {
            // Copies of a story within this batch are grouped here; earlier ones are found in the index.
            Syndication copies = new Syndication();
            for (Map.Entry<String, Issue> issue : batch.issues().entrySet()) {
                index.replaceIssue(issue.getKey(), documents(issue.getKey(), issue.getValue(), batch, copies));
            }
            index.commit();
            done = true;
            return List.copyOf(batch.problems());
        } finally {
            if (!done) {
                synchronized (pendingLock) {
                    batch.issues().forEach(pending::putIfAbsent);
                    batch.pages().forEach(pendingPages::putIfAbsent);
                    batch.sourceHashes().forEach(sourceHashes::putIfAbsent);
                }
            }
        }
    }

    /** The issue's pages: those added in this batch as they are in memory, the others read back. */
    private List<Page> issuePages(Issue issue, Batch batch) throws IOException {
        String slug = ids.paper(Ids.paperName(issue.paper()));
        List<Page> issuePages = new ArrayList<>();
        for (int number : pages.numbers(slug, issue.date())) {
            Page added = batch.pages().get(ids.page(new PageMeta(issue.paper(), issue.date(), number, null)));
            if (added != null) {
                issuePages.add(added);
                continue;
            }
            try {
                pages.read(slug, issue.date(), number).ifPresent(issuePages::add);
            } catch (DamagedFileException e) {
                batch.problems().add(e.getMessage() + "; left out of issue " + slug + "-" + issue.date()
                        + " until the page is ingested again");
            }
        }
        return issuePages;
    }

    private List<Document> documents(String issueId, Issue issue, Batch batch, Syndication copies) throws IOException {
        List<Page> issuePages = issuePages(issue, batch);
        List<Document> documents = new ArrayList<>();
        for (Page page : issuePages) {
            String pageId = ids.page(page.meta());
            String hash = batch.sourceHashes().containsKey(pageId) ? batch.sourceHashes().get(pageId)
                    : index.pageSourceHash(pageId).orElse("");
            documents.add(StoryDocuments.page(page.meta(), ids.paper(StoryDocuments.paperName(page.meta())), pageId, issueId, hash, page.articles().size()));
        }
        for (Story story : IssueAssembly.stories(issuePages, ids)) {
            OptionalLong fingerprint = SimHash.of(story.bodyText());
            String group = story.id();
            if (fingerprint.isPresent()) {
                Optional<String> earlier = copies.group(fingerprint.getAsLong(), issueId);
                group = earlier.isPresent() ? earlier.get() : index.nearDuplicateGroup(fingerprint.getAsLong(), issueId).orElse(story.id());
                copies.add(fingerprint.getAsLong(), group, issueId);
            }
            documents.add(StoryDocuments.story(story, issueId, group, fingerprint.orElse(0), fingerprint.isPresent(), index.facetsConfig()));
        }
        return documents;
    }

    /** The time a search may take unless given another budget. */
    public static final Duration SEARCH_BUDGET = Duration.ofSeconds(10);

    public SearchResults search(SearchQuery query) throws IOException {
        return search(query, SEARCH_BUDGET);
    }

    /**
     * A search stopped once it has run for {@code budget} ({@link SearchTimeoutException}); a query
     * with too many clauses is refused ({@link QueryTooLargeException}).
     */
    public SearchResults search(SearchQuery query, Duration budget) throws IOException {
        slugs.refreshIfChanged();
        index.refreshIfChanged();
        return index.search(query, budget);
    }

    /** The story an article id belongs to (its own, or the one it continues), read from the stored pages. */
    public Optional<Story> story(String articleId) throws IOException {
        slugs.refreshIfChanged();
        index.refreshIfChanged();
        Optional<Document> doc = index.story(articleId);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        List<Story.Part> parts = new ArrayList<>();
        for (IndexableField field : doc.get().getFields(StoryDocuments.PARTS)) {
            Optional<Story.Part> part = part(field.stringValue());
            if (part.isEmpty()) {
                return Optional.empty();
            }
            parts.add(part.get());
        }
        return Optional.of(new Story(parts));
    }

    private Optional<Story.Part> part(String id) throws IOException {
        Optional<Ids.ArticleRef> ref = Ids.parseArticle(id);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        Optional<Page> page = pages.read(ref.get().paperSlug(), ref.get().date(), ref.get().page());
        if (page.isEmpty() || ref.get().index() >= page.get().articles().size()) {
            return Optional.empty();
        }
        return Optional.of(new Story.Part(id, page.get().meta(), ref.get().index(), page.get().articles().get(ref.get().index())));
    }

    /** The other papers that printed the story with this id (a wire story's copies), or none. */
    public List<String> otherPapers(String storyId) throws IOException {
        return index.otherPapersOf(storyId);
    }

    /** The id of the story that an article of a page is part of (its own id unless it continues another). */
    public String storyIdOf(String articleId) throws IOException {
        return index.story(articleId).map(doc -> doc.get(StoryDocuments.ID)).orElse(articleId);
    }

    /** A stored page; {@code paper} is the paper's name or its id slug. */
    public Optional<Page> page(String paper, LocalDate date, int number) throws IOException {
        slugs.refreshIfChanged();
        return pages.read(ids.paper(paper), date, number);
    }

    /**
     * One issue's stored pages and its stories (for export); no pages when the archive holds none. A
     * stored page found damaged is a {@link DamagedFileException}: an issue is not exported without it.
     */
    public StoredIssue issue(String paper, LocalDate date) throws IOException {
        slugs.refreshIfChanged();
        String slug = ids.paper(paper);
        List<Page> issuePages = new ArrayList<>();
        for (int number : pages.numbers(slug, date)) {
            pages.read(slug, date, number).ifPresent(issuePages::add);
        }
        return new StoredIssue(issuePages, IssueAssembly.stories(issuePages, ids));
    }

    /** The page as printed, when it was ingested from a PDF; {@code paper} is the paper's name or its id slug. */
    public Optional<Facsimile> facsimile(String paper, LocalDate date, int number) throws IOException {
        slugs.refreshIfChanged();
        return facsimiles.read(ids.paper(paper), date, number);
    }

    /** The page numbers of one issue that the archive holds. */
    public List<Integer> pageNumbers(String paper, LocalDate date) throws IOException {
        slugs.refreshIfChanged();
        return pages.numbers(ids.paper(paper), date);
    }

    /** The papers the archive holds, by name, with their first and last issue. */
    public List<IssueCalendar.Paper> papers() throws IOException {
        index.refreshIfChanged();
        return index.read(IssueCalendar::papers);
    }

    /**
     * The years of a paper's issues ({@code year} and {@code month} null), the months of a year
     * ({@code month} null) or the days of a month, with their issue and page counts; {@code paper} is
     * the paper's name or its slug. A month without a year, or a month outside 1 to 12, is an
     * {@link IllegalArgumentException}.
     */
    public List<IssueCalendar.Period> issueDates(String paper, Integer year, Integer month) throws IOException {
        slugs.refreshIfChanged();
        index.refreshIfChanged();
        String slug = ids.paper(paper);
        return index.read(searcher -> IssueCalendar.periods(searcher, slug, year, month));
    }

    /** The pages of one issue the index holds, by number; {@code paper} is the paper's name or its slug. */
    public List<IssueCalendar.IssuePage> issuePages(String paper, LocalDate date) throws IOException {
        slugs.refreshIfChanged();
        index.refreshIfChanged();
        String slug = ids.paper(paper);
        return index.read(searcher -> IssueCalendar.pages(searcher, slug, date));
    }

    /** The identifiers of this archive's papers, pages and articles. */
    public Ids ids() {
        return ids;
    }

    public long storyCount() throws IOException {
        index.refreshIfChanged();
        return index.storyCount();
    }

    public long pageCount() throws IOException {
        index.refreshIfChanged();
        return index.pageCount();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
