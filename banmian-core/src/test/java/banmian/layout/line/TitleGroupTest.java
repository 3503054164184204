package banmian.layout.line;

import banmian.layout.LayoutFixtures;
import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Consecutive title lines as one kicker, headline and subtitle. */
class TitleGroupTest {

    /** Lines with the given roles; each text is its own box and its own input line (numbered from 1). */
    private static List<TextLine> lines(Object... roleAndText) {
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < roleAndText.length; i += 2) {
            int position = lines.size();
            TextLine line = new TextLine(position, position, List.of(position + 1), (String) roleAndText[i + 1], false, null);
            LayoutFixtures.give(line, (LineRole) roleAndText[i]);
            lines.add(line);
        }
        return lines;
    }

    private static List<Block> roles(Object... roleAndText) {
        List<TitleGroup> groups = TitleGroup.collect(lines(roleAndText));
        assertEquals(1, groups.size());
        return groups.get(0).roles();
    }

    @Test
    void theWrappedTailOfADashSubtitleEmittedBeforeItFollowsIt() {
        List<Block> roles = roles(
                LineRole.TITLE, "一带一路为跨文化传播提供新空间",
                LineRole.TITLE, "学术会议”述要",
                LineRole.TITLE, "——“第九届跨文化传播国际");
        assertEquals("一带一路为跨文化传播提供新空间", roles.get(1).text());
        assertEquals("“第九届跨文化传播国际 学术会议”述要", roles.get(2).text());
        assertEquals(List.of(3, 2), roles.get(2).lines(), "provenance in reading order");
    }

    @Test
    void kickerLetterSpacedHeadlineAndDashSubtitle() {
        List<Block> roles = roles(
                LineRole.TITLE, "跨越山海的约定",
                LineRole.TITLE, "东 西 协 作 结 硕 果",
                LineRole.TITLE, "——两地共建产业园区纪实");
        assertEquals(new Block(BlockType.KICKER, "跨越山海的约定", List.of(1)), roles.get(0));
        assertEquals(new Block(BlockType.HEADLINE, "东西协作结硕果", List.of(2)), roles.get(1));
        assertEquals(new Block(BlockType.SUBTITLE, "两地共建产业园区纪实", List.of(3)), roles.get(2));
    }

    @Test
    void aKickerEndingInADashPointsOnToTheHeadline() {
        List<Block> roles = roles(
                LineRole.TITLE, "江苏一位退休教师三十年如一日——",
                LineRole.TITLE, "义务辅导留守儿童的好老师");
        assertEquals(new Block(BlockType.KICKER, "江苏一位退休教师三十年如一日——", List.of(1)), roles.get(0));
        assertEquals(new Block(BlockType.HEADLINE, "义务辅导留守儿童的好老师", List.of(2)), roles.get(1));
        assertNull(roles.get(2));
    }

    @Test
    void plainLinesAreHeadlineThenSubtitle() {
        List<Block> roles = roles(
                LineRole.TITLE, "东西协作结硕果",
                LineRole.TITLE, "两地共建产业园区纪实");
        assertNull(roles.get(0));
        assertEquals("东西协作结硕果", roles.get(1).text());
        assertEquals("两地共建产业园区纪实", roles.get(2).text());
    }

    @Test
    void headlineAloneHasNoKickerOrSubtitle() {
        List<Block> roles = roles(LineRole.TITLE, "春风吹绿千山岭 万众奋进新征程");
        assertNull(roles.get(0));
        assertEquals(new Block(BlockType.HEADLINE, "春风吹绿千山岭 万众奋进新征程", List.of(1)), roles.get(1));
        assertNull(roles.get(2));
    }

    @Test
    void dashedLinesOnlyGiveTheFirstAsHeadline() {
        List<Block> roles = roles(
                LineRole.TITLE, "——两地共建产业园区纪实",
                LineRole.TITLE, "——来自东西协作一线的报道");
        assertNull(roles.get(0));
        assertEquals("两地共建产业园区纪实", roles.get(1).text());
        assertEquals("来自东西协作一线的报道", roles.get(2).text());
    }

    @Test
    void subtitleOverTwoLinesIsJoinedWithASpace() {
        List<Block> roles = roles(
                LineRole.TITLE, "东 西 协 作 结 硕 果",
                LineRole.TITLE, "——两地共建产业园区纪实",
                LineRole.TITLE, "——来自东西协作一线的报道");
        assertEquals("东西协作结硕果", roles.get(1).text());
        assertEquals(new Block(BlockType.SUBTITLE, "两地共建产业园区纪实 来自东西协作一线的报道", List.of(2, 3)), roles.get(2));
    }

    @Test
    void aRepeatedHeadlineLineIsDropped() {
        List<TitleGroup> groups = TitleGroup.collect(lines(
                LineRole.TITLE, "东 西 协 作 结 硕 果",
                LineRole.TITLE, "东西协作结硕果",
                LineRole.TITLE, "——两地共建产业园区纪实"));
        TitleGroup group = groups.get(0);
        assertEquals(2, group.lines.size());
        assertEquals("东西协作结硕果——两地共建产业园区纪实", group.text());
        assertEquals(List.of(1, 2), group.roles().get(1).lines(), "the dropped repeat stays in the headline's provenance");
        assertEquals(0, group.firstPosition());
        assertEquals(2, group.lastPosition(), "the group still spans the dropped line's neighbour");
    }

    @Test
    void aLineRepeatingPartOfTheGroupIsDropped() {
        TitleGroup group = TitleGroup.collect(lines(
                LineRole.TITLE, "东西协作结硕果",
                LineRole.TITLE, "协作结硕果")).get(0);
        assertEquals(1, group.lines.size());
    }

    @Test
    void furnitureDoesNotSplitAGroupButBodyDoes() {
        List<TitleGroup> groups = TitleGroup.collect(lines(
                LineRole.TITLE, "跨越山海的约定",
                LineRole.FURNITURE, "7 理论",
                LineRole.TITLE, "东 西 协 作 结 硕 果",
                LineRole.BODY, "走进产业园区，一排排厂房整",
                LineRole.TITLE, "春风吹绿千山岭 万众奋进新征程"));
        assertEquals(2, groups.size());
        assertEquals("跨越山海的约定", groups.get(0).roles().get(0).text());
        assertEquals("东西协作结硕果", groups.get(0).roles().get(1).text());
        assertEquals("春风吹绿千山岭 万众奋进新征程", groups.get(1).text());
    }

    @Test
    void throughTheParserTheShadowLineIsDroppedAndTheGroupSplit() {
        Page page = LayoutFixtures.parse(page(
                box("跨越山海的约定"),
                box("东 西 协 作 结 硕 果"),
                box("东西协作结硕果"),
                box("——两地共建产业园区纪实"),
                box("走进东部援建的产业园区，",
                        "一排排标准化厂房整齐排列，生",
                        "产线上工人们正忙着赶制订单。",
                        "园区负责人介绍，东西协作开展",
                        "以来，已有三十多家企业落户园",
                        "区，带动当地两千多人就业。")));
        assertEquals(1, page.articles().size(), LayoutFixtures.dump(page));
        Article article = page.articles().get(0);
        assertEquals(new Block(BlockType.KICKER, "跨越山海的约定", List.of(1)), article.kicker());
        assertEquals(new Block(BlockType.HEADLINE, "东西协作结硕果", List.of(3, 5)), article.headline());
        assertEquals(new Block(BlockType.SUBTITLE, "两地共建产业园区纪实", List.of(7)), article.subtitle());
        assertTrue(article.bodyText().startsWith("走进东部援建的产业园区，"), article.bodyText());
    }
}
