package banmian.archive;

import banmian.pipeline.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The short names papers are filed under, kept in {@code papers.tsv} of the data directory. A paper's
 * slug is its name in toneless pinyin; two names that read alike ({@code 山西日报}, {@code 陕西日报})
 * would share it, so the second one registered gets {@code -2}, and the registry remembers who got what.
 */
final class PaperSlugs {
    private final Path file;
    private final Map<String, String> slugs = new LinkedHashMap<>();

    private PaperSlugs(Path file) {
        this.file = file;
    }

    static PaperSlugs load(Path file) throws IOException {
        PaperSlugs registry = new PaperSlugs(file);
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    registry.slugs.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return registry;
    }

    /** The paper's slug, registering it (and saving the registry) the first time the paper is seen. */
    synchronized String register(String paper) throws IOException {
        String name = Ids.paperName(paper);
        String known = slugs.get(name);
        if (known != null) {
            return known;
        }
        String base = Ids.pinyin(name);
        String slug = base;
        for (int n = 2; slugs.containsValue(slug); n++) {
            slug = base + "-" + n;
        }
        slugs.put(name, slug);
        StringBuilder text = new StringBuilder();
        slugs.forEach((paper1, slug1) -> text.append(paper1).append('\t').append(slug1).append('\n'));
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        return slug;
    }

    /** The slug of a paper named by its name or by its slug; unknown names get their pinyin. */
    synchronized String lookup(String nameOrSlug) {
        String name = Ids.paperName(nameOrSlug);
        String known = slugs.get(name);
        if (known != null) {
            return known;
        }
        return slugs.containsValue(nameOrSlug) ? nameOrSlug : Ids.pinyin(name);
    }
}
