package banmian.pipeline;

import banmian.limits.Limits;
import banmian.model.Article;
import banmian.model.Entity;
import banmian.model.EntityType;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pdf.PdfReader;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entities of real 人民日报 pages, parsed from their PDFs and enriched as `banmian parse` does,
 * against the lists made by reading them ({@code page-entities/}, beside this test),
 * as page-level sets of distinct names. Floors per page and type ({@code page-entity-floors.csv}:
 * the figures of the day the lists were made, a little below), so that no page's loss hides
 * behind another's gain.
 */
@RealPages
class PageEntitiesTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(resources = "page-entity-floors.csv", numLinesToSkip = 1)
    void pageKeepsItsEntityFloor(String pageName, String type, double precisionFloor, double recallFloor) throws Exception {
        EntityType entityType = EntityType.fromJson(type);
        Set<String> expected = expected(pageName).getOrDefault(entityType, Set.of());
        Set<String> found = found(pageName).getOrDefault(entityType, Set.of());
        Set<String> hits = new HashSet<>(found);
        hits.retainAll(expected);
        double precision = found.isEmpty() ? 1 : (double) hits.size() / found.size();
        double recall = expected.isEmpty() ? 1 : (double) hits.size() / expected.size();
        Set<String> wrong = new TreeSet<>(found);
        wrong.removeAll(expected);
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(found);
        String report = String.format("%s %s P=%.3f R=%.3f wrong=%s missed=%s", pageName, type, precision, recall, wrong, missed);
        System.out.println(report);
        assertTrue(precision >= precisionFloor && recall >= recallFloor, report + " (floors P " + precisionFloor + " R " + recallFloor + ")");
    }

    private static final Map<String, Map<EntityType, Set<String>>> FOUND = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<EntityType, Set<String>> found(String pageName) throws Exception {
        Map<EntityType, Set<String>> cached = FOUND.get(pageName);
        if (cached != null) {
            return cached;
        }
        PageFlow flow = PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT).enrichedBy(Enrichers.builtIn());
        PageInput input = flow.read(SharedCorpus.file("corpus/rmrb/" + pageName + ".pdf"), pageName + ".pdf", PdfReader.PageProgress.NONE);
        Map<EntityType, Set<String>> names = new EnumMap<>(EntityType.class);
        for (Page page : flow.pages(input)) {
            for (Article article : page.articles()) {
                for (Entity entity : article.enrichment().entities()) {
                    names.computeIfAbsent(entity.type(), k -> new HashSet<>()).add(entity.name());
                }
            }
        }
        FOUND.put(pageName, names);
        return names;
    }

    private static Map<EntityType, Set<String>> expected(String pageName) throws IOException {
        Map<EntityType, Set<String>> names = new EnumMap<>(EntityType.class);
        try (InputStream in = PageEntitiesTest.class.getResourceAsStream("page-entities/" + pageName + ".tsv")) {
            if (in == null) {
                throw new IOException("no list of entities for " + pageName);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    names.computeIfAbsent(EntityType.fromJson(parts[0]), k -> new HashSet<>()).add(parts[1].strip());
                }
            }
        }
        return names;
    }
}
