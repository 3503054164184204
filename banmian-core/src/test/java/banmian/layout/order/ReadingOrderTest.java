package banmian.layout.order;

import banmian.layout.LayoutFixtures;
import banmian.layout.line.Facts;
import banmian.layout.line.Flow;
import banmian.layout.line.TextLine;
import banmian.model.Article;
import banmian.model.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Repairing the extractor's box order. The article runs over three columns. The term 传统榫卯技艺
 * recurs on the page, so the join 传统榫|卯技艺 that the first column's end and the second column's
 * start make is strong evidence, while the extractor's own next box (the third column) would make
 * the pair 榫业 the page never uses; 产|业 joins the second column to the third.
 */
class ReadingOrderTest {

    private static final String HEADLINE = box("老木作焕发新生机");
    private static final String FIRST_COLUMN = box(
            "在城南的老木作街区，传统",
            "榫卯技艺正在年轻人手中焕发新",
            "生。走进一家木作工坊，传统榫",
            "卯技艺的展品摆满了整面墙，从",
            "小板凳到八仙桌，不用一根钉子",
            "就能严丝合缝，靠的正是传统榫");
    private static final String SECOND_COLUMN = box(
            "卯技艺。近年来，街区把传统榫",
            "卯技艺列入非遗保护项目，并开",
            "设体验课程，吸引游客动手制作",
            "小木件，把老手艺发展成了文旅",
            "产业，也让传统榫卯技艺走出街",
            "区，带动周边木作产业和文旅产");
    private static final String THIRD_COLUMN = box(
            "业共同发展。据统计，街区去年",
            "接待游客四十多万人次，传统榫",
            "卯技艺体验课程场场爆满，相关",
            "产业收入突破三千万元。");

    private static final String FIRST_TEXT = "在城南的老木作街区，传统榫卯技艺正在年轻人手中焕发新生。走进一家木作工坊，"
            + "传统榫卯技艺的展品摆满了整面墙，从小板凳到八仙桌，不用一根钉子就能严丝合缝，靠的正是传统榫卯技艺。";
    private static final String SECOND_TEXT = "近年来，街区把传统榫卯技艺列入非遗保护项目，并开设体验课程，吸引游客动手制作小木件，"
            + "把老手艺发展成了文旅产业，也让传统榫卯技艺走出街区，带动周边木作产业和文旅产业共同发展。";
    private static final String THIRD_TEXT = "据统计，街区去年接待游客四十多万人次，传统榫卯技艺体验课程场场爆满，相关产业收入突破三千万元。";

    private static List<String> lines(String box) {
        List<String> lines = new ArrayList<>();
        for (String line : box.strip().split("\n")) {
            lines.add(line);
        }
        return lines;
    }

    /** The body flow the text path's stages up to {@code reading-order} make of {@code text}. */
    private static Flow flow(String text) {
        return LayoutFixtures.upTo("reading-order", text).get(Facts.FLOW);
    }

    /** The raw text of the lines of {@link #flow}, in the order read. */
    private static List<String> read(String text) {
        return flow(text).lines().stream().map(line -> line.raw).toList();
    }

    @Test
    void secondColumnEmittedBeforeTheFirstIsPutBack() {
        Flow flow = flow(page(HEADLINE, SECOND_COLUMN, FIRST_COLUMN, THIRD_COLUMN));
        List<String> expected = new ArrayList<>(lines(FIRST_COLUMN));
        expected.addAll(lines(SECOND_COLUMN));
        expected.addAll(lines(THIRD_COLUMN));
        assertEquals(expected, flow.lines().stream().map(line -> line.raw).toList());
        assertTrue(flow.chainStarts().get(0));
        assertFalse(flow.chainStarts().subList(1, flow.chainStarts().size()).contains(true), "one chain: " + flow.chainStarts());
    }

    @Test
    void repairedOrderReadsOnWithProvenanceInReadingOrder() {
        Page page = LayoutFixtures.parse(page(HEADLINE, SECOND_COLUMN, FIRST_COLUMN, THIRD_COLUMN));
        assertEquals(1, page.articles().size(), LayoutFixtures.dump(page));
        Article article = page.articles().get(0);
        assertEquals("老木作焕发新生机", article.headlineText());
        assertEquals(FIRST_TEXT + SECOND_TEXT + THIRD_TEXT, article.bodyText());
        List<Integer> provenance = article.body().stream().flatMap(block -> block.lines().stream()).toList();
        assertEquals(List.of(10, 11, 12, 13, 14, 15, 3, 4, 5, 6, 7, 8, 17, 18, 19, 20), provenance);
    }

    @Test
    void twoBoxesInverted() {
        String jumped = SECOND_COLUMN.replace("区，带动周边木作产业和文旅产", "区，带动周边木作产业和文旅产（下转2版）");
        Page page = LayoutFixtures.parse(page(HEADLINE, jumped, FIRST_COLUMN));
        assertEquals(1, page.articles().size(), LayoutFixtures.dump(page));
        Article article = page.articles().get(0);
        assertTrue(article.bodyText().startsWith(FIRST_TEXT + "近年来，街区把传统榫卯技艺"), article.bodyText());
        assertTrue(article.bodyText().endsWith("带动周边木作产业和文旅产"), article.bodyText());
        assertEquals(2, article.continuedTo());
        List<Integer> provenance = article.body().stream().flatMap(block -> block.lines().stream()).toList();
        assertEquals(List.of(10, 11, 12, 13, 14, 15, 3, 4, 5, 6, 7, 8), provenance);
    }

    @Test
    void bylineEmittedInsideASentenceDoesNotCutIt() {
        // 不|用 occurs nowhere else on the page: only the order and the open sentence tie the boxes.
        String before = box(
                "老街坊们说，修缮后的戏台既保",
                "留了原来的雕花木梁，又加装了",
                "消防设施，大家来看戏再也不");
        String after = box(
                "用提心吊胆了。每逢周末，戏台",
                "上锣鼓声声，台下座无虚席。");
        Page page = LayoutFixtures.parse(page(box("古戏台又响锣鼓声"), before, box("李春花"), after));
        assertEquals(1, page.articles().size(), LayoutFixtures.dump(page));
        Article article = page.articles().get(0);
        assertEquals("老街坊们说，修缮后的戏台既保留了原来的雕花木梁，又加装了消防设施，大家来看戏再也不用提心吊胆了。"
                + "每逢周末，戏台上锣鼓声声，台下座无虚席。", article.bodyText());
        assertEquals("李春花", article.byline().text());
    }

    @Test
    void loneOpeningLineReadsOnUnderAHeadlineSetWider() {
        String narrow = box(
                "老街坊们说，修缮后的戏台既保",
                "留了原来的雕花木梁，又加装了",
                "消防设施，还新修了无障碍坡道",
                "和休息长廊，方便老人来看戏。");
        String lone = box("每逢周末，戏台上锣鼓");
        String wide = box(
                "声声，台下座无虚席，不少年轻人也专程赶来",
                "感受传统戏曲的魅力，有的还当场学了几句。");
        Flow flow = flow(page(narrow, lone, box("李春花"), box("古戏台里 锣鼓又响"), wide));
        List<String> read = flow.lines().stream().map(line -> line.raw).toList();
        int wideHead = read.indexOf("声声，台下座无虚席，不少年轻人也专程赶来");
        assertEquals("每逢周末，戏台上锣鼓", read.get(wideHead - 1), read.toString());
        assertFalse(flow.chainStarts().get(wideHead), "the sentence runs on: " + flow.chainStarts());
    }

    @Test
    void anOpenSentenceDoesNotRunIntoAnotherMeasure() {
        String wide = box(
                "老街坊们说，修缮后的戏台既保留了原来的",
                "雕花木梁，又加装了消防设施，还新修了无",
                "障碍坡道和休息长廊，方便老人来看戏，也");
        String narrow = box(
                "“好戏连台，人气",
                "回来了。”剧团团长",
                "笑着说，今年已经",
                "排了二十多场戏。");
        Flow flow = flow(page(wide, narrow));
        int narrowHead = flow.lines().stream().map(line -> line.raw).toList().indexOf("“好戏连台，人气");
        assertTrue(flow.chainStarts().get(narrowHead), "a new chain: " + flow.chainStarts());
    }

    @Test
    void aSentenceRunsOnIntoAQuotationInTheColumnWhereItsWordsContinue() {
        // The extractor emits a paragraph of another article in between; the words after the quote
        // mark (坚持) follow 就是 elsewhere on the page, which places the quoted box after the open column.
        String open = box(
                "街道把为民办实事作为全年的头等大事，",
                "提出的第一条要求就是坚持问需于民，",
                "而开展各项工作的第一条原则仍然就是");
        String other = box(
                "城东新区今年新建社区图书馆",
                "两座，藏书三万余册，居民借阅十分方",
                "便，深受居民好评。");
        String quoted = box(
                "“坚持问需于民，问计于民”，社区干",
                "部逐户走访，把居民的需求一一记录在",
                "案，能办的马上就办。");
        List<String> read = read(page(open, other, quoted));
        int tail = read.indexOf("而开展各项工作的第一条原则仍然就是");
        assertEquals("“坚持问需于民，问计于民”，社区干", read.get(tail + 1), read.toString());
    }

    @Test
    void aSentenceRunsOnIntoABoxThatOpensWithItsShortLastLine() {
        String otherArticle = box(
                "城东新区今年新建社区图",
                "书馆两座，藏书三万余册，居",
                "民借阅十分方便。");
        String rest = box(
                "卯技艺。",
                "近年来，街区把传统榫卯",
                "技艺列入非遗保护项目，并开设",
                "体验课程，吸引游客动手制作小",
                "木件。");
        List<String> read = read(page(HEADLINE, FIRST_COLUMN, otherArticle, rest));
        int tail = read.indexOf("就能严丝合缝，靠的正是传统榫");
        assertEquals("卯技艺。", read.get(tail + 1), read.toString());
    }

    @Test
    void extractorOrderThatIsAlreadyRightIsKept() {
        Page page = LayoutFixtures.parse(page(HEADLINE, FIRST_COLUMN, SECOND_COLUMN, THIRD_COLUMN));
        assertEquals(1, page.articles().size(), LayoutFixtures.dump(page));
        assertEquals(FIRST_TEXT + SECOND_TEXT + THIRD_TEXT, page.articles().get(0).bodyText());
        List<Integer> provenance = page.articles().get(0).body().stream().flatMap(block -> block.lines().stream()).toList();
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20), provenance);
    }

    @Test
    void everyBodyLineAppearsInTheFlowExactlyOnce() {
        List<TextLine> flow = flow(page(HEADLINE, SECOND_COLUMN, FIRST_COLUMN, THIRD_COLUMN)).lines();
        assertEquals(16, flow.size());
        assertEquals(16, flow.stream().distinct().count());
        assertFalse(flow.stream().anyMatch(line -> line.squashed.equals("老木作焕发新生机")), "the headline is not body flow");
    }

    @Test
    void oneLineBoxesSayNothingAboutJumps() {
        StringBuilder text = new StringBuilder(HEADLINE);
        for (String column : new String[] {FIRST_COLUMN, SECOND_COLUMN, THIRD_COLUMN}) {
            for (String line : lines(column)) {
                text.append(box(line));
            }
        }
        Page page = LayoutFixtures.parse(text.toString());
        assertEquals(1, page.articles().size(), LayoutFixtures.dump(page));
        assertEquals(FIRST_TEXT + SECOND_TEXT + THIRD_TEXT, page.articles().get(0).bodyText());
    }

    @Test
    void junctionEvidenceScoresJoinsThatRecreateThePagesWording() {
        List<TextLine> lines = LayoutFixtures.throughTitles(page(HEADLINE, SECOND_COLUMN, FIRST_COLUMN, THIRD_COLUMN));
        List<TextLine> body = lines.stream().filter(line -> line.role().isBodyFlow()).toList();
        JunctionEvidence evidence = new JunctionEvidence(lines, body, body);
        String firstTail = "就能严丝合缝，靠的正是传统榫";
        String secondHead = "卯技艺。近年来，街区把传统榫";
        String thirdHead = "业共同发展。据统计，街区去年";
        assertTrue(evidence.pairSeen(firstTail, secondHead));
        assertTrue(evidence.trigramSeen(firstTail, secondHead));
        assertTrue(evidence.score(firstTail, secondHead) > 0);
        assertFalse(evidence.pairSeen(firstTail, thirdHead), "榫业 is nowhere on the page");
        assertEquals(0.0, evidence.score(firstTail, thirdHead));
        assertTrue(evidence.score("区，带动周边木作产业和文旅产", thirdHead) > 0, "产业 is");
        assertEquals(0.0, evidence.score("区，", secondHead), "no evidence across punctuation");
    }

    @Test
    void aJoinWhoseWordsPlainlyRunOnBridgesAColumnSetTwoCharactersWider() {
        // The second column is set two characters wider than the first: the width estimates of the
        // two differ by more than their usual error, but 传统榫|卯技艺 recurs all over the page.
        String widerSecond = box(
                "卯技艺。近年来，街区把传统榫卯技",
                "艺列入非遗保护项目，并开设体验课",
                "程，吸引游客动手制作小木件，把老",
                "手艺发展成了文旅产业，也让传统榫",
                "卯技艺走出街区，带动周边木作产业",
                "和文旅产业共同发展，传统榫卯技艺");
        List<String> read = read(page(HEADLINE, widerSecond, FIRST_COLUMN));
        int tail = read.indexOf("就能严丝合缝，靠的正是传统榫");
        assertEquals("卯技艺。近年来，街区把传统榫卯技", read.get(tail + 1), read.toString());
    }

    @Test
    void aReduplicatedWordBrokenBeforeItsLastCharacterIsStrongEvidence() {
        List<TextLine> lines = LayoutFixtures.throughTitles(page(HEADLINE, FIRST_COLUMN));
        List<TextLine> body = lines.stream().filter(line -> line.role().isBodyFlow()).toList();
        JunctionEvidence evidence = new JunctionEvidence(lines, body, body);
        assertTrue(evidence.score("但党内管理松松垮", "垮，党员大多胸无大志") >= 6, "松松垮|垮 makes 松松垮垮, never seen on the page");
        assertEquals(0.0, evidence.score("但党内管理松松垮", "台，党员大多胸无大志"));
        assertEquals(0.0, evidence.score("他们一步步", "步入正轨"), "AAA is no AABB word");
    }

    @Test
    void aColumnThatCompletesAWordGoesOnBeforeTheColumnTheExtractorGluedAboveIt() {
        // The extractor emitted the article's last column (set narrower) before its first, which
        // opens under a section heading: only 清清楚|楚 says where the wider column's sentence goes on.
        String lastColumn = box(
                "楚，每一笔收支都记在公开",
                "栏里，村民随时可以查看。",
                "大家都说，这样的账本真让",
                "人放心。");
        String firstColumn = box(
                "过去村里的账目由会计一人保管，",
                "村民想看也看不到，意见很大。今",
                "年村里推行村务公开，请村民代表",
                "轮流记账，每一笔账目记得清清楚");
        String otherArticle = box(
                "来，合作社今年的分红比去年多了",
                "不少，社员们的干劲更足了，纷纷",
                "表示明年还要扩大种植面积。");
        List<String> read = read(page(lastColumn, box("账目公开了"), firstColumn, otherArticle));
        int tail = read.indexOf("轮流记账，每一笔账目记得清清楚");
        assertEquals("楚，每一笔收支都记在公开", read.get(tail + 1), read.toString());
        assertEquals("账目公开了", read.get(0), "the heading opens the article: " + read);
    }

    @Test
    void aCharacterAloneInItsBoxIsAPieceOfANameNotText() {
        List<String> read = read(page(HEADLINE, FIRST_COLUMN, box("高"), SECOND_COLUMN, box("静"), THIRD_COLUMN));
        assertFalse(read.contains("高") || read.contains("静"), read.toString());
        assertEquals("卯技艺。近年来，街区把传统榫", read.get(read.indexOf("就能严丝合缝，靠的正是传统榫") + 1), read.toString());
    }

    @Test
    void aCharacterAfterALineAloneInItsBoxIsRead() {
        List<String> read = read(page(HEADLINE, FIRST_COLUMN, box("网信事业代表着新的发展方"), box("向"), SECOND_COLUMN));
        assertTrue(read.contains("向"), "the last character of a line the extractor cut off: " + read);
    }
}
