package banmian.archive;

import banmian.io.PageJson;
import banmian.model.MetaCheck;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pipeline.AtomicFile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The parsed pages as JSON files (the format of FORMAT.md, enrichment included) under
 * {@code pages/<paper slug>/<date>/pNN.json}: the archive's source of truth, readable without
 * banmian. Each file is written whole or not at all. Every path is built from a slug of the slug
 * shape, a date and a page number within {@link MetaCheck}'s ranges, so none leads outside
 * {@code pages/}; a file that does not parse, or describes another page than its path says, is a
 * {@link DamagedFileException} naming it.
 */
final class PageStore {
    /** {@code p07.json}, {@code p123.json}: two to four digits, as in the page ids. */
    private static final Pattern PAGE_FILE = Pattern.compile("p(\\d{2,4})\\.json");

    private final Path data;
    private final Path root;
    private final Ids ids;

    PageStore(Path data, Ids ids) {
        this.data = data;
        this.root = data.resolve("pages");
        this.ids = ids;
    }

    private Path issueDirectory(String paperSlug, LocalDate date) {
        MetaCheck.slug("paper slug", paperSlug);
        MetaCheck.date("date", date);
        return root.resolve(paperSlug).resolve(date.toString());
    }

    private Path file(String paperSlug, LocalDate date, int number) {
        MetaCheck.page("page", number);
        return issueDirectory(paperSlug, date).resolve(String.format(Locale.ROOT, "p%02d.json", number));
    }

    void write(Page page) throws IOException {
        PageMeta meta = MetaCheck.archivable(page.meta());
        Path file = file(ids.paper(Ids.paperName(meta.paper())), meta.date(), meta.number());
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, PageJson.toJson(page).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a file is stored for the page, readable or not. */
    boolean exists(String paperSlug, LocalDate date, int number) {
        return Files.exists(file(paperSlug, date, number));
    }

    /**
     * Removes the page's file, and its issue's directory when no page is left in it; false when
     * there was no file. One unlink: the page is there or it is gone.
     */
    boolean delete(String paperSlug, LocalDate date, int number) throws IOException {
        Path file = file(paperSlug, date, number);
        boolean deleted = Files.deleteIfExists(file);
        try {
            Files.deleteIfExists(file.getParent());
        } catch (DirectoryNotEmptyException others) {
            // The issue's other pages stay, and so does their directory.
        }
        return deleted;
    }

    /**
     * The stored page, or empty when there is none. A file that cannot be read as the page its path
     * names is a {@link DamagedFileException}.
     */
    Optional<Page> read(String paperSlug, LocalDate date, int number) throws IOException {
        Path file = file(paperSlug, date, number);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        }
        Page page;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            page = PageJson.read(text);
        } catch (CharacterCodingException e) {
            throw damaged(file, "not UTF-8", e);
        } catch (IOException | RuntimeException e) {
            throw damaged(file, DamagedFileException.oneLine(e), e);
        }
        PageMeta meta = page.meta();
        if (!date.equals(meta.date()) || !Integer.valueOf(number).equals(meta.number())) {
            throw damaged(file, "it holds page " + meta.number() + " of " + meta.date() + ", not page " + number + " of " + date, null);
        }
        Optional<String> problem = MetaCheck.archiveProblem(meta);
        if (problem.isPresent()) {
            throw damaged(file, "page." + MetaCheck.escaped(problem.get()), null);
        }
        return Optional.of(page);
    }

    private DamagedFileException damaged(Path file, String problem, Throwable cause) {
        return new DamagedFileException(data, file, "damaged page JSON (" + problem + ")", cause);
    }

    /** An issue directory: a paper's slug and a date. */
    record IssueDirectory(String paperSlug, LocalDate date) {
    }

    /** Every issue that has a directory, by paper slug and date; directories of other names are passed over. */
    List<IssueDirectory> issues() throws IOException {
        List<IssueDirectory> issues = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return issues;
        }
        try (Stream<Path> papers = Files.list(root)) {
            for (Path paper : papers.filter(Files::isDirectory).sorted().toList()) {
                String slug = paper.getFileName().toString();
                if (!MetaCheck.isSlug(slug)) {
                    continue;
                }
                try (Stream<Path> dates = Files.list(paper)) {
                    for (Path date : dates.filter(Files::isDirectory).sorted().toList()) {
                        parseDate(date.getFileName().toString()).ifPresent(day -> issues.add(new IssueDirectory(slug, day)));
                    }
                }
            }
        }
        return issues;
    }

    private static Optional<LocalDate> parseDate(String name) {
        try {
            LocalDate date = LocalDate.parse(name);
            return MetaCheck.isDate(date) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** The page numbers stored for one issue, in order. */
    List<Integer> numbers(String paperSlug, LocalDate date) throws IOException {
        Path directory = issueDirectory(paperSlug, date);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> PAGE_FILE.matcher(file.getFileName().toString()))
                    .filter(java.util.regex.Matcher::matches)
                    .map(matcher -> Integer.valueOf(matcher.group(1)))
                    .filter(MetaCheck::isPage).distinct().sorted().toList();
        }
    }
}
