package banmian.archive;

import banmian.io.PageJson;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pipeline.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The parsed pages as JSON files (the format of FORMAT.md, enrichment included) under
 * {@code pages/<paper slug>/<date>/pNN.json}: the archive's source of truth, readable without
 * banmian. Each file is written whole or not at all.
 */
final class PageStore {
    /** A stored page's file: {@code p7.json}. */
    private static final Pattern PAGE_FILE = Pattern.compile("p\\d+\\.json");
    private final Path root;
    private final Ids ids;

    PageStore(Path root, Ids ids) {
        this.root = root;
        this.ids = ids;
    }

    private Path file(String paperSlug, LocalDate date, int number) {
        return root.resolve(paperSlug).resolve(date.toString()).resolve(String.format("p%02d.json", number));
    }

    void write(Page page) throws IOException {
        PageMeta meta = page.meta();
        Path file = file(ids.paper(Ids.paperName(meta.paper())), meta.date(), meta.number());
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, PageJson.toJson(page).getBytes(StandardCharsets.UTF_8));
    }

    Optional<Page> read(String paperSlug, LocalDate date, int number) throws IOException {
        Path file = file(paperSlug, date, number);
        return Files.isRegularFile(file) ? Optional.of(PageJson.read(file)) : Optional.empty();
    }

    /** The page numbers stored for one issue, in order. */
    List<Integer> numbers(String paperSlug, LocalDate date) throws IOException {
        Path directory = root.resolve(paperSlug).resolve(date.toString());
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> PAGE_FILE.matcher(name).matches())
                    .map(name -> Integer.valueOf(name.substring(1, name.length() - ".json".length()))).sorted().toList();
        }
    }
}
