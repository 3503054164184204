package banmian.layout.tag;

import banmian.layout.LayoutFixtures;
import banmian.layout.assemble.CaptionGrouper;
import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.PlacedCaption;
import banmian.layout.line.TextLine;
import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Caption;
import banmian.model.Page;
import banmian.testing.SameMatches;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static banmian.layout.LayoutFixtures.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Photo credits, the caption text leading to them, and how CaptionGrouper splits them apart. */
class CaptionTaggerTest {

    /** Two paragraphs of one article, the second broken by a photo caption set across two columns. */
    private static final String FIRST_PARAGRAPH = box(
            "今年以来，我市持续推进老",
            "旧小区改造工程，全年累计完成",
            "改造项目四十余个，惠及居民两",
            "万多户，居民满意度大幅提升。");
    private static final String SECOND_PARAGRAPH_START = box(
            "据介绍，改造后的小区不仅",
            "环境明显改善，还新增了停车位",
            "和充电桩。不少居民表示，住得",
            "更舒心了，邻里之间的走动也多");
    private static final String SECOND_PARAGRAPH_END = box(
            "了起来，大家都说这样的改造真",
            "正办到了群众的心坎上。");

    /** The captions grouped by the text path's stages up to {@code caption-groups}. */
    private static List<PlacedCaption> captions(String text) {
        return LayoutFixtures.upTo("caption-groups", text).get(Facts.CAPTIONS);
    }

    @Test
    void creditWithWidelySpacedNames() {
        // Layout-keeping extractors and the PDF path write a gap of an em or more as two spaces.
        String text = page(FIRST_PARAGRAPH,
                box("图为游客在古镇老街参观非遗展览。", "新华社记者  徐  昱摄"));
        List<TextLine> lines = LayoutFixtures.throughAuthors(text);
        assertEquals(LineRole.CREDIT, role(lines, "新华社记者"));
        assertEquals("新华社记者 徐昱 摄", captions(text).get(0).caption().credit());
    }

    @Test
    void creditLineAfterACaptionLine() {
        String text = page(FIRST_PARAGRAPH,
                box("图为游客在古镇老街参观非遗展览。", "新华社记者 林晓峰 摄"));
        List<TextLine> lines = LayoutFixtures.throughAuthors(text);
        assertEquals(LineRole.CAPTION, role(lines, "图为游客"));
        assertEquals(LineRole.CREDIT, role(lines, "林晓峰"));
        assertEquals(LineRole.BODY, role(lines, "万多户"));
        List<PlacedCaption> captions = captions(text);
        assertEquals(1, captions.size());
        Caption caption = captions.get(0).caption();
        assertEquals("图为游客在古镇老街参观非遗展览。", caption.text());
        assertEquals("新华社记者 林晓峰 摄", caption.credit());
        assertEquals(List.of(6, 7), caption.lines());
    }

    @Test
    void captionWithoutOpeningWordIsTheLineBeforeABareCredit() {
        List<TextLine> lines = LayoutFixtures.throughAuthors(page(FIRST_PARAGRAPH,
                box("3月5日，游客在古镇老街参观非遗展览。", "新华社记者 林晓峰 摄")));
        assertEquals(LineRole.CAPTION, role(lines, "游客在古镇"));
        assertEquals(LineRole.CREDIT, role(lines, "林晓峰"));
    }

    @Test
    void captionRunsBackOverWideLinesThatFlowIntoIt() {
        String text = page(FIRST_PARAGRAPH, SECOND_PARAGRAPH_START,
                box("3月5日，在古镇老街的非遗展示馆里，一位老手艺人",
                        "正在向游客演示传统竹编技艺。",
                        "新华社记者 林晓峰 摄"),
                SECOND_PARAGRAPH_END);
        List<TextLine> lines = LayoutFixtures.throughAuthors(text);
        assertEquals(LineRole.CAPTION, role(lines, "非遗展示馆"));
        assertEquals(LineRole.CAPTION, role(lines, "竹编技艺"));
        assertEquals(LineRole.CREDIT, role(lines, "林晓峰"));
        assertEquals(LineRole.BODY, role(lines, "邻里之间的走动也多"), "an open body line of column width is not caption");
        assertEquals(LineRole.BODY, role(lines, "了起来"));
        Caption caption = captions(text).get(0).caption();
        assertEquals("3月5日，在古镇老街的非遗展示馆里，一位老手艺人正在向游客演示传统竹编技艺。", caption.text());
        assertEquals("新华社记者 林晓峰 摄", caption.credit());
        assertEquals(List.of(11, 12, 13), caption.lines());
    }

    @Test
    void bodyTextAroundACaptionStaysOneParagraphAndTheCaptionJoinsTheArticle() {
        Page page = LayoutFixtures.parse(page(FIRST_PARAGRAPH, SECOND_PARAGRAPH_START,
                box("3月5日，在古镇老街的非遗展示馆里，一位老手艺人",
                        "正在向游客演示传统竹编技艺。",
                        "新华社记者 林晓峰 摄"),
                SECOND_PARAGRAPH_END));
        assertEquals(1, page.articles().size(), LayoutFixtures.dump(page));
        Article article = page.articles().get(0);
        assertEquals(2, article.body().size(), LayoutFixtures.dump(page));
        Block second = article.body().get(1);
        assertEquals("据介绍，改造后的小区不仅环境明显改善，还新增了停车位和充电桩。不少居民表示，住得更舒心了，"
                + "邻里之间的走动也多了起来，大家都说这样的改造真正办到了群众的心坎上。", second.text());
        assertEquals(List.of(6, 7, 8, 9, 15, 16), second.lines());
        assertEquals(1, article.captions().size());
        assertEquals("新华社记者 林晓峰 摄", article.captions().get(0).credit());
        assertTrue(page.unassigned().isEmpty(), LayoutFixtures.dump(page));
    }

    @Test
    void captionAndCreditOnOneLine() {
        String text = page(FIRST_PARAGRAPH,
                box("市民在滨江步道上晨练。 本报记者 周亮 摄"));
        List<TextLine> lines = LayoutFixtures.throughAuthors(text);
        assertEquals(LineRole.CAPTION, role(lines, "晨练"));
        assertEquals(LineRole.BODY, role(lines, "万多户"), "a body line ending a sentence is never pulled in");
        Caption caption = captions(text).get(0).caption();
        assertEquals("市民在滨江步道上晨练。", caption.text());
        assertEquals("本报记者 周亮 摄", caption.credit());
        assertEquals(List.of(6), caption.lines());
    }

    @Test
    void creditWithSeveralNames() {
        String text = page(FIRST_PARAGRAPH,
                box("图为新建成的跨江大桥。", "新华社记者 林晓峰 周一鸣 摄"));
        List<TextLine> lines = LayoutFixtures.throughAuthors(text);
        assertEquals(LineRole.CREDIT, role(lines, "周一鸣"));
        assertEquals("新华社记者 林晓峰 周一鸣 摄", captions(text).get(0).caption().credit());
    }

    @Test
    void fakeBoldCaptionIsUndoubledBeforeTheCreditIsSplit() {
        String text = page(FIRST_PARAGRAPH,
                box("图为山区学校的孩子们在做课间操图为山区学校的孩子们在做课间操（（资料图片资料图片）。）。本报记者本报记者 周亮周亮 摄摄"));
        List<TextLine> lines = LayoutFixtures.throughAuthors(text);
        assertEquals(LineRole.CAPTION, role(lines, "课间操"));
        Caption caption = captions(text).get(0).caption();
        assertEquals("图为山区学校的孩子们在做课间操（资料图片）。", caption.text());
        assertEquals("本报记者 周亮 摄", caption.credit());
    }

    @Test
    void graphicCreditStandsAloneAndIsKeptUnassigned() {
        String text = page(FIRST_PARAGRAPH, box("制图：宋佳"));
        List<TextLine> lines = LayoutFixtures.throughAuthors(text);
        assertEquals(LineRole.CREDIT, role(lines, "制图"));
        Caption caption = captions(text).get(0).caption();
        assertNull(caption.text());
        assertEquals("制图：宋佳", caption.credit());

        Page page = LayoutFixtures.parse(text);
        assertEquals(List.of(new Block(BlockType.CREDIT, "制图：宋佳", List.of(6))), page.unassigned());
        assertTrue(page.articles().get(0).captions().isEmpty());
    }

    @Test
    void numberedCaptionWithoutCredit() {
        String text = page(FIRST_PARAGRAPH, box("图①：新落成的社区食堂。"));
        List<TextLine> lines = LayoutFixtures.throughAuthors(text);
        assertEquals(LineRole.CAPTION, role(lines, "社区食堂"));
        Caption caption = captions(text).get(0).caption();
        assertEquals("图①：新落成的社区食堂。", caption.text());
        assertNull(caption.credit());
    }

    @Test
    void bodyLinesThatMerelyMentionPhotosStayBody() {
        String text = page(box(
                "这组照片记录了护林员一天的",
                "工作，由几位摄影爱好者历时三",
                "个月完成，将在市图书馆展出。"));
        List<TextLine> lines = LayoutFixtures.throughAuthors(text);
        for (TextLine line : lines) {
            assertEquals(LineRole.BODY, line.role(), line::toString);
        }
        assertTrue(captions(text).isEmpty());
    }

    /**
     * The credit pattern as a plain {@code find()} from every start of the line, as it was before issue 14
     * (widened since as the pattern was: a gap may part the agency from the role, {@code 新华社 记者}).
     */
    private static final Pattern FORMER_TRAILING_CREDIT = Pattern.compile(
            "((?:(?:(?:新华社|中新社|人民日报|本报|人民网|央视)\\s*)?(?:特约|实习)?(?:记者|通讯员|摄影记者|摄影)|(?:新华社|中新社)发)"
                    + "\\s*[\\p{IsHan}·](?:\\s{0,2}[\\p{IsHan}·]){1,4}(?:[\\s、,，]+[\\p{IsHan}·](?:\\s{0,2}[\\p{IsHan}·]){1,4}){0,3}\\s*摄"
                    + "|(?<=^|\\s)[\\p{IsHan}·](?:\\s{0,2}[\\p{IsHan}·]){1,4}(?:[\\s、,，]+[\\p{IsHan}·](?:\\s{0,2}[\\p{IsHan}·]){1,4}){0,3}\\s+摄)"
                    + "\\s*$");

    private static String formerCredit(String text) {
        Matcher credit = FORMER_TRAILING_CREDIT.matcher(text);
        return credit.find() ? SameMatches.describe(credit) : "none";
    }

    private static String credit(String text) {
        Matcher credit = CaptionTagger.trailingCredit(text);
        return credit == null ? "none" : SameMatches.describe(credit);
    }

    @Test
    void trailingCreditsAreFoundWhereTheyWereFound() {
        List<String> inputs = new ArrayList<>(List.of("新华社记者 黄敬文 摄", "图为市民在公园赏花。 本报记者 徐  昱 摄", "记者 刘亮亮 摄",
                "张三、李四 摄", "由青年导演在当地拍摄", "新华社发 张 三 摄 ", "人民日报特约摄影记者 阿·布 王五 摄\u0085", "中 中 中 中 中 中 中 中 中 中 摄"));
        inputs.addAll(SameMatches.mixes(14, 6000, 12, "记者", "新华社", "发", "本报", "摄影", "中", "张", "·", " ", "  ", "、", "，", "摄",
                "\n", "\u0085", "\u2028", "x"));
        for (String input : inputs) {
            assertEquals(formerCredit(input), credit(input), input);
        }
    }

    /** Issue #14: every start of a long line of name-like text cut the names after it in thousands of ways. */
    @Test
    void aMegabyteOfNamesIsReadOnce() {
        String names = " 中".repeat(500_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals("none", credit(names + " x"));
            assertEquals("none", credit(names + " x摄"));
            Matcher credit = CaptionTagger.trailingCredit(names + " 摄");
            assertEquals(names.length() - 39, credit.start(), "twenty characters in four names, then 摄");
            assertEquals("中 ".repeat(19) + "中 摄", credit.group(1));
            assertEquals(0, CaptionTagger.trailingCredit("记者张三" + " ".repeat(1_000_000) + "摄").start());
        });
        String shorter = " 中".repeat(200) + " 摄";
        assertEquals(formerCredit(shorter), credit(shorter));
    }
}
