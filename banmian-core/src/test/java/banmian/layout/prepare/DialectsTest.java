package banmian.layout.prepare;

import banmian.layout.LayoutFixtures;
import banmian.layout.line.Dialect;
import banmian.layout.line.Facts;
import banmian.model.Geometry;
import banmian.model.SourceLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dialect stage: which extractor's shape a page is in. The three dialects that change the first
 * stages (layout columns, joined columns, lines cut at commas) are recognised in those stages' tests;
 * here the others, the order of the registry and a forced dialect.
 */
class DialectsTest {
    private static final String BOXES = page(
            box("老街焕新颜"),
            box("今年以来，我市持续推进老", "旧小区改造工程，惠及居民两", "万多户，居民满意度大幅提升。"),
            box("据介绍，改造后的小区环境", "明显改善，还新增了停车位。"));

    @Test
    void textBoxesPartedByBlankLinesAreTheDefault() {
        assertEquals(Dialect.BOXES, Dialects.detect(LayoutFixtures.input(BOXES)));
    }

    @Test
    void aPageEndingInAFormFeedLineIsMutoolsAndAFormFeedAloneIsNot() {
        assertEquals(Dialect.MUTOOL, Dialects.detect(LayoutFixtures.input(BOXES + "\f\n")));
        assertEquals(Dialect.BOXES, Dialects.detect(LayoutFixtures.input(BOXES + "\f")), "poppler and pdfminer end so");
    }

    @Test
    void manyLinesWithoutABlankLineArePdfboxsStripper() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            lines.add("第" + (i + 1) + "行正文里说的是老旧小区改造后的新变化");
        }
        String text = String.join("\n", lines) + "\n";
        assertEquals(Dialect.PDFBOX_STRIPPER, Dialects.detect(LayoutFixtures.input(text)));
        assertEquals(Dialect.BOXES, Dialects.detect(LayoutFixtures.input(String.join("\n", lines.subList(0, 12)) + "\n")),
                "too few lines to tell");
    }

    @Test
    void linesWithGeometryAreTheLaidOutPageWhateverElseTheyLookLike() {
        List<SourceLine> input = new ArrayList<>(LayoutFixtures.input(BOXES + "\f\n"));
        input.set(0, new SourceLine(1, "老街焕新颜", new Geometry(40, 40, 140, 28, 28, false)));
        assertEquals(Dialect.PDF_LAYOUT, Dialects.detect(input));
    }

    @Test
    void aForcedDialectWinsOverWhatTheTextLooksLike() {
        assertEquals(Dialect.MUTOOL, LayoutFixtures.upTo("dialect", BOXES, Dialect.MUTOOL).get(Facts.DIALECT));
        assertEquals(Dialect.BOXES, LayoutFixtures.upTo("dialect", BOXES).get(Facts.DIALECT));
    }
}
