package banmian.layout.tag;

import banmian.layout.LayoutFixtures;
import banmian.layout.PlacedPage;
import banmian.layout.line.TextLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static banmian.layout.LayoutFixtures.box;
import static banmian.layout.LayoutFixtures.line;
import static banmian.layout.LayoutFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Column measures (the text path's stages up to {@code column-measures}): the width of a full line
 * of each line's column, in quarter ems (a Han character is 4), and from it whether a line is full or
 * short by a paragraph's indent. Lines without punctuation here, so that widths are plain counts.
 */
class ColumnWidthsTest {
    /** A justified column of 14 characters (56 quarter ems): full lines, one short by its dropped indent, a last line. */
    private static final String COLUMN = box(
            "今年以来我市持续推进老旧小区",
            "改造工程全年累计完成改造项目",
            "据介绍改造后小区环境明显",
            "四十余个惠及居民两万多户居民",
            "满意度大幅提升群众纷纷点赞",
            "好评如潮");

    @Test
    void aBoxLargeEnoughSpeaksForItsOwnColumn() {
        List<TextLine> lines = LayoutFixtures.upTo("column-measures", page(COLUMN)).lines();
        for (TextLine line : lines) {
            assertEquals(56, line.columnWidth(), line::toString);
        }
        assertTrue(line(lines, "今年以来").isFull());
        assertTrue(line(lines, "满意度大幅提升").isFull(), "a character short: justification stretches it to the edge");
        assertFalse(line(lines, "好评如潮").isFull());
        assertTrue(line(lines, "据介绍").isIndentShort(), "two characters short: a paragraph's first line");
        assertFalse(line(lines, "今年以来").isIndentShort());
        assertFalse(line(lines, "好评如潮").isIndentShort(), "far shorter: a last line");
    }

    @Test
    void aBoxTooSmallToSpeakTakesItsNeighboursMeasure() {
        List<TextLine> lines = LayoutFixtures.upTo("column-measures", page(COLUMN, box("老旧小区改造让居民住得更舒心", "邻里之间走动多了"))).lines();
        TextLine last = line(lines, "邻里之间");
        assertEquals(56, last.columnWidth());
        assertFalse(last.isFull());
    }

    @Test
    void onALaidOutPageTheBlocksEdgesSayWhatIsFull() {
        // 14 characters against the block's 15: full by width (within the justification slack), not by place.
        List<TextLine> lines = new PlacedPage()
                .block(40, 40, 10, "今年以来我市持续推进老旧小区改", "造工程全年累计完成改造项目四", "十余个惠及居民两万多户居民满意")
                .upTo("column-measures").lines();
        TextLine shortOne = line(lines, "造工程");
        assertTrue(shortOne.width >= shortOne.columnWidth() - 6, "full by width alone");
        assertFalse(shortOne.isFull());
        assertTrue(line(lines, "今年以来").isFull());
    }
}
