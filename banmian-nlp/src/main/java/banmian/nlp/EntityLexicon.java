package banmian.nlp;

import banmian.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists the entity rules use (zone, administrative and organisation suffixes, cue words,
 * list heads, credit roles) and any whole names a user adds. The built-in lists live in
 * {@code entity-rules.txt}; a user file in the same format extends them.
 */
public final class EntityLexicon {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String BUILT_IN = "entity-rules.txt";

    private final Map<String, List<String>> lists = new HashMap<>();
    /** The words of each list a user file added. */
    private final Map<String, List<String>> userLists = new HashMap<>();
    private final Map<String, EntityType> names = new HashMap<>();

    private EntityLexicon() {
    }

    /** The built-in rules. */
    public static EntityLexicon builtIn() {
        EntityLexicon lexicon = new EntityLexicon();
        try (InputStream in = EntityLexicon.class.getResourceAsStream(BUILT_IN)) {
            lexicon.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), false);
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in entity rules are part of the jar", e);
        }
        return lexicon;
    }

    /** A user's dictionary of names is megabytes at most. */
    private static final long MAX_USER_FILE_BYTES = 64L << 20;

    /** The built-in rules extended by a user file ({@code kind<TAB>words}, # comments). */
    public static EntityLexicon withUserFile(Path file) throws IOException {
        // Only a regular file of a dictionary's size: a FIFO would block, a device never end.
        if (!Files.isRegularFile(file)) {
            throw new IOException(Files.exists(file) ? "not a regular file" : "no such file");
        }
        if (Files.size(file) > MAX_USER_FILE_BYTES) {
            throw new IOException("larger than " + (MAX_USER_FILE_BYTES >> 20) + " MiB; not a dictionary");
        }
        EntityLexicon lexicon = builtIn();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lexicon.read(reader, true);
        }
        return lexicon;
    }

    private void read(BufferedReader reader, boolean userFile) throws IOException {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = WHITESPACE.split(trimmed, 2);
            if (parts.length < 2) {
                throw new IOException("line " + number + ": expected a kind and at least one word");
            }
            String kind = parts[0];
            for (String word : WHITESPACE.split(parts[1])) {
                add(kind, word, number, userFile);
            }
        }
    }

    private void add(String kind, String word, int line, boolean userFile) throws IOException {
        switch (kind) {
            case "person", "place", "organization" -> names.put(word, EntityType.fromJson(kind));
            case "place-suffix", "place-ending", "admin-suffix", "admin-blocker", "name-blocker", "organization-suffix", "person-cue",
                 "list-head-person", "list-head-place", "list-head-organization", "credit-role", "credit-suffix" -> {
                lists.computeIfAbsent(kind, k -> new ArrayList<>()).add(word);
                if (userFile) {
                    userLists.computeIfAbsent(kind, k -> new ArrayList<>()).add(word);
                }
            }
            default -> throw new IOException("line " + line + ": unknown kind \"" + kind + "\"");
        }
    }

    /** Words of one list, longest first (so that the longest suffix matches first). */
    List<String> list(String kind) {
        return longestFirst(lists.getOrDefault(kind, List.of()));
    }

    /** The words a user file added to one list, longest first. */
    List<String> userList(String kind) {
        return longestFirst(userLists.getOrDefault(kind, List.of()));
    }

    private static List<String> longestFirst(List<String> list) {
        List<String> words = new ArrayList<>(list);
        words.sort(Comparator.comparingInt(String::length).reversed());
        return words;
    }

    Set<String> set(String kind) {
        return new HashSet<>(lists.getOrDefault(kind, List.of()));
    }

    /** Whole names the user listed, by type. */
    Map<String, EntityType> names() {
        return Map.copyOf(names);
    }

    Map<EntityType, Set<String>> listHeads() {
        Map<EntityType, Set<String>> heads = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            heads.put(type, set("list-head-" + type.jsonName()));
        }
        return heads;
    }
}
