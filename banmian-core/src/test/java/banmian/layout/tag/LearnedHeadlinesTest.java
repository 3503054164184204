package banmian.layout.tag;

import banmian.layout.PageParser;
import banmian.layout.line.Decision;
import banmian.layout.line.DecisionLog;
import banmian.layout.line.Facts;
import banmian.layout.line.PageAnalysis;
import banmian.model.Article;
import banmian.model.Page;
import banmian.model.PageMeta;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learned stage on a news page's text layer (written for this test in the shape pdfminer gives
 * a page of short dated items): the wording rules leave the second item's kicker and headline as
 * text, so without the model the two items would be read as one article.
 */
class LearnedHeadlinesTest {

    private static PageAnalysis analyse() throws IOException {
        try (InputStream in = LearnedHeadlinesTest.class.getResourceAsStream("news-items.pdfminer.txt")) {
            assertNotNull(in, "fixture news-items.pdfminer.txt");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new PageParser().analyse(PageParser.lines(text), PageMeta.UNKNOWN, null, DecisionLog.recording());
        }
    }

    @Test
    void findsTheHeadlineOfAnItemTheRulesReadAsText() throws IOException {
        PageAnalysis page = analyse();
        List<Article> articles = page.get(Facts.PAGE).articles();
        assertEquals(2, articles.size());
        Article second = articles.get(1);
        assertEquals("江苏一位退休教师三十年如一日——", second.kicker().text());
        assertEquals("义务辅导留守儿童的好老师", second.headline().text());
        assertEquals("新华社南京10月30日电", second.dateline().text());
        assertTrue(articles.get(0).body().stream().noneMatch(block -> block.text().contains("退休教师")),
                "the first item keeps none of the second's title");
    }

    @Test
    void theDecisionNamesTheModelAndItsProbability() throws IOException {
        List<Decision> learned = analyse().log().decisions().stream()
                .filter(decision -> decision.rule().equals("learned-headline-line")).toList();
        assertEquals(List.of(List.of(15), List.of(16)), learned.stream().map(Decision::lines).toList());
        assertTrue(learned.get(0).evidence().startsWith("p="), learned.get(0).evidence());
    }

    @Test
    void aPageWithoutOpenHeadlinesIsLeftAlone() {
        Page page = new PageParser().parse(PageParser.lines("""
                城乡公交一体化覆盖全部行政村

                本报合肥10月30日电（记者　王晓东）记者从省交通运输厅获
                悉，今年以来全省新开通城乡公交线路一百二十条，全部行政村
                实现通公交，群众出行更加便捷。
                """), PageMeta.UNKNOWN);
        assertEquals(1, page.articles().size());
        assertEquals("城乡公交一体化覆盖全部行政村", page.articles().get(0).headline().text());
    }
}
