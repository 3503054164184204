package banmian.cli;

import banmian.archive.Archive;
import banmian.archive.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", description = {
        "Add pages (text layers or page PDFs, or folders of them) to the archive.",
        "Paper, date and page number come from the options, then file names such as rmrb2018010207.pdf, then",
        "the page's own furniture. Re-ingesting a page replaces it; files already ingested unchanged are",
        "skipped, so an interrupted run can simply be run again."})
final class IngestCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Page files or folders of them (.txt, .pdf).")
    List<Path> inputs;

    @Mixin
    MetaOptions metaOptions;

    @Mixin
    DataOption dataOption;

    @Mixin
    LimitOptions limitOptions;

    @Option(names = "--no-enrich", description = "Store pages without entities, figures and keywords.")
    boolean noEnrich;

    @Option(names = "--threads", paramLabel = "N", description = "Parsing threads (default: the machine's cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    IngestCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Ingests with a progress bar and ends with a one-line summary on stderr. */
    static Ingestor.Summary ingest(Archive archive, List<Path> inputs, Ingestor.Options options, Terminal terminal, Path data)
            throws IOException {
        ProgressBar progress = new ProgressBar(terminal.err(), "ingest", Terminal.isInteractive());
        long start = System.nanoTime();
        Ingestor.Summary summary = Ingestor.ingest(archive, inputs, options, progress.ingestListener());
        double seconds = (System.nanoTime() - start) / 1e9;
        terminal.err().printf("banmian: %d files, %d pages ingested, %d unchanged skipped, %d articles, %d errors (%.1f s) into %s%n",
                summary.files(), summary.pages(), summary.skipped(), summary.articles(), summary.errors().size(), seconds, data);
        terminal.err().flush();
        return summary;
    }

    /** Refuses inputs that do not exist before anything is opened or written. */
    static void checkInputs(List<Path> inputs) throws UserError {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw UserError.badInput(input + ": no such file or directory");
            }
        }
    }

    @Override
    public Integer call() throws UserError {
        checkInputs(inputs);
        if (threads < 1) {
            throw UserError.badInput("--threads must be at least 1");
        }
        if (metaOptions.page != null && (inputs.size() > 1 || Files.isDirectory(inputs.get(0)))) {
            throw UserError.badInput("--page names one page; with several inputs each page number comes from its file name");
        }
        Ingestor.Summary summary;
        try (Archive archive = Archive.openForWriting(dataOption.data)) {
            summary = ingest(archive, inputs, new Ingestor.Options(metaOptions.meta(), !noEnrich, threads, Ingestor.DEFAULT_BATCH,
                    limitOptions.limits()),
                    terminal, dataOption.data);
        } catch (IOException e) {
            throw UserError.cannotWrite(IoProblems.describe(dataOption.data, e));
        }
        return summary.errors().isEmpty() ? 0 : UserError.BAD_INPUT;
    }
}
