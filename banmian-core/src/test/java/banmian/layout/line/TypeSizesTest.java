package banmian.layout.line;

import banmian.model.Geometry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Type sizes on a page whose lines carry geometry: the body size, and what is larger or smaller than it. */
class TypeSizesTest {

    @Test
    void theBodySizeIsTheSizeMostCharactersAreSetIn() {
        List<TextLine> lines = new ArrayList<>();
        line(lines, 0, "春耕备耕正当时", 60, 40, 28);
        line(lines, 1, "今年以来我市持续推进老旧小区", 40, 90, 10);
        line(lines, 2, "改造工程全年累计完成改造项目", 40, 105, 10);
        line(lines, 3, "新华社记者王小明摄", 40, 200, 8);
        TypeSizes sizes = TypeSizes.of(lines);
        assertTrue(sizes.known());
        assertEquals(10.0, sizes.bodySize());
    }

    @Test
    void displayTypeIsAFifthLargerAndAHeadlinesSizeIsNotModerate() {
        TypeSizes sizes = TypeSizes.of(List.of(placed(0, "今年以来我市持续推进老旧小区", 40, 90, 10)));
        assertTrue(sizes.isDisplay(placed(1, "科学种田", 40, 0, 12)));
        assertFalse(sizes.isDisplay(placed(1, "科学种田", 40, 0, 11.9)));
        assertTrue(sizes.isModeratelyLarger(placed(1, "科学种田", 40, 0, 13)));
        assertFalse(sizes.isModeratelyLarger(placed(1, "春耕备耕正当时", 40, 0, 18)), "1.8 times the body: a headline's size");
        assertFalse(sizes.isModeratelyLarger(placed(1, "正文", 40, 0, 10)));
        assertTrue(sizes.isSmallerThanBody(placed(1, "新华社记者王小明摄", 40, 0, 9)));
        assertFalse(sizes.isSmallerThanBody(placed(1, "正文", 40, 0, 9.5)), "a 9.5-point article is text");
    }

    @Test
    void withoutGeometryNothingIsKnown() {
        TypeSizes sizes = TypeSizes.of(List.of(new TextLine(0, 0, List.of(1), "今年以来我市持续推进老旧小区", false, null)));
        assertFalse(sizes.known());
        assertFalse(sizes.isDisplay(placed(1, "春耕备耕正当时", 40, 0, 28)));
        assertFalse(sizes.isSmallerThanBody(placed(1, "新华社记者王小明摄", 40, 0, 8)));
    }

    @Test
    void theAdjacentLineIsTheNearestOfAnotherBoxSharingHalfTheWidthWithinThreeBodyLines() {
        List<TextLine> lines = new ArrayList<>();
        TextLine heading = line(lines, 0, "科学种田", 40, 100, 13);
        TextLine under = line(lines, 1, "今年以来我市持续推进老旧小区", 40, 125, 10);
        line(lines, 2, "改造工程全年累计完成改造项目", 40, 140, 10);
        line(lines, 3, "远在页面另一侧的正文不算数", 400, 116, 10);
        TextLine over = line(lines, 4, "满意度大幅提升群众纷纷点赞", 40, 80, 10);
        TypeSizes sizes = TypeSizes.of(lines);
        Geometry extent = TypeSizes.extent(List.of(heading));
        assertSame(under, sizes.adjacent(lines, heading.box, extent, true));
        assertSame(over, sizes.adjacent(lines, heading.box, extent, false));
        assertNull(sizes.adjacent(lines, heading.box, new Geometry(40, 300, 52, 13, 13, false), false), "nothing within 30 points above");
    }

    @Test
    void theExtentOfLinesIsTheBoxAroundThemInTheFirstLinesType() {
        Geometry extent = TypeSizes.extent(List.of(placed(0, "科学种田", 40, 100, 13), placed(1, "今年以来我市持续推进老旧小区", 30, 125, 10)));
        assertEquals(new Geometry(30, 100, 140, 35, 13, false), extent);
    }

    private static TextLine line(List<TextLine> lines, int box, String text, double x, double y, double size) {
        TextLine line = placed(lines.size(), box, text, x, y, size);
        lines.add(line);
        return line;
    }

    private static TextLine placed(int position, String text, double x, double y, double size) {
        return placed(position, position, text, x, y, size);
    }

    private static TextLine placed(int position, int box, String text, double x, double y, double size) {
        return new TextLine(position, box, List.of(position + 1), text, false,
                new Geometry(x, y, text.length() * size, size, size, false));
    }
}
