package banmian.layout;

import banmian.layout.assemble.CaptionGrouper;
import banmian.layout.line.Datelines;
import banmian.layout.line.Dialect;
import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.TextLine;
import banmian.layout.prepare.ContinuationMarkers;
import banmian.layout.prepare.LinePreparer;
import banmian.layout.tag.PageFurniture;
import banmian.model.Article;
import banmian.model.Caption;
import banmian.model.Page;
import banmian.model.PageMeta;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static banmian.layout.LayoutFixtures.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bugs the stage tests turned up, each pinned by the input that showed it: what the classes'
 * Javadoc promises, which the code once failed to do.
 */
class LayoutBugRegressionTest {

    // Was a bug (fixed): Datelines' first alternative allows any 0-12 Han characters between an agency or
    // "…社/报/台/网" and 电/讯, with the date optional, so ordinary sentences are taken for datelines.
    @Test
    void sentencesThatStartWithAnAgencyOrCooperativeAreNoDatelines() {
        assertFalse(Datelines.startsWithDateline("新华社记者走访供电所时看到，工人"));
        assertFalse(Datelines.startsWithDateline("合作社社员们用上了电灯，村里的夜"));
    }

    // Was a bug (fixed): the false dateline above then starts a new article and is cut from the text.
    @Test
    void aParagraphOpeningWithACooperativeStaysInItsArticle() {
        Page page = LayoutFixtures.parse(page(
                box("山村用上了放心电"),
                box("今年以来，县里实施农网改造",
                        "工程，偏远山村的供电条件明显",
                        "改善，村民用电再也不用发愁。"),
                box("合作社社员们用上了电灯，村",
                        "里的夜晚亮了起来，老人们都说",
                        "日子越过越好了。")));
        assertEquals(1, page.articles().size(), LayoutFixtures.dump(page));
        assertNull(page.articles().get(0).dateline());
        assertTrue(page.articles().get(0).bodyText().contains("合作社社员们用上了电灯"));
    }

    // Was a bug (fixed): PageFurniture's section group [\p{IsHan}·]{2,8} swallows the 第 of "第3版".
    @Test
    void sectionBeforeAnOrdinalPageNumber() {
        PageMeta meta = LayoutFixtures.upTo("furniture", page(
                box("要闻 第3版"),
                box("今年以来，我市持续推进老旧小",
                        "区改造工程，惠及居民两万多户。"))).get(Facts.SHOWN_META);
        assertEquals(3, meta.number());
        assertEquals("要闻", meta.section());
    }

    // Was a bug (fixed): a running-text line inside a multi-line box near the page top is taken for the
    // page number and section; its text disappears from the article and the page gets number 12.
    @Test
    void numberAndMeasureInsideTheFirstBoxIsNotFurniture() {
        String text = page(
                box("今年前三季度，该厂共生产了",
                        "钢材和铝材，其中钢材达到了",
                        "12 万吨钢材",
                        "比去年同期增长百分之八，铝材",
                        "产量也创下历史新高。"),
                box("据介绍，改造后的小区不仅",
                        "环境明显改善，还新增了停车位",
                        "和充电桩，居民住得更舒心了。"));
        List<TextLine> lines = LayoutFixtures.throughFurniture(text);
        assertEquals(LineRole.BODY, role(lines, "万吨钢材"));
        Page page = LayoutFixtures.parse(text);
        assertNull(page.meta().number());
        assertTrue(page.articles().get(0).bodyText().contains("12万吨钢材"), LayoutFixtures.dump(page));
    }

    // Was a bug (fixed): CaptionTagger.TRAILING_CREDIT makes the role optional, so any body line that ends
    // in 拍摄 is a caption with "credit" = the last few characters; the body text is swallowed.
    @Test
    void bodyLineEndingInPaishiIsNotACaption() {
        List<TextLine> lines = LayoutFixtures.throughAuthors(page(box(
                "这部纪录片记录了护林员一年",
                "的工作，由青年导演在当地拍摄",
                "完成，将于下月在电视台播出。")));
        assertEquals(LineRole.BODY, role(lines, "在当地拍摄"));
    }

    // Was a bug (fixed): CAPTION_START "本报记者.{0,6}摄" matches a running-text line that starts with 本报记者
    // and mentions 摄制组, swallowing it into a caption.
    @Test
    void bodyLineStartingWithOurReporterIsNotACaption() {
        List<TextLine> lines = LayoutFixtures.throughAuthors(page(box(
                "入冬以来，林区进入防火关键",
                "期。日前，记者跟随护林员巡山，",
                "本报记者跟随摄制组走进深山，",
                "记录护林员一天的工作。")));
        assertEquals(LineRole.BODY, role(lines, "本报记者跟随摄制组"));
    }

    // Was a bug (fixed): a credit whose name is letter-spaced (徐 昱, which CaptionTagger's NAME explicitly
    // allows) loses the space between role and name: "本报记者徐昱摄" instead of "本报记者 徐昱 摄".
    @Test
    void letterSpacedNameInACreditKeepsTheRoleApart() {
        // One line alone would be read as two columns joined by a space: the test is about the credit.
        Caption caption = LayoutFixtures.upTo("caption-groups", page(box("市民在滨江步道上晨练。 本报记者 徐 昱 摄")), Dialect.BOXES)
                .get(Facts.CAPTIONS).get(0).caption();
        assertEquals("本报记者 徐昱 摄", caption.credit());
    }

    // Was a bug (fixed): "本报评论员" (a role byline; Spacing.byline knows it) is neither byline nor title
    // but an in-article heading, because ROLE_BYLINE wants two more characters after the role.
    @Test
    void editorialistByline() {
        List<TextLine> lines = LayoutFixtures.throughAuthors(page(
                box("坚持守正创新"),
                box("本报评论员"),
                box("守正创新是做好各项工作的重",
                        "要方法，要在守正的基础上大胆",
                        "创新，在创新的过程中坚守正道。")));
        assertEquals(LineRole.BYLINE, role(lines, "本报评论员"));
    }

    // Was a bug (fixed): TitleTagger.opensParagraph now also looks across boxes, before any headline
    // evidence. A headline two or three characters short of the column, alone in its box, followed by a
    // box whose first line is full and has punctuation is read as a paragraph's first line, although
    // that next line is a dateline (which starts a paragraph for sure, ReadingOrder.startsParagraphForSure)
    // and the page top and the dateline are the headline evidence the README names. Headline and
    // dateline are both lost into the body.
    @Test
    void headlineAboveADatelineIsNotAParagraphOpener() {
        Page page = LayoutFixtures.parse(page(
                box("全国春耕备耕工作有序推进"),
                box("新华社北京3月10日电 （记者 林",
                        "一帆） 记者从农业农村部获悉，",
                        "全国春耕备耕工作进展顺利，各",
                        "地农资供应充足、价格平稳，农",
                        "机具检修已基本完成。")));
        Article article = page.articles().get(0);
        assertEquals("全国春耕备耕工作有序推进", article.headlineText(), LayoutFixtures.dump(page));
        assertEquals("新华社北京3月10日电", article.dateline() == null ? null : article.dateline().text(), LayoutFixtures.dump(page));
    }

    // Was a bug (fixed): the same rule turns a dash subtitle standing in its own box right under its headline
    // into the first line of the body when the next box opens with a full line: the paragraph then reads
    // "——两地共建产业园区纪实园区负责人介绍，……" and the article has no subtitle.
    @Test
    void dashSubtitleUnderItsHeadlineIsNotGluedToTheBody() {
        String text = page(
                box("东西协作结硕果"),
                box("——两地共建产业园区纪实"),
                box("园区负责人介绍，东西协作开展",
                        "以来，已有三十多家企业落户园",
                        "区，带动当地两千多人就业。一",
                        "排排标准化厂房整齐排列，生产",
                        "线上工人们正忙着赶制订单。"));
        List<TextLine> lines = LayoutFixtures.throughTitles(text);
        assertEquals(LineRole.TITLE, role(lines, "两地共建产业园区纪实"), () -> LayoutFixtures.dump(lines));
        Article article = LayoutFixtures.parse(text).articles().get(0);
        assertEquals("两地共建产业园区纪实", article.subtitle() == null ? null : article.subtitle().text());
        assertTrue(article.bodyText().startsWith("园区负责人介绍"), article.bodyText());
    }

    // Was a bug (fixed): ArticleSegmenter only looks at continuedTo on body lines; a jump line alone on its
    // line (a MARKER, not in the flow) does not end the article, so the next untitled article is glued on.
    @Test
    void aJumpLineOnItsOwnEndsTheArticle() {
        String text = page(
                box("老街非遗工坊焕发新活力"),
                box("走进古镇老街，一间间非遗",
                        "工坊错落有致。竹编、剪纸、陶",
                        "艺等老手艺在这里形成了产业。"),
                box("今年以来，当地出台扶持政",
                        "策，为入驻老街的非遗工坊减免",
                        "租金，并组织手艺人外出学习交",
                        "流，吸引更多年轻人回乡创业，",
                        "让老手艺有了新传人。"),
                box("（下转2版）"),
                box("近期早晚温差较大，气象部",
                        "门提醒市民注意添衣保暖，老人",
                        "和儿童尽量减少夜间外出。"));
        Page page = LayoutFixtures.parse(text);
        assertEquals(2, page.articles().size(), LayoutFixtures.dump(page));
        assertEquals(2, page.articles().get(0).continuedTo());
        assertNull(page.articles().get(1).continuedTo());
    }

    // Was a bug (fixed, found in review): a lone jump line folded into a line that then became a photo
    // credit lost its page, since only body lines and lone markers carried jumps to articles.
    @Test
    void aJumpFoldedIntoACreditStillReachesItsArticle() {
        String text = page(
                box("老街非遗工坊焕发新活力"),
                box("走进古镇老街，一间间非遗",
                        "工坊错落有致。竹编、剪纸、陶",
                        "艺等老手艺在这里形成了产业。"),
                box("新华社记者 黄敬文 摄"),
                box("（下转2版）"));
        Page page = LayoutFixtures.parse(text);
        assertEquals(1, page.articles().size(), LayoutFixtures.dump(page));
        assertEquals(2, page.articles().get(0).continuedTo(), LayoutFixtures.dump(page));
    }

    // Was a bug (fixed): the input line of a jump line alone on its line appears in no block's provenance
    // and not in unassigned (only continuedTo keeps its page number).
    @Test
    void aJumpLineOnItsOwnKeepsItsProvenance() {
        String text = page(
                box("老街非遗工坊焕发新活力"),
                box("走进古镇老街，一间间非遗",
                        "工坊错落有致。竹编、剪纸、陶",
                        "艺等老手艺在这里形成了产业。"),
                box("（下转2版）"));
        Page page = LayoutFixtures.parse(text);
        Set<Integer> provenance = LayoutFixtures.provenance(page);
        assertEquals(LayoutFixtures.contentLines(text), provenance, LayoutFixtures.dump(page));
    }

    // Was a bug (fixed): TitleGroup drops a repeated (shadow) headline line together with its input line
    // number, while LinePreparer keeps the number of a repeat it merges; the line is dropped silently.
    @Test
    void aShadowHeadlineLineKeepsItsProvenance() {
        String text = page(
                box("东 西 协 作 结 硕 果"),
                box("东西协作结硕果"),
                box("走进东部城市援建的产业园，",
                        "一排排标准化厂房整齐排列，生",
                        "产线上工人们正忙着赶制订单。"));
        Page page = LayoutFixtures.parse(text);
        assertEquals(LayoutFixtures.contentLines(text), LayoutFixtures.provenance(page), LayoutFixtures.dump(page));
    }

    // Was a bug (fixed): LeadIn matches the bracketed reporters on the first input line only; when the
    // justified column breaks the bracket across two lines, （记者林一帆） stays in the first paragraph.
    @Test
    void bracketedReportersBrokenOverTwoLinesAreCut() {
        Page page = LayoutFixtures.parse(page(
                box("春耕备耕有序推进"),
                box("新华社北京3月10日电 （记者",
                        "林一帆） 记者从农业农村部获",
                        "悉，全国春耕备耕工作进展顺利，",
                        "各地农资供应充足、价格平稳。")));
        Article article = page.articles().get(0);
        assertEquals("新华社北京3月10日电", article.dateline().text());
        assertEquals("记者 林一帆", article.byline() == null ? null : article.byline().text(), LayoutFixtures.dump(page));
        assertTrue(article.bodyText().startsWith("记者从农业农村部获悉"), article.bodyText());
    }
}
