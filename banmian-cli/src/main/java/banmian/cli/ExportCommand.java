package banmian.cli;

import banmian.archive.Archive;
import banmian.archive.export.ArchiveExports;
import banmian.archive.export.ExportFiles;
import banmian.archive.export.IssueExport;
import banmian.archive.export.PageExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "export", description = {
        "Export an issue, or one page of it, from the archive in the formats libraries exchange: METS with one ALTO",
        "file per page (a directory: mets.xml, pNN.alto.xml, pNN.json), or a page's ALTO or JSON alone.",
        "Pages read from text layers have no positions; their ALTO holds the text and roles without coordinates."})
final class ExportCommand implements Callable<Integer> {
    private final Terminal terminal;

    /** What is written: a METS package, or the pages' ALTO or JSON files. */
    enum Format {
        METS, ALTO, JSON;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code mets}, {@code alto} or {@code json}, in any case. */
    static final class FormatName implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format format : Format.values()) {
                if (format.label().equalsIgnoreCase(value.strip())) {
                    return format;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a format: give mets, alto or json");
        }
    }

    @Option(names = "--paper", required = true, paramLabel = "NAME", converter = OptionConverters.PaperName.class,
            description = "The paper, by name or by its id (renminribao).")
    String paper;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = OptionConverters.PageDate.class,
            description = "The issue's date.")
    LocalDate date;

    @Option(names = "--page", paramLabel = "N", converter = OptionConverters.PageNumber.class,
            description = "Only this page (default: every page of the issue).")
    Integer page;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatName.class,
            description = "mets (default), alto or json.")
    Format format = Format.METS;

    @Option(names = "--out", required = true, paramLabel = "FILE|DIR",
            description = "Where to write: a directory for mets and for an issue's pages, a file for one page's alto or json.")
    Path out;

    @Mixin
    DataOption dataOption;

    ExportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws UserError {
        IssueExport issue = find();
        ProgressBar progress = new ProgressBar(terminal.err(), "export", Terminal.isInteractive());
        try {
            if (format == Format.METS) {
                ExportFiles.writeMetsPackage(issue, out, Instant.now(), progress::update);
            } else if (page != null) {
                writeOne(issue.pages().get(0), out);
            } else {
                Files.createDirectories(out);
                int done = 0;
                for (PageExport each : issue.pages()) {
                    writeOne(each, out.resolve(format == Format.ALTO ? ExportFiles.altoName(each) : ExportFiles.jsonName(each)));
                    progress.update(++done, issue.pages().size());
                }
            }
        } catch (IOException e) {
            throw UserError.cannotWrite(IoProblems.describe(out, e));
        }
        int pages = issue.pages().size();
        terminal.err().printf("banmian: %d %s of %s %s exported as %s to %s%n", pages, pages == 1 ? "page" : "pages", issue.paper(),
                issue.date(), format.label(), out);
        terminal.err().flush();
        return 0;
    }

    /** The issue or page asked for; one that the archive does not hold is the user's to correct. */
    private IssueExport find() throws UserError {
        Optional<IssueExport> found;
        try (Archive archive = Archive.openForReading(dataOption.data)) {
            found = page == null ? ArchiveExports.issue(archive, paper, date) : ArchiveExports.page(archive, paper, date, page);
        } catch (IOException e) {
            throw UserError.badInput(IoProblems.describe(dataOption.data, e));
        }
        if (found.isEmpty()) {
            throw UserError.badInput((page == null ? "no pages of " : "no page " + page + " of ") + paper + " on " + date
                    + " in the archive at " + dataOption.data);
        }
        return found.get();
    }

    private void writeOne(PageExport export, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (format == Format.ALTO) {
            ExportFiles.writeAlto(export, file);
        } else {
            ExportFiles.writeJson(export, file);
        }
    }
}
