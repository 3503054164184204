package banmian.layout.tag;

import banmian.layout.line.Datelines;
import banmian.layout.line.LineRole;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.TagParameters;
import banmian.layout.line.TextLine;
import banmian.layout.line.TypeSizes;
import banmian.model.Geometry;
import banmian.text.Punctuation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * Captions found where they are set (the PDF path, image placements known): the text stacked right
 * under a picture, beside it, or printed inside it, read down row by row in one type size for as far as
 * it runs on, and ended by a credit ({@code 新华社记者 张三摄}, {@code 新华社发}) where one closes the text
 * read so far, on its last row or a row of its own. A row is every piece of text level with the first
 * within the picture's reach: a credit set flush right, or a rule drawn down through the caption, parts a
 * printed line into pieces. A stack is a caption when a credit ends it, or when it closes itself, stands
 * apart from the text under it and is either set smaller than the page's text or (not beside it) short;
 * one under a picture must also run across most of it, as a caption spans its photo while a column of text under a
 * wide picture takes only its share.
 */
final class PictureCaptions {

    /** Where a stack sits against its picture. */
    private enum Side {
        UNDER, BESIDE, INSIDE
    }

    /**
     * Rows read down from a picture; {@code creditEnd}: the index of the row whose credit ends the
     * caption, or -1; {@code setOffBelow}: no text runs on under the caption in its type and leading.
     */
    private record Stack(Geometry picture, Side side, List<List<TextLine>> rows, int creditEnd, boolean setOffBelow) {
        List<List<TextLine>> caption() {
            return creditEnd >= 0 ? rows.subList(0, creditEnd + 1) : rows;
        }

        List<TextLine> captionLines() {
            return caption().stream().flatMap(List::stream).toList();
        }
    }

    private PictureCaptions() {
    }

    /** Gives the captions at the pictures their roles; returns each caption's lines in reading order. */
    static List<List<TextLine>> tag(PageAnalysis page, List<TextLine> lines, List<Geometry> images, TypeSizes sizes) {
        TagParameters parameters = page.parameters().tag();
        List<TextLine> placed = lines.stream().filter(line -> line.geometry != null && !line.squashed.isEmpty()).toList();
        List<TextLine> pool = placed.stream().filter(PictureCaptions::couldBeCaption).toList();
        double body = sizes.bodySize();
        List<Geometry> pictures = images.stream()
                .filter(picture -> body <= 0 || Math.min(picture.height(), picture.width()) >= parameters.minPictureEms() * body).toList();
        List<Stack> stacks = new ArrayList<>();
        for (Geometry picture : pictures) {
            addIfAny(stacks, under(parameters, pool, placed, picture));
            addIfAny(stacks, beside(parameters, pool, placed, picture, true));
            addIfAny(stacks, beside(parameters, pool, placed, picture, false));
            addIfAny(stacks, inside(parameters, pool, placed, picture));
        }
        for (Geometry group : rowsOfPictures(parameters, pictures, body)) {
            addIfAny(stacks, under(parameters, pool, placed, group));
        }
        // The text size of the page leaving out what is set at pictures: on a page of photos their
        // captions can hold more characters than its articles, and would pass for its body type.
        Set<TextLine> atPictures = new HashSet<>();
        stacks.forEach(stack -> stack.rows().forEach(atPictures::addAll));
        TypeSizes text = TypeSizes.of(lines.stream().filter(line -> !atPictures.contains(line)).toList());
        TypeSizes textSizes = text.known() ? text : sizes;
        List<List<TextLine>> units = new ArrayList<>();
        Set<TextLine> taken = new HashSet<>();
        for (Stack stack : stacks) {
            String why = judge(parameters, stack, placed, sizes, textSizes);
            List<TextLine> caption = stack.captionLines();
            if (why == null || caption.stream().anyMatch(taken::contains)) {
                continue;
            }
            taken.addAll(caption);
            units.add(caption);
            List<TextLine> creditRow = stack.creditEnd() > 0 ? stack.rows().get(stack.creditEnd()) : List.of();
            boolean creditAlone = creditRow.size() == 1 && startsWithCredit(creditRow.get(0));
            for (TextLine line : caption) {
                page.assign(line, creditAlone && creditRow.contains(line) ? LineRole.CREDIT : LineRole.CAPTION, "caption-at-a-picture",
                        () -> "one of " + caption.size() + " lines " + stack.side().name().toLowerCase() + " a picture: " + why);
            }
        }
        units.sort(Comparator.comparingInt(unit -> unit.get(0).position));
        return units;
    }

    /**
     * Pictures set side by side with their feet level and a gutter at most between them, each row as one
     * extent: a group of photos (组图) over one caption that runs across them all.
     */
    private static List<Geometry> rowsOfPictures(TagParameters parameters, List<Geometry> pictures, double body) {
        List<Geometry> sorted = pictures.stream().sorted(Comparator.comparingDouble(Geometry::x)).toList();
        double reach = parameters.pictureReachEms() * body;
        List<Geometry> rows = new ArrayList<>();
        Set<Geometry> used = new HashSet<>();
        for (Geometry first : sorted) {
            if (used.contains(first)) {
                continue;
            }
            List<Geometry> row = new ArrayList<>(List.of(first));
            for (Geometry next : sorted) {
                Geometry last = row.get(row.size() - 1);
                double gap = next.x() - last.right();
                if (!used.contains(next) && next != first && gap >= -parameters.pictureGapTolerance() && gap <= reach
                        && Math.abs(next.bottom() - last.bottom()) <= parameters.pictureGapTolerance()) {
                    row.add(next);
                }
            }
            if (row.size() > 1) {
                used.addAll(row);
                rows.add(Geometry.around(row));
            }
        }
        return rows;
    }

    private static void addIfAny(List<Stack> stacks, Stack stack) {
        if (stack != null) {
            stacks.add(stack);
        }
    }

    /** Text set at a picture's foot can be its caption; furniture, jump lines and vertical lines are known not to be. */
    private static boolean couldBeCaption(TextLine line) {
        return !line.vertical && (line.role() == LineRole.BODY || line.role() == LineRole.CAPTION || line.role() == LineRole.CREDIT);
    }

    private static boolean startsWithCredit(TextLine line) {
        Matcher credit = CaptionTagger.creditAtEnd(line.raw.strip());
        return credit != null && credit.start() == 0;
    }

    /** The reason the stack is a caption, or null when it is not one. */
    private static String judge(TagParameters parameters, Stack stack, List<TextLine> lines, TypeSizes sizes, TypeSizes text) {
        List<TextLine> caption = stack.captionLines();
        if (caption.stream().anyMatch(line -> sizes.isDisplay(line) || text.isDisplay(line)) || Datelines.startsWithDateline(caption.get(0).raw)
                || stack.caption().size() > parameters.maxSmallCaptionLines()) {
            return null;
        }
        if (stack.side() != Side.UNDER && headlineOver(lines, caption, sizes)) {
            return null;
        }
        if (stack.creditEnd() >= 0) {
            return "a credit ends it";
        }
        boolean smaller = caption.stream().allMatch(text::isSmallerThanBody);
        if (!spansPicture(parameters, stack, smaller) || !stack.setOffBelow() || !closesItself(caption)) {
            return null;
        }
        if (smaller) {
            return "set smaller than the page's text, closing itself and standing apart from the text under it";
        }
        // Beside a picture, a short block in the text's own size is the end of a column set there.
        return stack.side() != Side.BESIDE && stack.caption().size() <= parameters.maxCaptionLines()
                ? "a short block closing itself and standing apart from the text under it" : null;
    }

    /**
     * Under a picture, a caption's lines run across most of it, all but its last (a column under a wide
     * picture takes only its share); a caption of one line may be short, when its smaller type tells it
     * from a line of text.
     */
    private static boolean spansPicture(TagParameters parameters, Stack stack, boolean smaller) {
        List<List<TextLine>> rows = stack.caption();
        if (stack.side() != Side.UNDER) {
            return true;
        }
        if (rows.size() == 1) {
            return smaller;
        }
        Geometry full = TypeSizes.extent(rows.subList(0, rows.size() - 1).stream().flatMap(List::stream).toList());
        return full.width() >= parameters.minCaptionShare() * stack.picture().width();
    }

    /** A caption ends on a full stop or a closing bracket; a stack that breaks off mid-sentence is running text. */
    private static boolean closesItself(List<TextLine> caption) {
        String last = caption.get(caption.size() - 1).raw.strip();
        return Punctuation.endsSentence(last) || last.endsWith("）") || last.endsWith(")");
    }

    /** A display line stands right over the stack: the stack opens an item under its headline. */
    private static boolean headlineOver(List<TextLine> lines, List<TextLine> caption, TypeSizes sizes) {
        TextLine above = sizes.adjacent(lines, caption.get(0).box, TypeSizes.extent(caption), false);
        return above != null && sizes.isDisplay(above);
    }

    /** The stack whose first row starts within reach under the picture's foot, all of it within the picture's width. */
    private static Stack under(TagParameters parameters, List<TextLine> pool, List<TextLine> lines, Geometry picture) {
        Predicate<Geometry> within = g -> g.x() >= picture.x() - g.fontSize() && g.right() <= picture.right() + g.fontSize();
        TextLine first = topmost(pool.stream().filter(line -> within.test(line.geometry)
                && line.geometry.y() >= picture.bottom() - parameters.pictureGapTolerance()
                && line.geometry.y() - picture.bottom() <= parameters.pictureReachEms() * line.geometry.fontSize()).toList());
        return first == null ? null : stackFrom(parameters, pool, lines, picture, Side.UNDER, first, within);
    }

    /**
     * The stack set in the margin right (or left) of the picture, within its height: all the text there,
     * level with the picture's foot or head, with no text of its column running on into it from above.
     */
    private static Stack beside(TagParameters parameters, List<TextLine> pool, List<TextLine> lines, Geometry picture, boolean right) {
        Predicate<Geometry> within = g -> {
            double gap = right ? g.x() - picture.right() : picture.x() - g.right();
            double reach = parameters.pictureReachEms() * g.fontSize();
            return gap >= -parameters.pictureGapTolerance() && gap <= reach
                    && g.y() >= picture.y() - parameters.pictureGapTolerance() && g.bottom() <= picture.bottom() + reach;
        };
        Stack stack = wholeRegion(parameters, pool, lines, picture, Side.BESIDE, within);
        if (stack == null) {
            return null;
        }
        Geometry extent = TypeSizes.extent(stack.captionLines());
        double reach = parameters.pictureReachEms() * extent.fontSize();
        boolean level = Math.abs(extent.bottom() - picture.bottom()) <= reach || Math.abs(extent.y() - picture.y()) <= reach;
        return level && setOffAbove(parameters, lines, stack.rows().get(0).get(0)) ? stack : null;
    }

    /** The stack printed inside the picture: all the text there, when it is one stack (a background under a column is no picture's caption). */
    private static Stack inside(TagParameters parameters, List<TextLine> pool, List<TextLine> lines, Geometry picture) {
        double tolerance = parameters.pictureGapTolerance();
        return wholeRegion(parameters, pool, lines, picture, Side.INSIDE, g -> g.x() >= picture.x() - tolerance
                && g.right() <= picture.right() + tolerance && g.y() >= picture.y() - tolerance && g.bottom() <= picture.bottom() + tolerance);
    }

    /** The one stack that holds every line of the region, or null when the region is empty or holds more. */
    private static Stack wholeRegion(TagParameters parameters, List<TextLine> pool, List<TextLine> lines, Geometry picture, Side side,
                                     Predicate<Geometry> within) {
        List<TextLine> region = lines.stream().filter(line -> within.test(line.geometry)).toList();
        if (region.isEmpty() || region.size() > parameters.maxSmallCaptionLines() || !pool.containsAll(region)) {
            return null;
        }
        Stack stack = stackFrom(parameters, pool, lines, picture, side, topmost(region), within);
        return stack.captionLines().size() == region.size() ? stack : null;
    }

    private static TextLine topmost(List<TextLine> lines) {
        return lines.stream().min(Comparator.comparingDouble((TextLine line) -> line.geometry.y())
                .thenComparingDouble(line -> line.geometry.x())).orElse(null);
    }

    /**
     * The rows read down from {@code first}'s: each next one level with the nearest line under the last
     * row within the region, over the stack's width, in the same type size, within a caption's line gap;
     * until a credit closes the text read so far.
     */
    private static Stack stackFrom(TagParameters parameters, List<TextLine> pool, List<TextLine> lines, Geometry picture, Side side,
                                   TextLine first, Predicate<Geometry> within) {
        double size = first.geometry.fontSize();
        List<List<TextLine>> rows = new ArrayList<>();
        rows.add(row(parameters, pool, first, within, size));
        int creditEnd = -1;
        while (rows.size() <= parameters.maxSmallCaptionLines()) {
            if (CaptionTagger.creditAtEnd(CaptionTagger.joined(rows.stream().flatMap(List::stream).toList())) != null) {
                creditEnd = rows.size() - 1;
                break;
            }
            List<TextLine> last = rows.get(rows.size() - 1);
            TextLine next = nextUnder(pool, rows, within);
            if (next == null || !follows(parameters, last, next, size)) {
                break;
            }
            rows.add(row(parameters, pool, next, within, size));
        }
        List<List<TextLine>> read = creditEnd >= 0 ? rows.subList(0, creditEnd + 1) : rows;
        TextLine below = nextUnder(lines, read, g -> true);
        boolean setOffBelow = below == null || !follows(parameters, read.get(read.size() - 1), below, size);
        return new Stack(picture, side, List.copyOf(rows), creditEnd, setOffBelow);
    }

    /**
     * The pieces of one printed line with {@code line}, left to right: level with it within the region,
     * in its type size, each abutting the next (a rule drawn down through the line cut it), or set apart
     * but completing a credit at the row's end (a credit set flush right, or cut by a rule after its role). Lines of two columns side by side stand a gutter apart and are two rows.
     */
    private static List<TextLine> row(TagParameters parameters, List<TextLine> pool, TextLine line, Predicate<Geometry> within, double size) {
        Geometry g = line.geometry;
        List<TextLine> level = pool.stream().filter(other -> other == line || within.test(other.geometry)
                        && other.geometry.verticalOverlap(g) >= 0.5 * Math.min(g.height(), other.geometry.height())
                        && Math.abs(other.geometry.fontSize() - size) <= parameters.sameSizeShare() * size)
                .sorted(Comparator.comparingDouble(other -> other.geometry.x())).toList();
        int at = level.indexOf(line);
        int from = at;
        while (from > 0 && abuts(level.get(from - 1), level.get(from))) {
            from--;
        }
        int to = at;
        while (to + 1 < level.size() && (abuts(level.get(to), level.get(to + 1))
                || CaptionTagger.creditAtEnd(CaptionTagger.joined(level.subList(from, to + 2))) != null)) {
            to++;
        }
        return level.subList(from, to + 1);
    }

    /** The right piece goes on within half an em of the left one's end: one printed line cut in two. */
    private static boolean abuts(TextLine left, TextLine right) {
        double gap = right.geometry.x() - left.geometry.right();
        return gap > -left.geometry.fontSize() / 2 && gap < left.geometry.fontSize() / 2;
    }

    /** The nearest line under the last row that runs side by side with the stack. */
    private static TextLine nextUnder(List<TextLine> candidates, List<List<TextLine>> rows, Predicate<Geometry> within) {
        List<TextLine> last = rows.get(rows.size() - 1);
        Geometry lastRow = TypeSizes.extent(last);
        Geometry extent = TypeSizes.extent(rows.stream().flatMap(List::stream).toList());
        return topmost(candidates.stream().filter(line -> within.test(line.geometry)
                && line.geometry.y() >= lastRow.y() + lastRow.height() / 2 && line.geometry.horizontalOverlap(extent) > 0
                && rows.stream().noneMatch(row -> row.contains(line))).toList());
    }

    /** {@code next} goes on from the row {@code last} as a line of the same caption: its type size, within a caption's line gap. */
    private static boolean follows(TagParameters parameters, List<TextLine> last, TextLine next, double size) {
        return Math.abs(next.geometry.fontSize() - size) <= parameters.sameSizeShare() * size
                && next.geometry.y() - TypeSizes.extent(last).bottom() <= parameters.captionLineGapEms() * size;
    }

    /** No line of the same column runs on into the stack from above. */
    private static boolean setOffAbove(TagParameters parameters, List<TextLine> lines, TextLine first) {
        Geometry top = first.geometry;
        return lines.stream().noneMatch(line -> line != first && line.geometry.bottom() <= top.y() + top.height() / 2
                && top.y() - line.geometry.bottom() <= parameters.captionLineGapEms() * top.fontSize()
                && line.geometry.horizontalOverlap(top) > 0);
    }
}
