package banmian.layout.tag;

import banmian.layout.LayoutFixtures;
import banmian.layout.line.LineRole;
import banmian.layout.line.Surnames;
import banmian.layout.line.TextLine;
import banmian.model.Article;
import banmian.model.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static banmian.layout.LayoutFixtures.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Author notes and bylines, with a role or as a bare name. */
class AuthorTaggerTest {

    private static final String PARAGRAPH = box(
            "今年以来，我市持续推进老",
            "旧小区改造工程，全年累计完成",
            "改造项目四十余个，惠及居民两",
            "万多户，居民满意度大幅提升。");
    private static final String NEXT_PARAGRAPH = box(
            "据介绍，改造后的小区不仅",
            "环境明显改善，还新增了停车位",
            "和充电桩，居民住得更舒心了。");

    private static LineRole roleOfLone(String line) {
        return role(LayoutFixtures.throughAuthors(page(PARAGRAPH, box(line), NEXT_PARAGRAPH)), squash(line));
    }

    private static String squash(String text) {
        return text.replaceAll("\\s", "");
    }

    @Test
    void bracketedReportersClosingAnArticleAreItsByline() {
        Page page = LayoutFixtures.parse(page(PARAGRAPH, box("（本报记者 赵刚 通讯员 钱丽）")));
        assertEquals(1, page.articles().size(), LayoutFixtures.dump(page));
        assertEquals("本报记者 赵刚 通讯员 钱丽", page.articles().get(0).byline().text());
        assertTrue(page.unassigned().isEmpty(), LayoutFixtures.dump(page));
    }

    @Test
    void authorNoteOverTwoLines() {
        List<TextLine> lines = LayoutFixtures.throughAuthors(page(PARAGRAPH,
                box("（作 者 为 北 方 师 范 大 学 马 克 思 主", "义学院教授）"), NEXT_PARAGRAPH));
        assertEquals(LineRole.AUTHOR_NOTE, role(lines, "作者为"));
        assertEquals(LineRole.AUTHOR_NOTE, role(lines, "义学院教授"));
        assertEquals(LineRole.BODY, role(lines, "据介绍"), "the note ends at its closing bracket");
        assertEquals(LineRole.BODY, role(lines, "万多户"));
    }

    @Test
    void authorNoteInOneBoxWithTheTextAfterItStopsAtTheBracket() {
        List<TextLine> lines = LayoutFixtures.throughAuthors(page(PARAGRAPH,
                box("（作者为北方师范大学马克思主义", "学院教授）", "据介绍，改造后的小区不仅")));
        assertEquals(LineRole.AUTHOR_NOTE, role(lines, "学院教授"));
        assertEquals(LineRole.BODY, role(lines, "据介绍"));
    }

    @Test
    void runningTextInterleavedBetweenTheNotesBoxesStaysBody() {
        List<TextLine> lines = LayoutFixtures.throughAuthors(page(PARAGRAPH,
                box("（作者单位：北方师范大学马克思"), box("据介绍，改造后的小区不仅环境明"), box("主义学院）")));
        assertEquals(LineRole.AUTHOR_NOTE, role(lines, "作者单位"));
        assertEquals(LineRole.BODY, role(lines, "据介绍"));
        assertEquals(LineRole.AUTHOR_NOTE, role(lines, "主义学院"));
    }

    @Test
    void authorNoteClosesTheArticleBeforeIt() {
        Page page = LayoutFixtures.parse(page(PARAGRAPH,
                box("（作 者 为 北 方 师 范 大 学 马 克 思 主", "义学院教授）"), box("郑明远")));
        Article article = LayoutFixtures.articleWith(page, "老旧小区");
        assertEquals("（作者为北方师范大学马克思主义学院教授）", article.authorNote().text());
        assertEquals(List.of(6, 7), article.authorNote().lines());
        assertEquals("郑明远", article.byline().text());
        assertEquals(List.of(9), article.byline().lines());
    }

    @Test
    void bareThreeCharacterName() {
        assertEquals(LineRole.BYLINE, roleOfLone("郑明远"));
    }

    @Test
    void compoundSurnames() {
        assertEquals(LineRole.BYLINE, roleOfLone("欧阳思远"));
        assertEquals(LineRole.BYLINE, roleOfLone("上官云"), "上 alone is no surname; 上官 is");
        assertEquals(LineRole.BYLINE, roleOfLone("令狐晓"));
    }

    @Test
    void letterSpacedTwoCharacterName() {
        assertEquals(LineRole.BYLINE, roleOfLone("叶 帆"));
    }

    @Test
    void severalNamesSeparatedByWideGaps() {
        assertEquals(LineRole.BYLINE, roleOfLone("王海涛  陈思远"));
    }

    @Test
    void namesWhoseGapsTheExtractorCollapsedToOneSpace() {
        assertEquals(LineRole.BYLINE, roleOfLone("孙 岩 韩立新"), "a spaced two-character name beside a whole one");
        assertEquals(LineRole.BYLINE, roleOfLone("韩立新 孙 岩"));
        assertEquals(LineRole.BODY, roleOfLone("明 确 新 目 标"), "lone characters only: a letter-spaced heading");
        assertEquals(LineRole.BODY, roleOfLone("大 就 要 有 大 的 样 子"));
    }

    @Test
    void aSpacedNameTheExtractorSplitKeepsBothHalvesOutOfTheBody() {
        String open = box(
                "经过改革开放四十年的发展，",
                "我国在关心海洋、认识海洋、经略");
        String rest = box(
                "海洋方面已经积累了一定经验。",
                "新时代的海洋事业大有可为。");
        List<TextLine> lines = LayoutFixtures.throughAuthors(page(open, box("江"), box("张济坤"), rest));
        assertEquals(LineRole.BYLINE, role(lines, "张济坤"));
        assertEquals(LineRole.BYLINE, role(lines, "江"), "the given name of 周 江, split from its surname");
        List<TextLine> word = LayoutFixtures.throughAuthors(page(open, box("江"), rest));
        assertEquals(LineRole.BODY, role(word, "江"), "no byline beside it: a stray character stays where it was");
    }

    @Test
    void aTwoCharacterNameSplitIntoTwoBoxesIsABylineUnderADisplayLineOrBesideAByline() {
        List<TextLine> underHeadline = LayoutFixtures.throughAuthors(page(box("社会治理新格局"), box("叶"), box("帆"), NEXT_PARAGRAPH));
        assertEquals(LineRole.BYLINE, role(underHeadline, "叶"));
        assertEquals(LineRole.BYLINE, role(underHeadline, "帆"));
        List<TextLine> besideByline = LayoutFixtures.throughAuthors(page(PARAGRAPH, box("周"), box("江"), box("张济坤"), NEXT_PARAGRAPH));
        assertEquals(LineRole.BYLINE, role(besideByline, "周"), "the surname of 周 江, split from the given name");
        assertEquals(LineRole.BYLINE, role(besideByline, "江"));
        List<TextLine> betweenParagraphs = LayoutFixtures.throughAuthors(page(PARAGRAPH, box("叶"), box("帆"), NEXT_PARAGRAPH));
        assertEquals(LineRole.BODY, role(betweenParagraphs, "叶"), "between two paragraphs a byline would cut the article");
        List<TextLine> noName = LayoutFixtures.throughAuthors(page(box("社会治理新格局"), box("们"), box("帆"), NEXT_PARAGRAPH));
        assertEquals(LineRole.BODY, role(noName, "们"), "们 is no surname");
    }

    @Test
    void roleBylines() {
        assertEquals(LineRole.BYLINE, roleOfLone("本报记者 孟凡"));
        assertEquals(LineRole.BYLINE, roleOfLone("本报记者 孟凡 杨柳"));
        assertEquals(LineRole.BYLINE, roleOfLone("本报特约记者 何晓东"));
        assertEquals(LineRole.BYLINE, roleOfLone("通讯员 邓佳"));
    }

    @Test
    void shortHeadingThatDoesNotStartWithASurnameStays() {
        assertEquals(LineRole.BODY, roleOfLone("筑牢根基"));
        assertEquals(LineRole.BODY, roleOfLone("奋楫争先"));
    }

    @Test
    void fourCharacterPhraseOpeningWithASurnameCharacterIsNoName() {
        assertEquals(LineRole.BODY, roleOfLone("时代前列"), "four characters make a name only after a compound surname");
        assertEquals(LineRole.BODY, roleOfLone("王道正义"));
        assertTrue(Surnames.couldBeFullName("欧阳思远"));
        assertFalse(Surnames.couldBeFullName("时代前列"));
    }

    @Test
    void longerTitleWithASurnameCharacterIsNoName() {
        assertEquals(LineRole.BODY, roleOfLone("高质量发展"), "one five-character token is no name");
    }

    @Test
    void bareNameRule() {
        assertTrue(Surnames.startsWithSurname("郑明远"));
        assertTrue(Surnames.startsWithSurname("上官云"));
        assertFalse(Surnames.startsWithSurname("上官"), "a compound surname alone is no name");
        assertFalse(Surnames.startsWithSurname("筑牢根基"));
        assertFalse(Surnames.startsWithSurname(""));
    }

    @Test
    void bodyLinesAreNotBylines() {
        List<TextLine> lines = LayoutFixtures.throughAuthors(page(PARAGRAPH, NEXT_PARAGRAPH));
        for (TextLine line : lines) {
            assertEquals(LineRole.BODY, line.role(), line::toString);
        }
    }
}
