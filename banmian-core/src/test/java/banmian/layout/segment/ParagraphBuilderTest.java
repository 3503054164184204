package banmian.layout.segment;

import banmian.layout.LayoutFixtures;
import banmian.layout.PlacedPage;
import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paragraph breaks and line joining, seen through the whole parser. */
class ParagraphBuilderTest {

    /** One box holding four paragraphs of one article, justified at fourteen characters. */
    private static final String ARTICLE = page(box(
            "近日，与会专家围绕人工智",
            "能的发展前景展开讨论，认为 AI",
            "技术正在改变传统制造业，New",
            "Energy 汽车产业也迎来新机遇。",
            "今年该市智能制造产值增长了 12",
            "个百分点，占全部工业产值的三",
            "成以上。业内人士认为，这一比",
            "例还将继续提高。",
            "据介绍，该市已建成智能工",
            "厂二十余家，数字化车间一百多",
            "个，带动上下游企业协同发展。",
            "  下一步，该市将继续加大投",
            "入力度，推动更多企业上云用数",
            "赋智，力争三年内实现全覆盖。",
            "中 国 特 色 的 智 能 制 造 之 路 ，",
            "正 在 这 里 越 走 越 宽 。"));

    private static List<Block> body() {
        Page page = LayoutFixtures.parse(ARTICLE);
        assertEquals(1, page.articles().size(), LayoutFixtures.dump(page));
        return page.articles().get(0).body();
    }

    @Test
    void breaksAtAShortLineEndingASentenceAndAtIndentedFirstLines() {
        List<Block> body = body();
        assertEquals(List.of(
                new Block(BlockType.PARAGRAPH, "近日，与会专家围绕人工智能的发展前景展开讨论，认为AI技术正在改变传统制造业，"
                        + "New Energy汽车产业也迎来新机遇。今年该市智能制造产值增长了12个百分点，占全部工业产值的三成以上。"
                        + "业内人士认为，这一比例还将继续提高。", List.of(1, 2, 3, 4, 5, 6, 7, 8)),
                new Block(BlockType.PARAGRAPH, "据介绍，该市已建成智能工厂二十余家，数字化车间一百多个，带动上下游企业协同发展。",
                        List.of(9, 10, 11)),
                new Block(BlockType.PARAGRAPH, "下一步，该市将继续加大投入力度，推动更多企业上云用数赋智，力争三年内实现全覆盖。",
                        List.of(12, 13, 14)),
                new Block(BlockType.PARAGRAPH, "中国特色的智能制造之路，正在这里越走越宽。", List.of(15, 16))), body);
    }

    @Test
    void aSentenceEndingAtAFullLineDoesNotEndTheParagraph() {
        List<Block> body = body();
        assertTrue(body.get(0).text().contains("新机遇。今年该市"));
    }

    @Test
    void noSpaceIsLeftBetweenHanCharactersWhenJoiningOrFromJustification() {
        for (Block block : body()) {
            String text = block.text();
            for (int i = 0; i + 1 < text.length(); i++) {
                if (text.charAt(i + 1) == ' ') {
                    assertTrue(i + 2 < text.length() && Character.isLetter(text.charAt(i)) && text.charAt(i) < 0x80
                            && Character.isLetter(text.charAt(i + 2)) && text.charAt(i + 2) < 0x80,
                            () -> "a space that is not between Latin letters in " + text);
                }
            }
            assertFalse(text.contains("\n"));
        }
    }

    @Test
    void latinWordsBrokenAtALineEndGetTheirSpaceBack() {
        String first = body().get(0).text();
        assertTrue(first.contains("New Energy"), first);
        assertTrue(first.contains("认为AI技术"), first);
        assertTrue(first.contains("增长了12个百分点"), first);
    }

    @Test
    void appendJoinedSpacesOnlyBetweenLatinLetters() {
        StringBuilder text = new StringBuilder("迎来 New");
        ParagraphBuilder.appendJoined(text, "Energy");
        assertEquals("迎来 New Energy", text.toString());
        text = new StringBuilder("改变");
        ParagraphBuilder.appendJoined(text, "制造业");
        assertEquals("改变制造业", text.toString());
        text = new StringBuilder("认为AI");
        ParagraphBuilder.appendJoined(text, "技术");
        assertEquals("认为AI技术", text.toString());
        text = new StringBuilder("增长了12");
        ParagraphBuilder.appendJoined(text, "个百分点");
        assertEquals("增长了12个百分点", text.toString());
        text = new StringBuilder();
        ParagraphBuilder.appendJoined(text, "Energy");
        assertEquals("Energy", text.toString());
    }

    @Test
    void paragraphsSplitAcrossBoxesJoinWhenTheFirstBoxEndsMidSentence() {
        Page page = LayoutFixtures.parse(page(
                box("近日，与会专家围绕人工智",
                        "能的发展前景展开讨论，认为这",
                        "项技术正在改变传统制造业，也"),
                box("为新能源汽车产业带来了新的",
                        "机遇。"),
                box("据介绍，该市已建成智能工",
                        "厂二十余家，数字化车间一百多",
                        "个，带动上下游企业协同发展。")));
        Article article = page.articles().get(0);
        assertEquals(2, article.body().size(), LayoutFixtures.dump(page));
        assertEquals("近日，与会专家围绕人工智能的发展前景展开讨论，认为这项技术正在改变传统制造业，也为新能源汽车产业带来了新的机遇。",
                article.body().get(0).text());
        assertEquals(List.of(1, 2, 3, 5, 6), article.body().get(0).lines());
    }
    @Test
    void headingLinesInOneTypeMakeOneHeadingUnlessADashOrAQuestionPartsThem() {
        Page page = new PlacedPage()
                .block(60, 40, 28, "春耕备耕正当时")
                .column(40, 90, 10, 15, PlacedPage.FIELDS)
                .boldBlock(45, 195, 10, "（一）良种推广到田间")
                .boldBlock(70, 215, 10, "地头")
                .boldBlock(45, 235, 10, "——从春耕到秋收一环扣一环")
                .column(40, 255, 10, 15, PlacedPage.WATER)
                .parse();
        assertEquals(1, page.articles().size(), String.valueOf(page.articles()));
        List<String> headings = page.articles().get(0).body().stream().filter(block -> block.type() == BlockType.HEADING)
                .map(Block::text).toList();
        assertEquals(List.of("（一）良种推广到田间地头", "——从春耕到秋收一环扣一环"), headings);
    }
}
