package banmian.archive;

import banmian.model.MetaCheck;
import banmian.pipeline.AtomicFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The pages themselves under {@code facsimiles/<paper slug>/<date>/}: {@code pNN.pdf}, the source
 * page as a one-page PDF, and {@code pNN.json}, its record (displayed size in points, the PDF's
 * SHA-256, the page of the source PDF it was cut from). The record is written last and removed
 * first, so a page has a facsimile exactly when its record is there, whatever an interruption left.
 * Renderings cached beside the PDF ({@link Facsimile#rendition}) go when the page is replaced. Paths
 * are built like {@link PageStore}'s, from a checked slug, date and page number.
 */
final class FacsimileStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path data;
    private final Path root;

    FacsimileStore(Path data) {
        this.data = data;
        this.root = data.resolve("facsimiles");
    }

    private Path file(String paperSlug, LocalDate date, int number, String extension) {
        MetaCheck.slug("paper slug", paperSlug);
        MetaCheck.date("date", date);
        MetaCheck.page("page", number);
        return root.resolve(paperSlug).resolve(date.toString()).resolve(String.format(Locale.ROOT, "p%02d.%s", number, extension));
    }

    /** Keeps {@code page} as the facsimile of the page, replacing any earlier one. */
    void write(String paperSlug, LocalDate date, int number, PagePdf page) throws IOException {
        Path pdf = file(paperSlug, date, number, "pdf");
        remove(paperSlug, date, number);
        Files.createDirectories(pdf.getParent());
        AtomicFile.write(pdf, page.bytes());
        ObjectNode record = JSON.createObjectNode();
        record.put("width", page.width());
        record.put("height", page.height());
        record.put("sha256", SourceHash.sha256(page.bytes()));
        record.put("sourcePage", page.sourcePage());
        AtomicFile.write(file(paperSlug, date, number, "json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(record));
    }

    /** Removes the page's facsimile and its renderings, if it has any (a page ingested again from a text layer). */
    void remove(String paperSlug, LocalDate date, int number) throws IOException {
        Path record = file(paperSlug, date, number, "json");
        Files.deleteIfExists(record);
        Path directory = record.getParent();
        if (!Files.isDirectory(directory)) {
            return;
        }
        String stem = String.format(Locale.ROOT, "p%02d.", number);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, stem + "*")) {
            for (Path file : files) {
                if (!file.equals(record)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static boolean isSha256(String hex) {
        return hex.length() == 64 && hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    Optional<Facsimile> read(String paperSlug, LocalDate date, int number) throws IOException {
        Path record = file(paperSlug, date, number, "json");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(record);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            double width = node.path("width").asDouble();
            double height = node.path("height").asDouble();
            String sha256 = node.path("sha256").asText("");
            if (!(width > 0 && height > 0) || !isSha256(sha256)) {
                throw new DamagedFileException(data, record, "damaged facsimile record (no size or hash)", null);
            }
            return Optional.of(new Facsimile(file(paperSlug, date, number, "pdf"), width, height, sha256));
        } catch (DamagedFileException e) {
            throw e;
        } catch (IOException e) {
            throw new DamagedFileException(data, record, "damaged facsimile record (" + DamagedFileException.oneLine(e) + ")", e);
        }
    }
}
