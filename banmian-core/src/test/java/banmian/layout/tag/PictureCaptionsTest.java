package banmian.layout.tag;

import banmian.layout.LayoutFixtures;
import banmian.layout.PlacedPage;
import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.PlacedCaption;
import banmian.layout.line.TextLine;
import banmian.model.Article;
import banmian.model.Caption;
import banmian.model.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static banmian.layout.LayoutFixtures.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Captions found where they are set on a laid-out page: under, beside and inside a picture, their
 * credits on the last line, broken over two lines, on a line of their own or set flush right; and text
 * at a picture that is no caption. Body type 10 pt, captions 8.5 pt, a picture 300 points wide.
 */
class PictureCaptionsTest {
    private static final double CAPTION = 8.5;
    /** One caption line's step down the page, as {@link PlacedPage#block} sets them (1.5 em). */
    private static final double STEP = CAPTION * 1.5;

    /** A headline, a picture under it (20, 90, 300 by 180) and two columns of body text from {@code bodyTop}. */
    private static PlacedPage article(double bodyTop) {
        return new PlacedPage().block(40, 40, 28, "江南古镇迎来旅游旺季")
                .picture(20, 90, 300, 180)
                .column(20, bodyTop, 10, 14, PlacedPage.FIELDS.substring(0, 42))
                .column(180, bodyTop, 10, 14, PlacedPage.FIELDS.substring(42));
    }

    private static List<Caption> captions(PageAnalysis page) {
        return page.get(Facts.CAPTIONS).stream().map(PlacedCaption::caption).toList();
    }

    @Test
    void captionUnderAPictureWithItsCreditOnALineOfItsOwn() {
        PlacedPage placed = article(330)
                .block(20, 276, CAPTION, "3月5日，游客在古镇老街的非遗展示馆里参观传统竹编技", "艺展览。")
                .block(236, 276 + 2 * STEP, CAPTION, "新华社记者 林晓峰摄");
        PageAnalysis page = placed.upTo("caption-groups");
        List<TextLine> lines = page.lines();
        assertEquals(LineRole.CAPTION, role(lines, "非遗展示馆"));
        assertEquals(LineRole.CAPTION, role(lines, "艺展览"));
        assertEquals(LineRole.CREDIT, role(lines, "林晓峰"));
        assertEquals(LineRole.BODY, role(lines, "春耕时节"));
        List<Caption> captions = captions(page);
        assertEquals(1, captions.size(), LayoutFixtures.dump(lines));
        assertEquals("3月5日，游客在古镇老街的非遗展示馆里参观传统竹编技艺展览。", captions.get(0).text());
        assertEquals("新华社记者 林晓峰 摄", captions.get(0).credit());

        Page parsed = placed.parse();
        assertEquals(1, parsed.articles().size(), LayoutFixtures.dump(parsed));
        Article article = parsed.articles().get(0);
        assertEquals(1, article.captions().size());
        assertTrue(article.bodyText().startsWith("春耕时节") && !article.bodyText().contains("竹编"), LayoutFixtures.dump(parsed));
    }

    @Test
    void creditBrokenOverTwoLinesIsOneCredit() {
        PageAnalysis page = article(330)
                .block(20, 276, CAPTION, "3月5日，游客在古镇老街参观非遗展览。 本报记者 张", "三摄")
                .upTo("caption-groups");
        List<Caption> captions = captions(page);
        assertEquals(1, captions.size(), LayoutFixtures.dump(page.lines()));
        assertEquals("3月5日，游客在古镇老街参观非遗展览。", captions.get(0).text());
        assertEquals("本报记者 张三 摄", captions.get(0).credit());
    }

    @Test
    void creditSetFlushRightOnTheCaptionsLastLine() {
        // The wide space before the credit parts the printed line into two pieces at one height.
        PageAnalysis page = article(330)
                .block(20, 276, CAPTION, "3月5日，游客在古镇老街的非遗展示馆里参观传统竹编技", "艺展览。")
                .block(250, 276 + STEP, CAPTION, "本报记者 周亮摄")
                .upTo("caption-groups");
        List<Caption> captions = captions(page);
        assertEquals(1, captions.size(), LayoutFixtures.dump(page.lines()));
        assertEquals("3月5日，游客在古镇老街的非遗展示馆里参观传统竹编技艺展览。", captions.get(0).text());
        assertEquals("本报记者 周亮 摄", captions.get(0).credit());
    }

    @Test
    void captionBesideAPictureLevelWithItsFoot() {
        PageAnalysis page = new PlacedPage().block(40, 40, 28, "跨江大桥建成通车")
                .picture(20, 90, 200, 150)
                .block(228, 240 - 3 * STEP - CAPTION, CAPTION, "图为新落成的跨江大", "桥夜景，灯光璀璨，", "吸引市民驻足观赏。", "（新华社发）")
                .column(20, 260, 10, 14, PlacedPage.WATER)
                .upTo("caption-groups");
        List<TextLine> lines = page.lines();
        assertEquals(LineRole.CAPTION, role(lines, "桥夜景"));
        assertEquals(LineRole.BODY, role(lines, "入冬以来"));
        List<Caption> captions = captions(page);
        assertEquals(1, captions.size(), LayoutFixtures.dump(lines));
        assertEquals("图为新落成的跨江大桥夜景，灯光璀璨，吸引市民驻足观赏。", captions.get(0).text());
        assertEquals("新华社发", captions.get(0).credit());
    }

    @Test
    void captionPrintedInsideThePicture() {
        PageAnalysis page = article(290)
                .block(26, 252, CAPTION, "晨光中的古镇城墙。 视觉中国")
                .upTo("caption-groups");
        List<Caption> captions = captions(page);
        assertEquals(1, captions.size(), LayoutFixtures.dump(page.lines()));
        assertEquals("晨光中的古镇城墙。", captions.get(0).text());
        assertEquals("视觉中国", captions.get(0).credit());
    }

    @Test
    void columnsOfTextUnderAWidePictureStayText() {
        // Each column under the picture takes half its width, runs on and ends no caption.
        PageAnalysis page = article(276).upTo("caption-groups");
        assertTrue(page.lines().stream().allMatch(line -> line.role() == LineRole.BODY || line.role() == LineRole.TITLE),
                LayoutFixtures.dump(page.lines()));
        assertTrue(captions(page).isEmpty());
    }

    @Test
    void aColumnSetOverABackgroundPictureIsNoCaption() {
        PageAnalysis page = new PlacedPage().block(40, 40, 28, "江南古镇迎来旅游旺季")
                .picture(10, 80, 320, 300)
                .column(20, 90, 10, 14, PlacedPage.FIELDS + PlacedPage.WATER)
                .upTo("caption-groups");
        assertEquals(LineRole.BODY, role(page.lines(), "春耕时节"));
        assertTrue(captions(page).isEmpty());
    }

    @Test
    void textRunningOnPastAPictureBesideItIsAColumn() {
        PageAnalysis page = new PlacedPage().block(40, 40, 28, "跨江大桥建成通车")
                .picture(20, 90, 200, 150)
                .column(228, 90, 10, 8, PlacedPage.TRAINS + PlacedPage.WATER)
                .upTo("caption-groups");
        assertTrue(captions(page).isEmpty(), LayoutFixtures.dump(page.lines()));
    }

    @Test
    void theEndOfAColumnBesideAPictureInTheTextsOwnSizeIsText() {
        // Three lines of body type beside the picture's head, closing a sentence: a column's last lines.
        PageAnalysis page = new PlacedPage().block(40, 40, 28, "跨江大桥建成通车")
                .picture(20, 90, 200, 150)
                .block(228, 90, 10, "保护对象，应当建立保", "护档案，并分类设置相", "应的保护标志。")
                .column(20, 260, 10, 14, PlacedPage.WATER)
                .upTo("caption-groups");
        assertEquals(LineRole.BODY, role(page.lines(), "护档案"));
        assertTrue(captions(page).isEmpty());
    }

    @Test
    void oneCaptionUnderARowOfPhotos() {
        // No credit to go by: the caption runs across both photos, set smaller than the text under them.
        PageAnalysis page = new PlacedPage().block(40, 40, 28, "江南古镇迎来旅游旺季")
                .picture(20, 90, 145, 120).picture(175, 90, 145, 120)
                .block(20, 216, CAPTION, "古镇老街上的非遗展示馆里，游客们正在体验传统的竹", "编技艺。")
                .column(20, 260, 10, 14, PlacedPage.FIELDS.substring(0, 42))
                .column(180, 260, 10, 14, PlacedPage.FIELDS.substring(42))
                .upTo("caption-groups");
        List<Caption> captions = captions(page);
        assertEquals(1, captions.size(), LayoutFixtures.dump(page.lines()));
        assertEquals("古镇老街上的非遗展示馆里，游客们正在体验传统的竹编技艺。", captions.get(0).text());
        assertNull(captions.get(0).credit());
    }

    @Test
    void creditsAnAgencyIssuedEndACaption() {
        assertEquals("新华社发", credit("图为活动现场。 新华社发"));
        assertEquals("（新华社发）", credit("图为活动现场。（新华社发）"));
        assertEquals("新华社发（张三摄）", credit("图为活动现场。 新华社发（张三摄）"));
        assertEquals("张三摄（新华社发）", credit("图为活动现场。 张三摄（新华社发）"));
        assertEquals("翟桂溪作（新华社发）", credit("消费升级 翟桂溪作（新华社发）"));
        assertEquals("受访者供图", credit("图为活动现场。 受访者供图"));
        assertEquals("万秀摄", credit("代表出席。 万秀摄"));
        assertEquals("新华社 记者林晓峰摄", credit("代表出席。新华社 记者林晓峰摄"));
        assertNull(CaptionTagger.creditAtEnd("会议的消息由新华社发"), "a sentence running on to 新华社发布");
        assertNull(CaptionTagger.creditAtEnd("游客拍摄"), "a line starting with a word and 摄");
        assertNull(CaptionTagger.creditAtEnd("由青年导演在当地拍摄"));
    }

    private static String credit(String text) {
        return CaptionTagger.creditAtEnd(text).group(1);
    }
}
