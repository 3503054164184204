package banmian.layout.tag;

import banmian.layout.line.Datelines;
import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.LineShape;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.RulingLines;
import banmian.layout.line.Stage;
import banmian.layout.line.TagParameters;
import banmian.layout.line.TextLine;
import banmian.layout.line.TitleGroup;
import banmian.layout.line.TypeSizes;
import banmian.model.Geometry;
import banmian.text.Punctuation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Titles and headings on a page whose lines carry their type size (the PDF path), the counterpart
 * of {@link TitleTagger}'s wording and shape rules for text alone.
 */
public final class DisplayTypeTagger {
    /** Body type sizes within which two columns stand side by side, and their tops level (a gutter, a line or two). */
    private static final double ADJACENT_COLUMN_EMS = 3;
    private DisplayTypeTagger() {
    }

    /**
     * With type sizes known, display type is a title or heading and body type never is. Display type
     * set over a body column no wider than it is an in-article heading when body text of that column
     * stands right above it, or when it is moderately sized, has no byline under it and does not hang
     * under other display type (a subtitle does); elsewhere it belongs to a headline group.
     */
    /**
     * Titles and headings by type size, on a page whose lines carry it; where no size is known (no
     * line carries geometry) by wording, as {@link TitleTagger#BY_WORDING}.
     */
    public static final Stage BY_SIZE = Stage.of("titles", Set.of(Facts.LINES, Facts.JUMPS, Facts.FURNITURE_ROLES,
            Facts.CAPTION_ROLES, Facts.AUTHOR_ROLES, Facts.COLUMN_MEASURES, Facts.PAGE_MEASURE, Facts.TYPE_SIZES, Facts.GRAPHICS), Set.of(Facts.TITLE_ROLES),
            page -> {
                TypeSizes sizes = page.get(Facts.TYPE_SIZES);
                if (sizes.known()) {
                    tag(page, page.lines(), sizes, page.get(Facts.GRAPHICS).horizontalRules());
                } else {
                    TitleTagger.tag(page, page.lines());
                }
            });

    static void tag(PageAnalysis page, List<TextLine> lines, TypeSizes sizes, List<Geometry> rules) {
        // Display type is told by size alone, so where it stands is known once for the whole page.
        List<Geometry> display = lines.stream().filter(line -> line.geometry != null && sizes.isDisplay(line))
                .map(line -> line.geometry).toList();
        Map<Integer, List<TextLine>> displayBoxes = new LinkedHashMap<>();
        for (TextLine line : lines) {
            if (line.role() == LineRole.BODY && (line.vertical || sizes.isDisplay(line))) {
                page.assign(line, LineRole.TITLE, line.vertical ? "vertical-title" : "display-type",
                        () -> String.format("%.1f pt against body %.1f pt", line.geometry.fontSize(), sizes.bodySize()));
                if (!line.vertical) {
                    displayBoxes.computeIfAbsent(line.box, box -> new ArrayList<>()).add(line);
                }
            }
        }
        for (List<TextLine> box : displayBoxes.values()) {
            if (isHeadingBySize(lines, box, sizes, rules, display)) {
                box.forEach(line -> page.assign(line, LineRole.HEADING, "display-type-over-a-body-column"));
            }
        }
        for (List<TextLine> box : boldBodyBoxes(page.parameters().tag(), lines, sizes)) {
            TextLine below = sizes.adjacent(lines, box.get(0).box, TypeSizes.extent(box), true);
            if (below == null || below.role() != LineRole.BODY || sizes.isDisplay(below)) {
                continue;
            }
            LineRole role = isHeadingBySize(lines, box, sizes, rules, display) ? LineRole.HEADING : LineRole.TITLE;
            box.forEach(line -> page.assign(line, role, role == LineRole.HEADING ? "bold-heading-over-a-body-column" : "bold-title-over-text"));
        }
    }

    /**
     * Boxes of a few bold lines in body type that read like a title: in-article headings set bold
     * rather than larger, or the titles of short items (briefs) above their text. Set bold, a line
     * may carry a comma ({@code 不忘初心，70年辉煌}), never a full stop or a semicolon.
     */
    private static List<List<TextLine>> boldBodyBoxes(TagParameters parameters, List<TextLine> lines, TypeSizes sizes) {
        List<List<TextLine>> bold = new ArrayList<>();
        for (List<TextLine> box : TextLine.byBox(lines)) {
            boolean candidate = box.size() <= parameters.maxBoldTitleLines() && box.stream().allMatch(line -> line.role() == LineRole.BODY
                    && line.geometry != null && line.geometry.bold() && !line.vertical && !sizes.isDisplay(line)
                    && LineShape.isTitleShapedOrExclaimed(line, Punctuation.HEADING_EXCLUDED_MARKS) && !Datelines.startsWithDateline(line.raw));
            if (candidate) {
                bold.add(box);
            }
        }
        return bold;
    }

    /** The extent of the whole box a line sits in: its first line may be indented or short. */
    private static Geometry boxExtent(List<TextLine> lines, TextLine line) {
        return TypeSizes.extent(lines.stream().filter(other -> other.box == line.box).toList());
    }

    /** {@code display}: where the page's display type stands (boxes of it frame nothing inside an article). */
    private static boolean isHeadingBySize(List<TextLine> lines, List<TextLine> box, TypeSizes sizes, List<Geometry> rules,
                                           List<Geometry> display) {
        Geometry extent = TypeSizes.extent(box);
        int boxNumber = box.get(0).box;
        TextLine below = sizes.adjacent(lines, boxNumber, extent, true);
        if (below == null || below.role() == LineRole.BYLINE || below.role() == LineRole.AUTHOR_NOTE || sizes.isDisplay(below)
                || Datelines.startsWithDateline(below.raw) || setLikeHeadlineAbove(lines, box.get(0), extent, rules, display)) {
            return false;
        }
        TextLine above = sizes.adjacentInColumn(lines, boxNumber, extent, false);
        boolean bodyAbove = above != null && above.role() == LineRole.BODY && !sizes.isDisplay(above)
                && !RulingLines.ruledOff(above.geometry, extent, rules, display);
        // A heading wrapped onto lines set apart: its first part, in the same type, stands right above.
        boolean headingAbove = above != null && above.role() == LineRole.HEADING && above.geometry.bold() == box.get(0).geometry.bold()
                && TitleGroup.sameSize(above.geometry.fontSize(), extent.fontSize());
        boolean underDisplay = above != null && sizes.isDisplay(above) && !headingAbove
                && !textStartedBeside(lines, above.geometry, extent, sizes);
        // The column may narrow under the heading where it wraps around a picture or a banner.
        boolean inColumn = TypeSizes.fitsColumnOf(extent, boxExtent(lines, below))
                || bodyAbove && TypeSizes.fitsColumnOf(extent, boxExtent(lines, above));
        // At the head of a column, a line set below headline size (moderately large, or bold in body
        // type) is a section heading only inside an article: under a larger headline's span with no
        // rule closing it off. Otherwise it heads an item.
        boolean belowHeadlineSize = sizes.isModeratelyLarger(box.get(0)) || !sizes.isDisplay(box.get(0));
        boolean headsColumnInsideArticle = !underDisplay && belowHeadlineSize && (underLargerHeadline(lines, extent, extent.fontSize(), rules, display)
                || levelColumnBeside(lines, extent, boxExtent(lines, below), sizes).stream().anyMatch(column -> underLargerHeadline(lines, column, extent.fontSize(), rules, display)));
        return headingAbove || inColumn && (bodyAbove || headsColumnInsideArticle);
    }

    /**
     * A section heading is set smaller or lighter than its article's headline; display type in the
     * same type as the headline over its column (same size, no lighter) is the next item's headline,
     * as in a column of briefs. The headline over the column: the title line nearest above that
     * shares its width with no rule closing it off.
     */
    private static boolean setLikeHeadlineAbove(List<TextLine> lines, TextLine first, Geometry extent, List<Geometry> rules,
                                                List<Geometry> display) {
        TextLine nearest = null;
        for (TextLine line : lines) {
            Geometry g = line.geometry;
            if (g != null && line.role() == LineRole.TITLE && !line.vertical && g.bottom() <= extent.y() && g.horizontalOverlap(extent) > 0
                    && (nearest == null || g.bottom() > nearest.geometry.bottom()) && !RulingLines.ruledOff(g, extent, rules, display)) {
                nearest = line;
            }
        }
        if (nearest == null) {
            return false;
        }
        Geometry headline = nearest.geometry;
        Geometry candidate = first.geometry;
        return TitleGroup.sameSize(candidate.fontSize(), headline.fontSize()) && (candidate.bold() || !headline.bold());
    }

    /**
     * The article's text already runs in a column beside {@code extent}, from under the display type
     * above it to above {@code extent}'s top: {@code extent} heads a later column of that text, where
     * a subtitle, hung under its headline, stands over all of it.
     */
    private static boolean textStartedBeside(List<TextLine> lines, Geometry display, Geometry extent, TypeSizes sizes) {
        for (TextLine line : lines) {
            Geometry g = line.geometry;
            if (g != null && line.role() == LineRole.BODY && !sizes.isDisplay(line) && g.y() >= display.bottom() && g.bottom() <= extent.y()
                    && g.horizontalOverlap(display) > 0 && g.horizontalOverlap(extent) <= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The columns of body text right beside {@code extent} and the column under it (within a few body sizes) that start no
     * lower than it, at most a few lines higher, and run on past it: a line heading a column whose
     * neighbour's text runs level with it heads a later column of that text's article (a centred
     * headline need not span every column of its article).
     */
    private static List<Geometry> levelColumnBeside(List<TextLine> lines, Geometry extent, Geometry ownColumn, TypeSizes sizes) {
        double reach = ADJACENT_COLUMN_EMS * sizes.bodySize();
        List<Geometry> columns = new ArrayList<>();
        for (List<TextLine> box : TextLine.byBox(lines)) {
            if (!box.stream().allMatch(line -> line.geometry != null && line.role() == LineRole.BODY && !sizes.isDisplay(line))) {
                continue;
            }
            Geometry column = TypeSizes.extent(box);
            double gap = Math.max(column.x() - Math.max(extent.right(), ownColumn.right()), Math.min(extent.x(), ownColumn.x()) - column.right());
            if (gap >= 0 && gap <= reach && column.y() <= extent.y() && extent.y() - column.y() <= reach && column.bottom() > extent.bottom()) {
                columns.add(column);
            }
        }
        return columns;
    }

    /** A title line larger than {@code size} stands above {@code extent}, sharing its width, no rule closing it off. */
    private static boolean underLargerHeadline(List<TextLine> lines, Geometry extent, double size, List<Geometry> rules, List<Geometry> display) {
        for (TextLine line : lines) {
            Geometry g = line.geometry;
            if (g != null && line.role() == LineRole.TITLE && g.fontSize() > size && g.bottom() <= extent.y()
                    && g.horizontalOverlap(extent) > 0 && !RulingLines.ruledOff(g, extent, rules, display)) {
                return true;
            }
        }
        return false;
    }
}
