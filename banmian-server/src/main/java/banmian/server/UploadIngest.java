package banmian.server;

import banmian.archive.Archive;
import banmian.archive.CostlyWork;
import banmian.archive.FacsimileSource;
import banmian.archive.PagePdf;
import banmian.archive.SourceHash;
import banmian.limits.Limits;
import banmian.model.MetaCheck;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pdf.PdfReader;
import banmian.pipeline.Enrichers;
import banmian.pipeline.PageFlow;
import banmian.pipeline.PageInput;
import banmian.text.InputException;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Pages uploaded over HTTP ({@code POST /api/ingest}) and one-page replacements ({@code PUT
 * /api/pages/…}): every file goes through the {@link PageFlow} (read, parsed, enriched)
 * first, and only when all of them are usable are they stored and committed, so a bad upload leaves
 * the archive as it was. Uploads are taken one at a time (the archive has one writer, and parsing is
 * CPU-heavy: one at a time leaves the other cores to searches), a few more wait ({@link #admit}).
 */
final class UploadIngest {
    /**
     * One uploaded file, not read yet: it is read (within the limits) only when its upload's turn
     * comes, so uploads waiting for the writer hold no file in memory. Only the last path element of
     * its name is kept, and it may hold no control characters.
     */
    record Upload(String fileName, Content content) {
        Upload {
            fileName = MetaCheck.fileName("file name", fileName);
        }
    }

    /** Opens an uploaded file's bytes (Jetty keeps large parts on disk). */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }

    /**
     * What an upload added, and problems met on the way that did not stop it (another stored page of
     * an issue found damaged: left out of the issue, named).
     */
    record Result(int pages, int articles, List<String> pageIds, List<String> problems) {
    }

    /** A file that cannot be ingested; the message names it. */
    static final class Rejected extends Exception {
        Rejected(String message) {
            super(message);
        }
    }

    /** An upload turned away because the worker is busy and the queue before it full. */
    static final class Busy extends RuntimeException {
        Busy(int queue) {
            super("the server is parsing an upload and " + queue + " more wait; try again shortly", null, false, false);
        }
    }

    /** An upload's place: the one being parsed or one of the waiting; closing it gives the place up. */
    interface Ticket extends AutoCloseable {
        @Override
        void close();
    }

    private final Archive archive;
    private final Limits limits;
    private final int queue;
    /** The longest an upload waits for a lane of costly work before it is turned away. */
    private static final Duration LANE_WAIT = Duration.ofMinutes(2);
    /** The worker's place and the queue's: an upload takes one before its body is read. */
    private final Semaphore places;

    /** {@code queue}: how many uploads may wait while one is parsed. */
    UploadIngest(Archive archive, Limits limits, int queue) {
        this.archive = archive;
        this.limits = limits;
        this.queue = queue;
        this.places = new Semaphore(1 + queue);
    }

    /**
     * A place for one upload, taken before its body is read, so that uploads waiting for the one
     * worker hold no more than {@code queue} bodies; none free is {@link Busy}.
     */
    Ticket admit() {
        if (!places.tryAcquire()) {
            throw new Busy(queue);
        }
        return places::release;
    }

    /**
     * {@code options}: what the client says of every page; its paper, date and page number are
     * {@link MetaCheck checked} (a {@link MetaCheck.Invalid} otherwise). The paper is required: no
     * file name and no page says which paper it is from ({@code rmrb2018010207.txt} gives the date and
     * page only), and a page without one would be filed under no paper at all.
     */
    synchronized Result ingest(List<Upload> uploads, PageMeta options) throws Rejected, IOException {
        MetaCheck.given(options);
        if (options.paper() == null) {
            throw new MetaCheck.Invalid("paper", "missing: give the paper's name in the \"paper\" form field (e.g. 人民日报);"
                    + " no file name or page says which paper it is from");
        }
        if (uploads.isEmpty()) {
            throw new Rejected("no file uploaded (send multipart/form-data with one or more \"file\" parts)");
        }
        if (options.number() != null && uploads.size() > 1) {
            throw new Rejected("page names one page; with several files each page number comes from its file name");
        }
        return store(parse(uploads, options));
    }

    /**
     * Replaces a page the archive holds with the one page {@code upload} gives, filed where
     * {@code filing} says ({@link Archive#filing}): its paper, date and number are the path's, whatever
     * the file's name or furniture say; its section is the file's.
     */
    synchronized Result replace(Upload upload, PageMeta filing) throws Rejected, IOException {
        Pending pending = parse(List.of(upload), MetaCheck.archivable(filing));
        if (pending.pages.size() != 1) {
            throw new Rejected(upload.fileName() + ": a replacement is one page; this file has " + pending.pages.size());
        }
        Page parsed = pending.pages.get(0);
        pending.pages.set(0, new Page(new PageMeta(filing.paper(), filing.date(), filing.number(), parsed.meta().section()),
                parsed.articles(), parsed.unassigned(), parsed.lineGeometry()));
        return store(pending);
    }

    /**
     * Every file read, parsed and enriched, on a lane of the process's {@link CostlyWork} (parsing is
     * as costly as a drawing or a costly search, and shares their half of the cores); the first file
     * that cannot be is a {@link Rejected} naming it, and nothing is kept.
     */
    private Pending parse(List<Upload> uploads, PageMeta options) throws Rejected, IOException {
        try {
            // Each costly job is bounded (a search 10 s, a drawing 30 s): a lane is free well within this.
            if (!CostlyWork.shared().enter(LANE_WAIT)) {
                throw new Busy(queue);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to parse an upload");
        }
        try {
            return parseOnLane(uploads, options);
        } finally {
            CostlyWork.shared().leave();
        }
    }

    private Pending parseOnLane(List<Upload> uploads, PageMeta options) throws Rejected, IOException {
        PageFlow flow = PageFlow.parsing(options, limits).enrichedBy(Enrichers.builtIn());
        Pending pending = new Pending();
        for (Upload upload : uploads) {
            try {
                PageFlow.Source source;
                try (InputStream in = upload.content().open()) {
                    source = flow.source(in, upload.fileName(), upload.fileName());
                }
                pending.hash = SourceHash.of(source.bytes(), options, true);
                pending.facsimileSource = FacsimileSource.of(source);
                flow.run(flow.read(source, PdfReader.PageProgress.NONE), pending);
            } catch (InputException e) {
                throw new Rejected(e.getMessage());
            }
        }
        return pending;
    }

    /** The pages stored and committed together. */
    private Result store(Pending pending) throws IOException {
        List<String> ids = new ArrayList<>();
        int articles = 0;
        for (int p = 0; p < pending.pages.size(); p++) {
            Page page = pending.pages.get(p);
            archive.add(page, pending.hashes.get(p), pending.facsimiles.get(p));
            ids.add(archive.ids().page(page.meta()));
            articles += page.articles().size();
        }
        List<String> problems = archive.flush();
        return new Result(pending.pages.size(), articles, ids, problems);
    }

    /** The pages of an upload's files, parsed and enriched, waiting until every file is found usable. */
    private static final class Pending implements PageFlow.Sink {
        final List<Page> pages = new ArrayList<>();
        final List<String> hashes = new ArrayList<>();
        /** Each page's facsimile, or null (a text layer's page). */
        final List<PagePdf> facsimiles = new ArrayList<>();
        /** What the file being read is stored as coming from ({@link SourceHash}). */
        String hash;
        /** Where the file being read keeps its pages as printed. */
        FacsimileSource facsimileSource;

        @Override
        public boolean admit(PageInput input, Page parsed, int pdfPage) throws InputException {
            admit(input, parsed);
            facsimileSource.admitted(parsed, pdfPage);
            return true;
        }

        /** A page must say where it is filed before it is enriched. */
        @Override
        public boolean admit(PageInput input, Page parsed) throws InputException {
            PageMeta meta = parsed.meta();
            if (meta.date() == null || meta.number() == null) {
                throw new InputException(input.name(), "no " + (meta.date() == null ? "date" : "page number")
                        + " on the page (give the date and page fields, or name the file like rmrb2018010207.txt)");
            }
            Optional<String> refused = MetaCheck.archiveProblem(meta);
            if (refused.isPresent()) {
                throw new InputException(input.name(), "cannot be filed: " + refused.get());
            }
            return true;
        }

        @Override
        public void accept(PageInput input, List<Page> finished) {
            Map<Integer, PagePdf> printed = facsimileSource.cut(finished);
            for (Page page : finished) {
                pages.add(page);
                hashes.add(hash);
                facsimiles.add(printed.get(page.meta().number()));
            }
        }
    }
}
