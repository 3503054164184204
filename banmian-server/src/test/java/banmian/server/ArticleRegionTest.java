package banmian.server;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Geometry;
import banmian.model.Page;
import banmian.model.PageMeta;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article's region is the union of its blocks' boxes: an L where the article is an L. */
class ArticleRegionTest {
    private static final PageMeta META = new PageMeta("汾河晚报", java.time.LocalDate.of(2024, 5, 8), 3, null);

    @Test
    void anArticleSetAroundACornerIsAnLWithSixCorners() {
        // A headline across two columns, then, 6 points under it, a body in the left column only.
        Page page = new Page(META, List.of(article(List.of(1), List.of(2))), List.of(), Map.of(
                1, new Geometry(100, 100, 200, 20, 22, true),
                2, new Geometry(100, 126, 90, 204, 10.5, false)));
        ArticleRegion region = ArticleRegion.of(page, page.articles().get(0)).orElseThrow();
        assertEquals("M96.0 96.0L96.0 334.0L194.0 334.0L194.0 124.0L304.0 124.0L304.0 96.0Z", region.svgPath());
        assertTrue(region.contains(new double[] {100, 100, 200, 20}), "the headline's box");
        assertFalse(region.contains(new double[] {250, 200, 10, 10}), "the notch under the headline's right half is the neighbour's");
    }

    @Test
    void blocksFarApartArePiecesOfTheirOwnAndAPageWithoutBoxesHasNoRegion() {
        Page page = new Page(META, List.of(article(List.of(1), List.of(2))), List.of(), Map.of(
                1, new Geometry(0, 0, 10, 10, 22, true),
                2, new Geometry(100, 100, 10, 10, 10.5, false)));
        assertEquals(2, ArticleRegion.of(page, page.articles().get(0)).orElseThrow().svgPath().chars().filter(c -> c == 'Z').count());
        Page textLayer = new Page(META, page.articles(), List.of());
        assertTrue(ArticleRegion.of(textLayer, textLayer.articles().get(0)).isEmpty());
    }

    private static Article article(List<Integer> headline, List<Integer> body) {
        return new Article(null, new Block(BlockType.HEADLINE, "滨河公园樱花进入盛花期", headline), null, null, null, null,
                List.of(new Block(BlockType.PARAGRAPH, "连日来，滨河公园的樱花进入盛花期。", body)), List.of(), null, null);
    }
}
