package banmian;

import banmian.limits.Limit;
import banmian.limits.Limits;
import banmian.model.Article;
import banmian.model.Entity;
import banmian.model.EntityType;
import banmian.model.MetaCheck;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.text.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BanmianTest {
    /** The bundled example page: furniture 2026年11月25日, 3 城市; two articles. */
    private static final Path PAGE = Path.of("../examples/sample-page.txt");

    @TempDir
    Path dir;

    private static List<String> headlines(Page page) {
        return page.articles().stream().map(Article::headlineText).toList();
    }

    @Test
    void aFileWithTheDefaultsIsParsedAndEnrichedAsParseWritesIt() throws InputException {
        List<Page> pages = Banmian.parse(PAGE);
        assertEquals(1, pages.size());
        Page page = pages.get(0);
        assertEquals(new PageMeta(null, LocalDate.of(2026, 11, 25), 3, "城市"), page.meta());
        assertEquals(List.of("城东新区首座社区图书馆开放", "银杏大道迎来最佳观赏期"), headlines(page));
        page.articles().forEach(article -> assertNotNull(article.enrichment(), "enrichment is on by default"));
        assertTrue(Banmian.Options.defaults().enriches());
    }

    @Test
    void aStreamIsNamedByItsNameWhichGivesDateAndPageLikeAFileName() throws Exception {
        Banmian.Options options = Banmian.Options.defaults().withPaper("城东晚报").withoutEnrichment();
        Page page;
        try (InputStream in = Files.newInputStream(PAGE)) {
            page = Banmian.parse(in, "czwb2020020205.txt", options).get(0);
        }
        assertEquals(new PageMeta("城东晚报", LocalDate.of(2020, 2, 2), 5, "城市"), page.meta());
        page.articles().forEach(article -> assertNull(article.enrichment()));

        InputException empty = assertThrows(InputException.class,
                () -> Banmian.parse(new ByteArrayInputStream(new byte[0]), "upload.txt", options));
        assertEquals("upload.txt: empty input", empty.getMessage());
    }

    @Test
    void optionsWinAndAreChecked() throws InputException {
        Banmian.Options options = Banmian.Options.defaults().withDate(LocalDate.of(2024, 3, 11)).withPage(9).withoutEnrichment();
        assertEquals(new PageMeta(null, LocalDate.of(2024, 3, 11), 9, null), options.meta());
        assertEquals(new PageMeta(null, LocalDate.of(2024, 3, 11), 9, "城市"), Banmian.parse(PAGE, options).get(0).meta());
        assertEquals("paper: the paper name is blank",
                assertThrows(MetaCheck.Invalid.class, () -> Banmian.Options.defaults().withPaper(" ")).getMessage());
        assertThrows(MetaCheck.Invalid.class, () -> Banmian.Options.defaults().withPage(0));
        assertThrows(MetaCheck.Invalid.class, () -> Banmian.Options.defaults().withDate(LocalDate.of(1700, 1, 1)));
        assertSame(Banmian.Options.defaults(), Banmian.Options.defaults(), "immutable: one default");
        assertTrue(options.withEnrichment().enriches());
        assertFalse(options.enriches());
    }

    @Test
    void limitsHoldAndTheRefusalNamesTheFile() {
        Banmian.Options tight = Banmian.Options.defaults().withLimits(Limits.DEFAULT.with(Limit.PAGE_LINES, 10));
        InputException refused = assertThrows(InputException.class, () -> Banmian.parse(PAGE, tight));
        assertTrue(refused.getMessage().startsWith(PAGE + ": the text has "), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("lines (limit page-lines=10; raise it with --limit page-lines=N)"), refused.getMessage());
    }

    @Test
    void anEntityDictionaryAddsNames() throws Exception {
        Path dictionary = Files.writeString(dir.resolve("names.tsv"), "organization\t区文化馆\n");
        Page page = Banmian.parse(PAGE, Banmian.Options.defaults().withEntityDictionary(dictionary)).get(0);
        List<String> organizations = page.articles().get(0).enrichment().entities(EntityType.ORGANIZATION).stream()
                .map(Entity::name).toList();
        assertEquals(List.of("区文化馆"), organizations);

        Path bad = Files.writeString(dir.resolve("bad.tsv"), "people\t某某\n");
        IOException refused = assertThrows(IOException.class, () -> Banmian.Options.defaults().withEntityDictionary(bad));
        assertEquals("line 1: unknown kind \"people\"", refused.getMessage());
    }
}
