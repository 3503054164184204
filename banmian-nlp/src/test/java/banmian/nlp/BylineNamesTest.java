package banmian.nlp;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Entity;
import banmian.model.EntityType;
import banmian.model.PageMeta;
import banmian.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names in bylines letter-spaced to the width of longer ones are persons, indexed without the spacing. */
class BylineNamesTest {
    private static final PageMeta META = new PageMeta("测试日报", LocalDate.of(2024, 3, 6), 1, null);

    private static List<Entity> persons(String byline) {
        Article article = new Article(null, new Block(BlockType.HEADLINE, "让更多群众吃上旅游饭", List.of()), null, null,
                new Block(BlockType.BYLINE, byline, List.of()), null,
                List.of(new Block(BlockType.PARAGRAPH, "近年来，当地发展乡村旅游，带动农民增收。", List.of())), List.of(), null, null);
        return new Enricher().enrich(article, META).enrichment().entities(EntityType.PERSON);
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    @Test
    void letterSpacedNameIsOnePersonWithoutItsSpaces() {
        List<Entity> found = persons("本报记者  李 斌");
        assertEquals(List.of("李斌"), names(found));
        assertEquals(List.of(new TextSpan("byline", 0, 6, 9)), found.get(0).mentions(), "the mention covers the spaced name");
    }

    @Test
    void spacedNamesBesideWholeOnesAndSlashedNames() {
        assertEquals(List.of("周江", "张济坤"), names(persons("周 江 张济坤")));
        assertEquals(List.of("叶帆"), names(persons("叶 / 帆")));
        assertEquals(List.of("刘亮"), names(persons("文/图 刘 亮")), "文/图 is the credit's role, not a name");
    }
}
