package banmian.pipeline;

import banmian.limits.Limits;
import banmian.model.Article;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pdf.PdfReader;
import banmian.text.InputException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageFlowTest {
    /** The bundled example page (furniture {@code 2026年11月25日 星期三}, {@code 3 城市}; two articles). */
    private static final byte[] PAGE = examplePage();

    private static byte[] examplePage() {
        try {
            return Files.readAllBytes(Path.of("../examples/sample-page.txt"));   // tests run in the module's folder
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PageInput read(PageFlow flow, String fileName, byte[] bytes) throws InputException {
        return flow.read(flow.source(new ByteArrayInputStream(bytes), fileName, fileName), PdfReader.PageProgress.NONE);
    }

    @Test
    void metadataComesFromTheOptionsThenTheFileNameThenThePage() throws InputException {
        PageFlow furniture = PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT);
        Page page = furniture.pages(read(furniture, "page.txt", PAGE)).get(0);
        assertEquals(LocalDate.of(2026, 11, 25), page.meta().date());
        assertEquals(3, page.meta().number());

        Page named = furniture.pages(read(furniture, "czwb2020020205.txt", PAGE)).get(0);
        assertEquals(new PageMeta(null, LocalDate.of(2020, 2, 2), 5, named.meta().section()), named.meta());

        PageFlow given = PageFlow.parsing(new PageMeta("城东晚报", null, 9, null), Limits.DEFAULT);
        assertEquals(new PageMeta("城东晚报", LocalDate.of(2020, 2, 2), 9, null),
                given.givenMeta("czwb2020020205.txt"), "known before reading: the options, then the file name");
        Page stated = given.pages(read(given, "czwb2020020205.txt", PAGE)).get(0);
        assertEquals("城东晚报", stated.meta().paper());
        assertEquals(LocalDate.of(2020, 2, 2), stated.meta().date());
        assertEquals(9, stated.meta().number());
    }

    @Test
    void enrichmentIsAStepOfTheFlowOnlyWhenAsked() throws InputException {
        PageFlow parsing = PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT);
        PageInput input = read(parsing, "page.txt", PAGE);
        List<Article> plain = parsing.pages(input).get(0).articles();
        assertFalse(plain.isEmpty());
        plain.forEach(article -> assertNull(article.enrichment()));
        List<Article> enriched = parsing.enrichedBy(Enrichers.builtIn()).pages(input).get(0).articles();
        assertEquals(plain.size(), enriched.size());
        enriched.forEach(article -> assertNotNull(article.enrichment()));
    }

    @Test
    void theSinkSeesPagesBeforeEnrichmentAndGetsThoseItAdmits() throws Exception {
        PageFlow flow = PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT).enrichedBy(Enrichers.builtIn());
        byte[] pdf = Files.readAllBytes(FuzzSeeds.RESOURCES.resolve("PdfFuzzTestInputs/pdf/embedded-cjk.pdf"));
        PageInput input = read(flow, "issue.pdf", pdf);
        assertInstanceOf(PageInput.Pdf.class, input);
        List<Page> admitted = new ArrayList<>();
        List<Page> stored = new ArrayList<>();
        flow.run(input, new PageFlow.Sink() {
            @Override
            public boolean admit(PageInput in, Page parsed) {
                parsed.articles().forEach(article -> assertNull(article.enrichment(), "admitted before enrichment"));
                admitted.add(parsed);
                return true;
            }

            @Override
            public void accept(PageInput in, List<Page> pages) {
                stored.addAll(pages);
            }
        });
        assertEquals(input.pageCount(), admitted.size());
        assertEquals(admitted.size(), stored.size());
        assertTrue(stored.stream().flatMap(page -> page.articles().stream()).allMatch(article -> article.enrichment() != null));

        List<Page> none = new ArrayList<>();
        flow.run(input, new PageFlow.Sink() {
            @Override
            public boolean admit(PageInput in, Page parsed) {
                return false;   // held already, say
            }

            @Override
            public void accept(PageInput in, List<Page> pages) {
                none.addAll(pages);
            }
        });
        assertEquals(List.of(), none);
    }

    @Test
    void aSinkRefusingAPageRefusesTheInputNamingIt() throws InputException {
        PageFlow flow = PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT);
        PageInput input = read(flow, "page.txt", PAGE);
        InputException refused = assertThrows(InputException.class, () -> flow.run(input, new PageFlow.Sink() {
            @Override
            public boolean admit(PageInput in, Page parsed) throws InputException {
                throw new InputException(in.name(), "cannot be filed");
            }

            @Override
            public void accept(PageInput in, List<Page> pages) throws IOException {
                throw new AssertionError("nothing of a refused input is stored");
            }
        }));
        assertEquals("page.txt: cannot be filed", refused.getMessage());
    }

    @Test
    void readingKeepsTheLimitsAndNamesTheInput() {
        PageFlow flow = PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT);
        assertEquals("empty.txt: empty input", assertThrows(InputException.class, () -> read(flow, "empty.txt", new byte[0])).getMessage());
    }
}
