package banmian.nlp;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Caption;
import banmian.model.Enrichment;
import banmian.model.Entity;
import banmian.model.EntityType;
import banmian.model.Figure;
import banmian.model.FigureType;
import banmian.model.PageMeta;
import banmian.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule stages on an article written for the test (names and places invented or common, none from the samples). */
class EnricherTest {
    private static final PageMeta META = new PageMeta("测试日报", LocalDate.of(2024, 3, 6), 1, null);
    private static final String SIGNING = "3月5日上午，平遥县经济开发区举行项目签约仪式，5个项目总投资12.5亿元。"
            + "县长刘文斌表示，开发区将优化服务。";
    private static final String GUESTS = "参加签约的有赵明远、古丽米拉·艾买提、钱书华、孙立群等代表。"
            + "山西杏花村汾酒集团有限责任公司、汾阳市交通运输局负责人出席。周海燕指出，祁县和汾阳市杏花村镇要加强协作，"
            + "汾阳市农机服务站覆盖率达到85%。";

    @TempDir
    Path dir;

    private static Block block(BlockType type, String text) {
        return new Block(type, text, List.of());
    }

    private static Article article() {
        return new Article(null, block(BlockType.HEADLINE, "平遥县经济开发区签约五个项目"), null,
                block(BlockType.DATELINE, "本报讯"), block(BlockType.BYLINE, "记者 葛宁宁 通讯员 贺文俊"), null,
                List.of(block(BlockType.PARAGRAPH, SIGNING), block(BlockType.PARAGRAPH, GUESTS)),
                List.of(new Caption("签约现场。", "本报记者 冯晓东 摄", List.of())), null, null);
    }

    private static List<String> names(Enrichment enrichment, EntityType type) {
        return enrichment.entities(type).stream().map(Entity::name).toList();
    }

    private static Entity entity(Enrichment enrichment, String name) {
        return enrichment.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + enrichment.entities()));
    }

    @Test
    void enumerationComesOutWholeIncludingMiddleDotNames() {
        List<String> persons = names(new Enricher().enrich(article(), META).enrichment(), EntityType.PERSON);
        assertTrue(persons.containsAll(List.of("赵明远", "古丽米拉·艾买提", "钱书华", "孙立群")), persons.toString());
    }

    @Test
    void personsFromTitlesCueWordsAndCredits() {
        Enrichment enrichment = new Enricher().enrich(article(), META).enrichment();
        assertTrue(names(enrichment, EntityType.PERSON).containsAll(List.of("刘文斌", "周海燕")));
        assertEquals(List.of(new TextSpan("byline", 0, 3, 6)), entity(enrichment, "葛宁宁").mentions());
        assertEquals(List.of(new TextSpan("byline", 0, 11, 14)), entity(enrichment, "贺文俊").mentions());
        assertEquals(List.of(new TextSpan("credit", 0, 5, 8)), entity(enrichment, "冯晓东").mentions());
        assertFalse(names(enrichment, EntityType.PERSON).contains("记者"));
    }

    @Test
    void zoneSuffixMakesOnePlaceCountedInEveryField() {
        Entity zone = entity(new Enricher().enrich(article(), META).enrichment(), "平遥县经济开发区");
        assertEquals(EntityType.PLACE, zone.type());
        assertEquals(List.of(new TextSpan("headline", 0, 0, 8), new TextSpan("body", 0, 7, 15)), zone.mentions());
        assertEquals(2, zone.count());
    }

    @Test
    void organisationsWhateverTheirSuffix() {
        List<String> organisations = names(new Enricher().enrich(article(), META).enrichment(), EntityType.ORGANIZATION);
        assertTrue(organisations.containsAll(List.of("杏花村汾酒集团有限责任公司", "汾阳市交通运输局", "汾阳市农机服务站")),
                organisations.toString());
    }

    @Test
    void offsetsPointAtTheNameInItsParagraph() {
        Entity guest = entity(new Enricher().enrich(article(), META).enrichment(), "古丽米拉·艾买提");
        TextSpan span = guest.mentions().get(0);
        assertEquals("古丽米拉·艾买提", GUESTS.substring(span.start(), span.end()));
        assertEquals(1, span.block());
    }

    @Test
    void figuresWithValuesAndThePageDate() {
        List<Figure> figures = new Enricher().enrich(article(), META).enrichment().figures();
        Figure money = figures.stream().filter(f -> f.type() == FigureType.MONEY).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("1250000000").compareTo(money.value()));
        assertEquals("CNY", money.unit());
        Figure date = figures.stream().filter(f -> f.type() == FigureType.DATE).findFirst().orElseThrow();
        assertEquals("2024-03-05", date.resolved());
        assertEquals("morning", date.qualifier());
        assertTrue(figures.stream().anyMatch(f -> f.type() == FigureType.PERCENT && f.text().equals("85%")));
    }

    @Test
    void plainWordsInPlaceLikeContextsAreNoPlaces() {
        Article walk = new Article(null, null, null, null, null, null, List.of(block(BlockType.PARAGRAPH,
                "初冬时节，河滨公园的银杏大道迎来最佳观赏期，金黄的树叶铺满步道。有人说西方的公园也很美，但他还是喜欢太原。")),
                List.of(), null, null);
        List<String> places = names(new Enricher().enrich(walk, META).enrichment(), EntityType.PLACE);
        assertTrue(places.contains("太原"), places.toString());
        assertFalse(places.stream().anyMatch(place -> place.contains("大道") || place.contains("步道") || place.equals("西方")),
                places.toString());
    }

    @Test
    void userFileAddsNamesAndSuffixes() throws IOException {
        Path rules = Files.writeString(dir.resolve("mine.tsv"), "# local additions\nplace\t祁县\norganization-suffix\t服务站\n");
        Enrichment enrichment = new Enricher(EntityLexicon.withUserFile(rules)).enrich(article(), META).enrichment();
        assertEquals(EntityType.PLACE, entity(enrichment, "祁县").type());
        assertEquals(EntityType.ORGANIZATION, entity(enrichment, "汾阳市农机服务站").type());
    }

    @Test
    void badUserFileNamesTheLine() throws IOException {
        Path rules = Files.writeString(dir.resolve("bad.tsv"), "place\t祁县\nsurname\t王\n");
        IOException error = assertThrows(IOException.class, () -> EntityLexicon.withUserFile(rules));
        assertEquals("line 2: unknown kind \"surname\"", error.getMessage());
        Path lonely = Files.writeString(dir.resolve("lonely.tsv"), "place\n");
        assertEquals("line 1: expected a kind and at least one word",
                assertThrows(IOException.class, () -> EntityLexicon.withUserFile(lonely)).getMessage());
    }

    @Test
    void keywordsAndSummaryComeFromTheBody() {
        Enrichment enrichment = new Enricher().enrich(article(), META).enrichment();
        assertTrue(enrichment.keywords().subList(0, 3).containsAll(List.of("签约", "项目")), enrichment.keywords().toString());
        assertNotNull(enrichment.summary());
        assertTrue((SIGNING + GUESTS).contains(enrichment.summary()), enrichment.summary());
    }
}
