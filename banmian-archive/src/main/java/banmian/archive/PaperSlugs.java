package banmian.archive;

import banmian.model.MetaCheck;
import banmian.pipeline.AtomicFile;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The short names papers are filed under, kept in {@code papers.json} of the data directory
 * ({@code {"papers": [{"name": "人民日报", "slug": "renminribao"}, …]}}). A paper's slug is its name in
 * toneless pinyin; two names that read alike ({@code 山西日报}, {@code 陕西日报}) would share it, so the
 * second one registered gets {@code -2}, and the table remembers who got what.
 * <p>
 * The table is written whole and atomically, and read back strictly: every entry a valid paper name
 * ({@link MetaCheck}) and a slug of the slug shape, no name or slug twice; anything else is a
 * {@link DamagedFileException} naming the file. An older archive's {@code papers.tsv} (name, tab,
 * slug) is read as strictly and, by a writer, moved into {@code papers.json}. A reader beside a
 * running ingest calls {@link #refreshIfChanged()} before it looks names up, so a paper registered
 * since is found under its own slug.
 */
final class PaperSlugs {
    static final String FILE = "papers.json";
    static final String LEGACY_FILE = "papers.tsv";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path data;
    private final Path file;
    private final Path legacy;
    private final boolean writable;
    /** Name to slug, in the order registered. */
    private Map<String, String> slugs = new LinkedHashMap<>();
    /** What the table in memory was read from, to see whether the file changed since. */
    private Stamp stamp;

    /** A file's identity and state: atomic renames give the table a new file key each time it is written. */
    private record Stamp(Path file, Object key, long size, long modified) {
        static Stamp of(Path file) throws IOException {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(file, attributes.fileKey(), attributes.size(), attributes.lastModifiedTime().toMillis());
            } catch (NoSuchFileException absent) {
                return null;
            }
        }
    }

    private PaperSlugs(Path data, boolean writable) {
        this.data = data;
        this.file = data.resolve(FILE);
        this.legacy = data.resolve(LEGACY_FILE);
        this.writable = writable;
    }

    /**
     * The table of the archive in {@code data}. A writer moves a legacy {@code papers.tsv} into
     * {@code papers.json}; a reader only reads.
     */
    static PaperSlugs open(Path data, boolean writable) throws IOException {
        PaperSlugs table = new PaperSlugs(data, writable);
        table.reload();
        if (writable && table.stamp != null && table.stamp.file().equals(table.legacy)) {
            table.save();
            Files.delete(table.legacy);
            table.stamp = Stamp.of(table.file);
        }
        return table;
    }

    /** Reads the table again if its file changed since it was read (a reader beside a writer). */
    synchronized void refreshIfChanged() throws IOException {
        if (!writable && !Objects.equals(stamp, currentStamp())) {
            reload();
        }
    }

    private Stamp currentStamp() throws IOException {
        Stamp current = Stamp.of(file);
        return current != null ? current : Stamp.of(legacy);
    }

    /**
     * The state is taken before the content, so a change in between is seen by the next check. A
     * papers.tsv that a writer moves into papers.json between the two is read again from there.
     */
    private synchronized void reload() throws IOException {
        for (int attempt = 1; ; attempt++) {
            Stamp current = currentStamp();
            try {
                Map<String, String> read = new LinkedHashMap<>();
                if (current != null && current.file().equals(file)) {
                    read = readJson(Files.readAllBytes(file));
                } else if (current != null) {
                    read = readLegacy(Files.readAllBytes(legacy));
                }
                slugs = read;
                stamp = current;
                return;
            } catch (NoSuchFileException moved) {
                if (attempt == 2) {
                    throw moved;
                }
            }
        }
    }

    private Map<String, String> readJson(byte[] bytes) throws DamagedFileException {
        String text = decode(file, bytes);
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw damaged(file, "not JSON: " + DamagedFileException.oneLine(e), e);
        }
        if (root == null || !root.isObject() || !root.path("papers").isArray() || root.size() != 1) {
            throw damaged(file, "expected an object {\"papers\": [{\"name\": …, \"slug\": …}, …]}", null);
        }
        Map<String, String> read = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode entry : root.get("papers")) {
            String where = "papers[" + index++ + "]";
            if (!entry.isObject() || entry.size() != 2 || !entry.path("name").isTextual() || !entry.path("slug").isTextual()) {
                throw damaged(file, where + ": expected {\"name\": \"…\", \"slug\": \"…\"}", null);
            }
            add(read, file, where, entry.get("name").asText(), entry.get("slug").asText());
        }
        return read;
    }

    /** An older archive's table: lines of name, tab, slug. */
    private Map<String, String> readLegacy(byte[] bytes) throws DamagedFileException {
        Map<String, String> read = new LinkedHashMap<>();
        String text = decode(legacy, bytes);
        if (text.isEmpty()) {
            return read;
        }
        if (!text.endsWith("\n")) {
            throw damaged(legacy, "the last line is cut off (no newline at the end)", null);
        }
        List<String> lines = List.of(text.substring(0, text.length() - 1).split("\n", -1));
        for (int n = 0; n < lines.size(); n++) {
            String[] fields = lines.get(n).split("\t", -1);
            if (fields.length != 2) {
                throw damaged(legacy, "line " + (n + 1) + ": expected a name and a slug separated by one tab, found "
                        + fields.length + (fields.length == 1 ? " field" : " fields"), null);
            }
            add(read, legacy, "line " + (n + 1), fields[0], fields[1]);
        }
        return read;
    }

    private void add(Map<String, String> read, Path source, String where, String name, String slug) throws DamagedFileException {
        String problem = null;
        if (MetaCheck.textProblem(name).isPresent()) {
            problem = "the name " + MetaCheck.textProblem(name).get();
        } else if (!MetaCheck.isPaper(name) || !name.equals(name.strip())) {
            problem = "the name " + MetaCheck.shown(name) + " is no paper name";
        } else if (!MetaCheck.isSlug(slug)) {
            problem = "the slug " + MetaCheck.shown(slug) + " is not made of a-z, 0-9 and inner hyphens";
        } else if (read.containsKey(name)) {
            problem = "the paper " + MetaCheck.shown(name) + " is listed twice";
        } else if (read.containsValue(slug)) {
            problem = "the slug " + MetaCheck.shown(slug) + " is given to two papers";
        }
        if (problem != null) {
            throw damaged(source, where + ": " + problem, null);
        }
        read.put(name, slug);
    }

    private String decode(Path source, byte[] bytes) throws DamagedFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw damaged(source, "not UTF-8", e);
        }
    }

    private DamagedFileException damaged(Path source, String problem, Throwable cause) {
        return new DamagedFileException(data, source, "damaged papers table (" + problem + ")", cause);
    }

    /** The paper's slug, registering it (and saving the table) the first time the paper is seen. */
    synchronized String register(String paper) throws IOException {
        String name = Ids.paperName(paper);
        String known = slugs.get(name);
        if (known != null) {
            return known;
        }
        if (!writable) {
            throw new IllegalStateException("the archive was opened for reading");
        }
        MetaCheck.paper("paper", name);
        String slug = freeSlug(Ids.pinyin(name));
        Map<String, String> before = new LinkedHashMap<>(slugs);
        slugs.put(name, slug);
        try {
            save();
        } catch (IOException | RuntimeException e) {
            slugs = before;
            throw e;
        }
        return slug;
    }

    private void save() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode papers = root.putArray("papers");
        slugs.forEach((name, slug) -> papers.addObject().put("name", name).put("slug", slug));
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.write(file, (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** {@code base}, or the first of {@code base-2}, {@code base-3} … that no paper has. */
    private String freeSlug(String base) {
        Set<String> taken = new HashSet<>(slugs.values());
        String slug = base;
        for (int n = 2; taken.contains(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /**
     * The slug of a paper named by its name or by its slug. A paper not in the table gets the slug
     * it would be registered under, never another paper's.
     */
    synchronized String lookup(String nameOrSlug) {
        String name = Ids.paperName(nameOrSlug);
        String known = slugs.get(name);
        if (known != null) {
            return known;
        }
        return slugs.containsValue(nameOrSlug) ? nameOrSlug : freeSlug(Ids.pinyin(name));
    }

    /** The registered name of a paper given by its name or its slug, or empty when the table has no such paper. */
    synchronized Optional<String> name(String nameOrSlug) {
        String name = Ids.paperName(nameOrSlug);
        if (slugs.containsKey(name)) {
            return Optional.of(name);
        }
        return slugs.entrySet().stream().filter(entry -> entry.getValue().equals(nameOrSlug)).map(Map.Entry::getKey).findFirst();
    }
}
