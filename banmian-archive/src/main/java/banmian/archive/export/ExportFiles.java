package banmian.archive.export;

import banmian.io.PageJson;
import banmian.pipeline.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Exports written to disk, each file whole or not at all: a page's ALTO ({@code p07.alto.xml}), its
 * JSON ({@code p07.json}, as the archive keeps it), and a METS package, a directory holding every
 * page's two files and {@code mets.xml}, which names them by these relative paths. {@code mets.xml} is
 * written last, so a directory that has it is complete.
 */
public final class ExportFiles {
    public static final String METS_FILE = "mets.xml";

    /** The files beside the METS document, by name. */
    public static final FileLocations BESIDE = new FileLocations() {
        @Override
        public String alto(PageExport page) {
            return altoName(page);
        }

        @Override
        public String json(PageExport page) {
            return jsonName(page);
        }
    };

    /** Told after each page of a package is written. */
    @FunctionalInterface
    public interface Progress {
        void pageDone(int done, int total);
    }

    private ExportFiles() {
    }

    public static String altoName(PageExport page) {
        return String.format(Locale.ROOT, "p%02d.alto.xml", page.number());
    }

    public static String jsonName(PageExport page) {
        return String.format(Locale.ROOT, "p%02d.json", page.number());
    }

    public static void writeAlto(PageExport page, Path file) throws IOException {
        AtomicFile.write(file, AltoWriter.toBytes(page));
    }

    public static void writeJson(PageExport page, Path file) throws IOException {
        AtomicFile.write(file, PageJson.toJson(page.page()).getBytes(StandardCharsets.UTF_8));
    }

    /** The issue as a METS package in {@code directory} (created if need be); {@code created}: the METS creation time. */
    public static void writeMetsPackage(IssueExport issue, Path directory, Instant created, Progress progress) throws IOException {
        Files.createDirectories(directory);
        int done = 0;
        for (PageExport page : issue.pages()) {
            writeAlto(page, directory.resolve(altoName(page)));
            writeJson(page, directory.resolve(jsonName(page)));
            progress.pageDone(++done, issue.pages().size());
        }
        AtomicFile.write(directory.resolve(METS_FILE), MetsWriter.toBytes(issue, BESIDE, created));
    }
}
