package banmian.layout.tag;

import banmian.layout.LayoutFixtures;
import banmian.layout.line.LineRole;
import banmian.layout.line.LineShape;
import banmian.layout.line.TextLine;
import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static banmian.layout.LayoutFixtures.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Display lines against body lines: headline groups, in-article headings, and body lines that only look like titles. */
class TitleTaggerTest {

    private static final String OPENING = box(
            "每逢周三下午，山区小学的操",
            "场上总会响起一阵阵欢呼声。学",
            "校新开的航模课，让孩子们第一",
            "次亲手把飞机送上了蓝天。");
    private static final String SECOND = box(
            "授课的是县城来的志愿者老",
            "师。他们每周翻山越岭赶来，手",
            "把手教孩子们裁剪、粘合、调试",
            "航模，一节课常常要上到天黑。");
    private static final String HEADING = box("小小课堂连着大梦想");
    /** A paragraph whose first line justification spread out, with no punctuation in it. */
    private static final String SPREAD_FIRST_LINE = box(
            "乡 村 振 兴 离 不 开 一 支 懂 农 业",
            "爱农村爱农民的工作队伍，航模",
            "课让孩子们看到了更大的世界。");
    /** Two list paragraphs opening with a dash, their first lines title-shaped. */
    private static final String DASH_LIST = box(
            "——坚持把孩子的成长放在",
            "首位，让每一节航模课都扎扎实",
            "实，让孩子们在动手中学知识，",
            "在合作中长本领。",
            "——坚持把课堂开进田间和",
            "工厂车间，让孩子们在实践中学",
            "知识、长本领、增见识，把书本",
            "上的道理变成手上的本事。");
    /** The headline, printed after its article's body. */
    private static final String HEADLINE = box(
            "山 区 学 校 开 出 航 模 课",
            "——孩子们在课堂上放飞梦想");
    private static final String OTHER_ARTICLE = box(
            "连日来，滨江新区的各个工地",
            "上机器轰鸣，一派繁忙景象。春",
            "风吹过江岸，工人们加班加点，",
            "力争让新区早日踏上新征程。");
    private static final String CLAUSE_HEADLINE = box("春风吹绿千山岭 万众奋进新征程");

    private static final String PAGE = page(OPENING, SECOND, HEADING, SPREAD_FIRST_LINE, DASH_LIST, HEADLINE,
            OTHER_ARTICLE, CLAUSE_HEADLINE);

    @Test
    void letterSpacedHeadlineAfterItsBodyAndDashSubtitle() {
        List<TextLine> lines = LayoutFixtures.throughTitles(PAGE);
        assertEquals(LineRole.TITLE, role(lines, "山区学校开出航模课"), () -> LayoutFixtures.dump(lines));
        assertEquals(LineRole.TITLE, role(lines, "放飞梦想"));
    }

    @Test
    void clauseSpaceHeadline() {
        List<TextLine> lines = LayoutFixtures.throughTitles(PAGE);
        assertEquals(LineRole.TITLE, role(lines, "春风吹绿千山岭"), () -> LayoutFixtures.dump(lines));
    }

    @Test
    void sectionHeadingSetNarrowAtTheHeadOfItsTextIsAHeading() {
        // pdftotext's shape: the heading's lines, justified in a narrow box, then the section's text
        // in the same block; the second heading line has a justification gap after one character.
        String section = box(
                "课 堂 放 飞 梦 想 ：让",
                "孩 子 们 在 动 手 中",
                "学知识长本领",
                "每逢周三下午，山区小学的操场上总",
                "会响起一阵阵欢呼声。学校新开的航模",
                "课，让孩子们第一次亲手把飞机送上了");
        List<TextLine> lines = LayoutFixtures.throughTitles(page(OPENING, SECOND, section, OTHER_ARTICLE));
        for (String fragment : new String[] {"课堂放飞梦想", "孩子们在动手中", "学知识长本领"}) {
            assertEquals(LineRole.HEADING, role(lines, fragment), () -> LayoutFixtures.dump(lines));
        }
        assertEquals(LineRole.BODY, role(lines, "每逢周三下午，山区小学的操场上总"));
    }

    @Test
    void aNarrowSectionHeadingMayCarryAComma() {
        String section = box(
                "科 技 兴 农 ：让 新",
                "技 术 走 进 田 间 ，帮",
                "农民增产又增收",
                "每逢周三下午，镇农技站的院子里总",
                "会挤满前来请教的农户。站里新开的课",
                "程，让大家第一次学会了用手机测土。");
        List<TextLine> lines = LayoutFixtures.throughTitles(page(OPENING, SECOND, section, OTHER_ARTICLE));
        for (String fragment : new String[] {"科技兴农", "技术走进田间，帮", "农民增产又增收"}) {
            assertEquals(LineRole.HEADING, role(lines, fragment), () -> LayoutFixtures.dump(lines));
        }
        assertEquals(LineRole.BODY, role(lines, "每逢周三下午，镇农技站的院子里总"));
    }

    @Test
    void aNarrowRunEndingOnACommaLineIsNoHeading() {
        String section = box(
                "科 技 兴 农 ：让 新",
                "技 术 走 进 田 间 ，帮",
                "每逢周三下午，镇农技站的院子里总",
                "会挤满前来请教的农户。站里新开的课",
                "程，让大家第一次学会了用手机测土。");
        List<TextLine> lines = LayoutFixtures.throughTitles(page(OPENING, SECOND, section, OTHER_ARTICLE));
        assertEquals(LineRole.BODY, role(lines, "技术走进田间，帮"), () -> LayoutFixtures.dump(lines));
    }

    @Test
    void justificationGapAfterOneCharacterIsNoClauseSpace() {
        List<TextLine> lines = LayoutFixtures.throughTitles(page(OPENING, box("习 近平新时代中国特色"), SECOND));
        assertFalse(LineShape.hasClauseSpace(LayoutFixtures.line(lines, "近平新时代")));
        assertTrue(LineShape.hasClauseSpace(LayoutFixtures.line(LayoutFixtures.throughTitles(PAGE), "春风吹绿千山岭")));
    }

    @Test
    void headingBetweenTwoParagraphs() {
        List<TextLine> lines = LayoutFixtures.throughTitles(PAGE);
        assertEquals(LineRole.HEADING, role(lines, "小小课堂连着大梦想"), () -> LayoutFixtures.dump(lines));
    }

    @Test
    void paragraphFirstLineSpreadByJustificationStaysBody() {
        List<TextLine> lines = LayoutFixtures.throughTitles(PAGE);
        TextLine first = LayoutFixtures.line(lines, "乡村振兴离不开");
        assertTrue(first.letterSpaced);
        assertEquals(LineRole.BODY, first.role(), () -> LayoutFixtures.dump(lines));
    }

    @Test
    void dashListParagraphsStayBody() {
        List<TextLine> lines = LayoutFixtures.throughTitles(PAGE);
        assertEquals(LineRole.BODY, role(lines, "坚持把孩子的成长放在"), () -> LayoutFixtures.dump(lines));
        assertEquals(LineRole.BODY, role(lines, "坚持把课堂开进田间和"), () -> LayoutFixtures.dump(lines));
    }

    @Test
    void runningTextStaysBody() {
        List<TextLine> lines = LayoutFixtures.throughTitles(PAGE);
        for (String fragment : new String[] {"每逢周三", "次亲手把飞机", "航模，一节课", "课让孩子们看到", "在合作中长本领",
                "连日来", "力争让新区"}) {
            assertEquals(LineRole.BODY, role(lines, fragment), fragment);
        }
    }

    @Test
    void parsedPageKeepsEachLineInItsPlace() {
        Page page = LayoutFixtures.parse(PAGE);
        assertEquals(2, page.articles().size(), LayoutFixtures.dump(page));
        Article school = LayoutFixtures.articleWith(page, "航模课");
        assertEquals(new Block(BlockType.HEADLINE, "山区学校开出航模课", List.of(26)), school.headline());
        assertEquals(new Block(BlockType.SUBTITLE, "孩子们在课堂上放飞梦想", List.of(27)), school.subtitle());
        assertNull(school.kicker());
        List<Block> body = school.body();
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.HEADING, BlockType.PARAGRAPH,
                BlockType.PARAGRAPH, BlockType.PARAGRAPH), body.stream().map(Block::type).toList(), LayoutFixtures.dump(page));
        assertEquals(new Block(BlockType.HEADING, "小小课堂连着大梦想", List.of(11)), body.get(2));
        assertEquals("乡村振兴离不开一支懂农业爱农村爱农民的工作队伍，航模课让孩子们看到了更大的世界。", body.get(3).text());
        assertEquals("——坚持把孩子的成长放在首位，让每一节航模课都扎扎实实，让孩子们在动手中学知识，在合作中长本领。",
                body.get(4).text());
        assertEquals("——坚持把课堂开进田间和工厂车间，让孩子们在实践中学知识、长本领、增见识，把书本上的道理变成手上的本事。",
                body.get(5).text());

        Article site = LayoutFixtures.articleWith(page, "滨江新区");
        assertEquals("春风吹绿千山岭 万众奋进新征程", site.headlineText());
        assertTrue(page.unassigned().isEmpty(), LayoutFixtures.dump(page));
    }

    @Test
    void titleAtThePageTopBeforeAnyBody() {
        List<TextLine> lines = LayoutFixtures.throughTitles(page(box("山区孩子放飞航模梦"), OPENING, SECOND));
        assertEquals(LineRole.TITLE, role(lines, "山区孩子放飞航模梦"), () -> LayoutFixtures.dump(lines));
    }

    @Test
    void headlineRightAboveItsByline() {
        List<TextLine> lines = LayoutFixtures.throughTitles(page(OPENING, SECOND,
                box("滨江新区建设跑出加速度", "本报记者 孟凡"), OTHER_ARTICLE));
        assertEquals(LineRole.BYLINE, role(lines, "孟凡"));
        assertEquals(LineRole.TITLE, role(lines, "滨江新区建设跑出加速度"), () -> LayoutFixtures.dump(lines));
    }

    @Test
    void headlineWiderThanTheColumnsAroundIt() {
        List<TextLine> lines = LayoutFixtures.throughTitles(page(OPENING, SECOND,
                box("滨江新区重点项目建设全面提速跑出发展加速度"), OTHER_ARTICLE));
        assertEquals(LineRole.TITLE, role(lines, "跑出发展加速度"), () -> LayoutFixtures.dump(lines));
    }

    @Test
    void couldBeTitleShape() {
        List<TextLine> lines = LayoutFixtures.throughTitles(PAGE);
        assertTrue(LineShape.couldBeTitle(LayoutFixtures.line(lines, "小小课堂")));
        assertTrue(!LineShape.couldBeTitle(LayoutFixtures.line(lines, "次亲手把飞机")), "ends a sentence");
        assertTrue(!LineShape.couldBeTitle(LayoutFixtures.line(lines, "航模，一节课")), "has a comma");
    }

    @Test
    void firstLineOfTheFirstParagraphUnderAHeadlineStaysBody() {
        String text = page(
                box("东 西 协 作 结 硕 果"),
                box("——两地共建产业园区纪实"),
                box("走进东部沿海城市援建的产",
                        "业园区，一排排标准化厂房整齐",
                        "排列，生产线上工人们正忙着赶",
                        "制订单。园区负责人介绍，东西",
                        "协作开展以来，已有三十多家企",
                        "业落户园区，带动当地两千多人",
                        "就业。"));
        List<TextLine> lines = LayoutFixtures.throughTitles(text);
        assertEquals(LineRole.BODY, role(lines, "走进东部沿海城市援建的产"), () -> LayoutFixtures.dump(lines));
        assertEquals(LineRole.TITLE, role(lines, "东西协作结硕果"));
        assertEquals(LineRole.TITLE, role(lines, "两地共建产业园区纪实"));
        Article article = LayoutFixtures.parse(text).articles().get(0);
        assertEquals("东西协作结硕果", article.headlineText());
        assertEquals("两地共建产业园区纪实", article.subtitle().text());
        assertTrue(article.bodyText().startsWith("走进东部沿海城市援建的产业园区"), article.bodyText());
    }

    @Test
    void pageOpeningWithBodyTextKeepsItsFirstLine() {
        Page page = LayoutFixtures.parse(page(box(
                "与会专家围绕人工智能的发",
                "展前景展开讨论，认为这项技术",
                "正在改变传统制造业的面貌。")));
        Article article = page.articles().get(0);
        assertNull(article.headline(), LayoutFixtures.dump(page));
        assertEquals("与会专家围绕人工智能的发展前景展开讨论，认为这项技术正在改变传统制造业的面貌。", article.bodyText());
    }

    @Test
    void aFullLineTheExtractorBoxedAloneInsideASentenceStaysBody() {
        // pdfminer parts one paragraph into three boxes: the middle line reads like display type on
        // its own, but the short last line finishes its words (实|现) and the sentence.
        String text = page(OPENING, box(
                        "为了实现孩子们的心愿，学校还",
                        "请来了县里的航模教练。他说，",
                        "孩子们最大的心愿，就是"),
                box("“ 让 自 己 的 飞 机 飞 过 大 山 、实"),
                box("现飞出大山的梦想”。"),
                SECOND);
        List<TextLine> lines = LayoutFixtures.throughTitles(text);
        assertEquals(LineRole.BODY, role(lines, "让自己的飞机飞过大山"), () -> LayoutFixtures.dump(lines));
    }
}
