package banmian.nlp;

import banmian.layout.PageParser;
import banmian.model.Article;
import banmian.model.Entity;
import banmian.model.EntityType;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entities on the seed page (the real 吕梁日报 front page in ../shared) against the list made by
 * reading it ({@code seed-page-entities.tsv}): persons P ≥ 0.97 and R ≥ 0.95, places and
 * organisations F1 ≥ 0.85, measured on the distinct names the page yields.
 */
@RealPages
class SeedPageEntitiesTest {
    private static final Map<EntityType, Set<String>> expected = new EnumMap<>(EntityType.class);
    private static final Map<EntityType, Set<String>> found = new EnumMap<>(EntityType.class);

    @BeforeAll
    static void enrichSeedPage() throws IOException {
        try (InputStream in = SeedPageEntitiesTest.class.getResourceAsStream("seed-page-entities.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    expected.computeIfAbsent(EntityType.fromJson(parts[0]), k -> new HashSet<>()).add(parts[1].strip());
                }
            }
        }
        String text = Files.readString(SharedCorpus.directory().resolve("samples/luliang-2024-03-11-p1.txt"));
        Page page = new PageParser().parse(PageParser.lines(text), new PageMeta("吕梁日报", LocalDate.of(2024, 3, 11), 1, null));
        for (Article article : new Enricher().enrich(page).articles()) {
            for (Entity entity : article.enrichment().entities()) {
                found.computeIfAbsent(entity.type(), k -> new HashSet<>()).add(entity.name());
            }
        }
    }

    @Test
    void personsArePreciseAndComplete() {
        double[] pr = precisionRecall(EntityType.PERSON);
        System.out.println(report(EntityType.PERSON, pr));
        assertTrue(pr[0] >= 0.97 && pr[1] >= 0.95, report(EntityType.PERSON, pr));
    }

    @Test
    void placesReachF1() {
        double[] pr = precisionRecall(EntityType.PLACE);
        System.out.println(report(EntityType.PLACE, pr));
        assertTrue(f1(pr) >= 0.85, report(EntityType.PLACE, pr));
    }

    @Test
    void organisationsReachF1() {
        double[] pr = precisionRecall(EntityType.ORGANIZATION);
        System.out.println(report(EntityType.ORGANIZATION, pr));
        assertTrue(f1(pr) >= 0.85, report(EntityType.ORGANIZATION, pr));
    }

    private static double[] precisionRecall(EntityType type) {
        Set<String> truth = expected.getOrDefault(type, Set.of());
        Set<String> predicted = found.getOrDefault(type, Set.of());
        long hits = predicted.stream().filter(truth::contains).count();
        return new double[] {predicted.isEmpty() ? 0 : (double) hits / predicted.size(), truth.isEmpty() ? 0 : (double) hits / truth.size()};
    }

    private static double f1(double[] pr) {
        return pr[0] + pr[1] == 0 ? 0 : 2 * pr[0] * pr[1] / (pr[0] + pr[1]);
    }

    private static String report(EntityType type, double[] pr) {
        Set<String> missed = new TreeSet<>(expected.getOrDefault(type, Set.of()));
        missed.removeAll(found.getOrDefault(type, Set.of()));
        Set<String> wrong = new TreeSet<>(found.getOrDefault(type, Set.of()));
        wrong.removeAll(expected.getOrDefault(type, Set.of()));
        return String.format("%s P=%.3f R=%.3f F1=%.3f missed=%s wrong=%s", type, pr[0], pr[1], f1(pr), missed, wrong);
    }
}
