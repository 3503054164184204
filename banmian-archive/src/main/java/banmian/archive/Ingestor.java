package banmian.archive;

import banmian.limits.Limits;
import banmian.model.MetaCheck;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.nlp.Enricher;
import banmian.pdf.PdfReader;
import banmian.pipeline.FileNameMeta;
import banmian.pipeline.PageFiles;
import banmian.pipeline.PageInput;
import banmian.pipeline.PageReader;
import banmian.pipeline.Pages;
import banmian.text.InputDecoder;
import banmian.text.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ingests page files into an archive: folders are walked for {@code .txt} and {@code .pdf} files,
 * each file is read, parsed and enriched on a pool of threads, and the pages are added in file order
 * and flushed in batches. A file whose pages the archive already holds from the same bytes is skipped,
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
        ThreadLocal<Enricher> enrichers = ThreadLocal.withInitial(Enricher::new);
        int window = options.threads() * FILES_IN_FLIGHT_PER_THREAD;
        PageClaims claims = new PageClaims(archive.ids(), files, options.meta());
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (int f = 0; f < files.size(); f++) {
                // Workers store pages themselves; this thread keeps count, commits batches and reports.
                while (outcomes.size() < files.size() && outcomes.size() <= f + window) {
                    Path file = files.get(outcomes.size());
                    outcomes.add(workers.submit(() -> ingestFile(archive, file, options, enrichers, claims)));
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

    private static Outcome ingestFile(Archive archive, Path file, Options options, ThreadLocal<Enricher> enrichers,
                                      PageClaims claims) throws IOException {
        PageReader reader = new PageReader(options.limits());
        byte[] bytes;
        try {
            bytes = reader.readBytes(file, file.toString());
        } catch (InputException e) {
            return Outcome.problem(e.getMessage());
        }
        String hash = SourceHash.of(bytes, options.meta(), options.enrich());
        PageMeta known = options.meta().overriding(FileNameMeta.infer(file.getFileName().toString()));
        if (complete(known) && !InputDecoder.looksLikePdf(bytes) && archive.holds(known, hash)) {
            return new Outcome(0, 0, 1, null);
        }
        try {
            return ingestPages(archive, file, bytes, hash, reader, options, enrichers, claims);
        } catch (InputException e) {
            return Outcome.problem(e.getMessage());
        }
    }

    private static Outcome ingestPages(Archive archive, Path file, byte[] bytes, String hash, PageReader reader, Options options,
                                       ThreadLocal<Enricher> enrichers, PageClaims claims) throws InputException, IOException {
        PageInput input = reader.read(file.toString(), file.getFileName().toString(), bytes, PdfReader.PageProgress.NONE);
        List<Page> pages = new ArrayList<>();
        int skipped = 0;
        for (Pages.Parsed parsed : Pages.parseEach(input, options.meta(), options.limits())) {
            Page page = parsed.page();
            if (!complete(page.meta())) {
                return Outcome.problem(file + ": " + missing(page.meta())
                        + " (give --date/--page, or name the file like rmrb2018010207.txt)");
            }
            Optional<String> refused = MetaCheck.archiveProblem(page.meta());
            if (refused.isPresent()) {
                return Outcome.problem(file + ": cannot be filed: " + refused.get());
            }
            Optional<Path> earlier = claims.claim(page.meta(), file);
            if (earlier.isPresent()) {
                return Outcome.problem(file + ": gives page " + archive.ids().page(page.meta()) + " again, as "
                        + earlier.get() + " does in this run; kept that one");
            }
            if (archive.holds(page.meta(), hash)) {
                skipped++;
                continue;
            }
            pages.add(options.enrich() ? parsed.then("enriching it", enrichers.get()::enrich) : page);
        }
        int articles = 0;
        for (Page page : pages) {
            try {
                archive.add(page, hash);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            articles += page.articles().size();
        }
        return new Outcome(pages.size(), articles, skipped, null);
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
