package banmian.pdf;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Glyphs to lines ({@link LineBuilder}), lines to blocks ({@link BlockBuilder}) and blocks in reading
 * order ({@link XyCut}) on pages drawn here.
 */
class LinesAndBlocksTest {
    private static final double BODY = 10;

    @BeforeAll
    static void font() {
        TestPdf.requireFont();
    }

    @Test
    void twoHeadlinesSideBySideAcrossANarrowGutterAreTwoLines() {
        // Half an em of their type apart, narrower than a clause space, but set in sizes and on
        // baselines a point apart: two headlines of two articles, not one line.
        TestPdf pdf = new TestPdf()
                .text("春耕备耕正当时", 40, 70, 20)
                .text("全市排查供水管网", 190, 71, 21.5f);
        assertEquals(List.of("春耕备耕正当时", "全市排查供水管网"), displayLines(pdf));
    }

    @Test
    void twoHeadlinesSideBySideInTwoFacesAreTwoLines() {
        // Same size, same baseline, an em apart: only the face tells the two headlines apart.
        TestPdf pdf = new TestPdf()
                .text("适应融合趋势", 40, 70, 20)
                .textInOtherFace("增强竞争优势", 180, 70, 20);
        assertEquals(2, displayLines(pdf).size());
    }

    @Test
    void aClauseSpaceInOneHeadlineKeepsItOneLine() {
        TestPdf pdf = new TestPdf()
                .text("适应融合趋势", 40, 70, 20)
                .text("增强竞争优势", 180, 70, 20);
        assertEquals(1, displayLines(pdf).size());
    }

    @Test
    void aVerticalHeadlinesCommaStaysAfterTheCharacterDrawnBeforeIt() {
        TestPdf pdf = new TestPdf().vertical("行动起来，共建美丽中国", 40, 60, 16);
        List<String> vertical = new LineBuilder().build(pdf.read(), BODY).stream().filter(GlyphLine::vertical).map(GlyphLine::text).toList();
        assertEquals(List.of("行动起来，共建美丽中国"), vertical);
    }

    @Test
    void aShortLastLineAndTheIndentedLineUnderItStayInTheirColumnsBlock() {
        // A one-line paragraph indented two ems, its two-character tail, the next paragraph indented:
        // no two of the three overlap, yet they are one column's text.
        TestPdf pdf = new TestPdf()
                .text("【人物】守护人孟祥", 60, 100, 10)
                .text("飞。", 40, 115, 10)
                .text("【故事】孟祥飞是国", 60, 130, 10)
                .text("家超级计算天津中心的", 40, 145, 10);
        PdfPage page = pdf.read();
        List<GlyphLine> lines = new LineBuilder().build(page, BODY);
        List<GlyphBlock> blocks = new BlockBuilder().build(lines, page.rules(), BODY);
        assertEquals(List.of(List.of("【人物】守护人孟祥", "飞。", "【故事】孟祥飞是国", "家超级计算天津中心的")),
                blocks.stream().map(block -> texts(block.lines())).toList());
    }

    @Test
    void aLineFurtherLeftThanAnIndentStartsAnotherBlock() {
        // Under a short line it does not overlap, more than two ems to its left: another column's text.
        TestPdf pdf = new TestPdf()
                .text("春耕时节", 100, 100, 10)
                .text("几个村子", 40, 115, 10);
        PdfPage page = pdf.read();
        List<GlyphBlock> blocks = new BlockBuilder().build(new LineBuilder().build(page, BODY), page.rules(), BODY);
        assertEquals(2, blocks.size());
    }

    @Test
    void columnsSetAsideToCutTheRestGoBackLeftToRightWhereTheirTopsStandLevel() {
        // Marks in the gutters touch the columns on both sides, so no band parts them; the widest
        // blocks are set aside until the marks can be cut, then put back where they are read: the
        // three columns, set from one top, left to right.
        List<GlyphBlock> blocks = List.of(
                block("甲", 40, 100, 140, 100), block("乙", 195, 100, 100, 100), block("丙", 330, 100, 130, 100),
                block("·", 178, 130, 20, 10), block("•", 293, 130, 40, 10));
        List<String> read = new XyCut().order(blocks, List.of(), BODY).stream().map(block -> block.lines().get(0).text()).toList();
        assertEquals(List.of("甲", "乙", "丙"), read.stream().filter(text -> Character.isIdeographic(text.codePointAt(0))).toList());
    }

    /** A block of one line of {@code text} filling the box. */
    private static GlyphBlock block(String text, double x, double y, double width, double height) {
        Glyph glyph = new Glyph(text, x, y + BODY, width, BODY, "test", false, false, Glyph.Flow.ACROSS);
        Box box = new Box(x, y, width, height);
        return new GlyphBlock(List.of(new GlyphLine(List.of(glyph), box, BODY, text, false, false)), box);
    }

    /** The lines in display type of a page whose body is a column of 10-point text under them. */
    private static List<String> displayLines(TestPdf pdf) {
        pdf.column("春耕时节，记者走进县里的几个村子，看到农民们正在田间忙碌，翻地、施肥、播种。", 40, 100, 10, 14);
        return texts(new LineBuilder().build(pdf.read(), BODY).stream().filter(line -> line.size() > 1.5 * BODY).toList());
    }

    private static List<String> texts(List<GlyphLine> lines) {
        return lines.stream().map(GlyphLine::text).toList();
    }
}
