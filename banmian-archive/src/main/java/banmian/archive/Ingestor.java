package banmian.archive;

import banmian.limits.Limits;
import banmian.model.MetaCheck;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pdf.PdfReader;
import banmian.pipeline.Enrichers;
import banmian.pipeline.PageFiles;
import banmian.pipeline.PageFlow;
import banmian.pipeline.PageInput;
import banmian.text.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ingests page files into an archive: folders are walked for {@code .txt} and {@code .pdf} files
 * ({@link PageFiles}), each file goes through the {@link PageFlow} (read, parsed, enriched, stored) on
 * a pool of threads, and the archive is flushed in batches, counted in file order. A file whose pages the archive already holds from the same bytes is skipped,
 * so a re-run after an interruption only does what is left. A bad file is reported and skipped; the
 * others go on.
 */
public final class Ingestor {
    /** Pages between commits: what an interruption may cost, against the cost of a commit. */
    public static final int DEFAULT_BATCH = 200;

    /**
     * {@code meta}: what the caller says of every page (fields left null come from the file name,
     * then the page itself). {@code threads}: parsing and enrichment workers.
     */
    public record Options(PageMeta meta, boolean enrich, int threads, int batch, Limits limits) {
        public Options {
            if (threads < 1 || batch < 1) {
                throw new IllegalArgumentException("threads and batch must be at least 1");
            }
            MetaCheck.given(meta);
        }

        public Options(PageMeta meta, boolean enrich, int threads, int batch) {
            this(meta, enrich, threads, batch, Limits.DEFAULT);
        }
    }

    public record Summary(int files, int pages, int skipped, int articles, List<String> errors) {
        public Summary {
            errors = List.copyOf(errors);
        }
    }

    /** Told of each file as it is done, and of each problem. */
    public interface Listener {
        void fileDone(int done, int total);

        void problem(String message);
    }

    /** What became of one file: pages and articles stored, pages skipped as unchanged, or the problem. */
    private record Outcome(int pages, int articles, int skipped, String problem) {
        static Outcome problem(String message) {
            return new Outcome(0, 0, 0, message);
        }
    }

    /** Files in flight at once: enough to keep the workers busy, few enough to bound memory. */
    private static final int FILES_IN_FLIGHT_PER_THREAD = 4;

    private Ingestor() {
    }

    public static Summary ingest(Archive archive, List<Path> arguments, Options options, Listener listener) throws IOException {
        List<Path> files = PageFiles.expand(arguments, PageFiles.PAGES);
        List<String> errors = new ArrayList<>();
        int pagesAdded = 0;
        int skipped = 0;
        int articles = 0;
        int sinceFlush = 0;
        ExecutorService workers = Executors.newFixedThreadPool(options.threads());
        PageFlow parsing = PageFlow.parsing(options.meta(), options.limits());
        PageFlow flow = options.enrich() ? parsing.enrichedBy(Enrichers.builtIn()) : parsing;
        int window = options.threads() * FILES_IN_FLIGHT_PER_THREAD;
        PageClaims claims = new PageClaims(archive.ids(), files, flow);
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (int f = 0; f < files.size(); f++) {
                // Workers store pages themselves; this thread keeps count, commits batches and reports.
                while (outcomes.size() < files.size() && outcomes.size() <= f + window) {
                    Path file = files.get(outcomes.size());
                    outcomes.add(workers.submit(() -> ingestFile(archive, file, flow, options, claims)));
                }
                Outcome outcome = outcome(outcomes.get(f), files.get(f));
                outcomes.set(f, null);
                if (outcome.problem() != null) {
                    errors.add(outcome.problem());
                    listener.problem(outcome.problem());
                }
                skipped += outcome.skipped();
                pagesAdded += outcome.pages();
                articles += outcome.articles();
                sinceFlush += outcome.pages();
                if (sinceFlush >= options.batch()) {
                    report(archive.flush(), errors, listener);
                    sinceFlush = 0;
                }
                listener.fileDone(f + 1, files.size());
            }
            report(archive.flush(), errors, listener);
        } finally {
            workers.shutdownNow();
        }
        return new Summary(files.size(), pagesAdded, skipped, articles, errors);
    }

    /** Problems a flush met and went past (a damaged stored page of an issue) count as errors of the run. */
    private static void report(List<String> problems, List<String> errors, Listener listener) {
        for (String problem : problems) {
            errors.add(problem);
            listener.problem(problem);
        }
    }

    private static Outcome outcome(Future<Outcome> future, Path file) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ingesting " + file, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException archiveFailure) {
                throw archiveFailure.getCause();   // the archive cannot be written: stop
            }
            // A parser bug on one page: name the file, keep going with the others.
            return Outcome.problem(file + ": could not be parsed (" + e.getCause() + ")");
        }
    }

    private static Outcome ingestFile(Archive archive, Path file, PageFlow flow, Options options, PageClaims claims)
            throws IOException {
        try {
            PageFlow.Source source = flow.source(file, file.toString());
            String hash = SourceHash.of(source.bytes(), options.meta(), options.enrich());
            PageMeta known = flow.givenMeta(source.fileName());
            if (complete(known) && !source.isPdf() && archive.holds(known, hash)) {
                return new Outcome(0, 0, 1, null);
            }
            FilePages pages = new FilePages(archive, file, hash, claims, FacsimileSource.of(source));
            flow.run(flow.read(source, PdfReader.PageProgress.NONE), pages);
            return pages.outcome();
        } catch (InputException e) {
            return Outcome.problem(e.getMessage());
        }
    }

    /**
     * One file's pages on their way into the archive: each is checked before it is enriched (it must
     * be fileable, not another file's of this run, and not held already from the same bytes, with its
     * facsimile when it comes from a PDF), and they are stored together, with their facsimiles, once
     * all of them passed.
     */
    private static final class FilePages implements PageFlow.Sink {
        private final Archive archive;
        private final Path file;
        private final String hash;
        private final PageClaims claims;
        private final FacsimileSource facsimiles;
        private int stored;
        private int articles;
        private int skipped;

        FilePages(Archive archive, Path file, String hash, PageClaims claims, FacsimileSource facsimiles) {
            this.archive = archive;
            this.file = file;
            this.hash = hash;
            this.claims = claims;
            this.facsimiles = facsimiles;
        }

        @Override
        public boolean admit(PageInput input, Page parsed, int pdfPage) throws InputException, IOException {
            boolean admitted = admit(input, parsed);
            if (admitted) {
                facsimiles.admitted(parsed, pdfPage);
            }
            return admitted;
        }

        @Override
        public boolean admit(PageInput input, Page parsed) throws InputException, IOException {
            PageMeta meta = parsed.meta();
            if (!complete(meta)) {
                throw new InputException(input.name(), missing(meta) + " (give --date/--page, or name the file like rmrb2018010207.txt)");
            }
            Optional<String> refused = MetaCheck.archiveProblem(meta);
            if (refused.isPresent()) {
                throw new InputException(input.name(), "cannot be filed: " + refused.get());
            }
            Optional<Path> earlier = claims.claim(meta, file);
            if (earlier.isPresent()) {
                throw new InputException(input.name(), "gives page " + archive.ids().page(meta) + " again, as " + earlier.get()
                        + " does in this run; kept that one");
            }
            // A page ingested before facsimiles were kept is taken again, to keep its facsimile.
            if (archive.holds(meta, hash) && (!facsimiles.isPdf()
                    || archive.facsimile(Ids.paperName(meta.paper()), meta.date(), meta.number()).isPresent())) {
                skipped++;
                return false;
            }
            return true;
        }

        @Override
        public void accept(PageInput input, List<Page> pages) {
            Map<Integer, PagePdf> printed = facsimiles.cut(pages);
            for (Page page : pages) {
                try {
                    archive.add(page, hash, printed.get(page.meta().number()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);   // the archive cannot be written: the run stops
                }
                articles += page.articles().size();
            }
            stored = pages.size();
        }

        Outcome outcome() {
            return new Outcome(stored, articles, skipped, null);
        }
    }

    private static boolean complete(PageMeta meta) {
        return meta.date() != null && meta.number() != null;
    }

    private static String missing(PageMeta meta) {
        if (meta.date() == null && meta.number() == null) {
            return "no date and no page number on the page";
        }
        return meta.date() == null ? "no date on the page" : "no page number on the page";
    }
}
