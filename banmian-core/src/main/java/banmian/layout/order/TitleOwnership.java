package banmian.layout.order;

import banmian.layout.line.DecisionLog;
import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.OrderParameters;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.PlacedCaption;
import banmian.layout.line.RulingLines;
import banmian.layout.line.Stage;
import banmian.layout.line.TextLine;
import banmian.layout.line.TitleGroup;
import banmian.layout.line.TypeSizes;
import banmian.model.Geometry;
import banmian.model.PageGraphics;
import banmian.model.TypeScale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which headline group each body line (and byline, and caption) belongs to, on a page whose lines
 * carry geometry. A headline stands over the columns of its article: a stretch of body text belongs
 * to the nearest headline above it that shares some of its width, unless a ruling line between them
 * closes that article (a rule just under a headline underlines it; a box inside the article closes
 * nothing). Text with no headline above it (a lead article that begins in the column beside its
 * headline, the columns beside a vertical headline) belongs to a headline right beside it, and then
 * column by column to its neighbour's headline. Without geometry every line answers -1 (unknown).
 * How near is near is the order family's ({@link OrderParameters}).
 */
public final class TitleOwnership {
    /** Stretches of this many lines fill their column: their widths give the page's measure. */
    private static final int MIN_MEASURED_LINES = 3;

    private TitleOwnership() {
    }

    /** For every body line, the headline whose article page geometry puts it in. */
    public static final Stage STAGE = Stage.of("ownership", Set.of(Facts.LINES, Facts.TITLE_GROUPS, Facts.GRAPHICS,
            Facts.FURNITURE_ROLES, Facts.CAPTION_ROLES, Facts.AUTHOR_ROLES, Facts.TITLE_ROLES), Set.of(Facts.LINE_OWNERS),
            page -> page.put(Facts.LINE_OWNERS, owners(page, page.parameters().order(), page.lines(), page.get(Facts.TITLE_GROUPS),
                    page.get(Facts.GRAPHICS))));

    /** For every line position, the index of its owner among {@code titles}, or -1 (an analysis of the lines alone: for tests). */
    static int[] owners(OrderParameters parameters, List<TextLine> lines, List<TitleGroup> titles, PageGraphics graphics) {
        return owners(PageAnalysis.ofLines(lines, DecisionLog.off()), parameters, lines, titles, graphics);
    }

    private static int[] owners(PageAnalysis page, OrderParameters parameters, List<TextLine> lines, List<TitleGroup> titles,
                                PageGraphics graphics) {
        int[] owners = new int[lines.size()];
        Arrays.fill(owners, -1);
        if (titles.isEmpty() || lines.stream().anyMatch(line -> line.geometry == null)) {
            return owners;
        }
        List<Geometry> titleExtents = new ArrayList<>();
        for (TitleGroup title : titles) {
            titleExtents.add(TypeSizes.extent(title.lines));
        }
        List<List<TextLine>> boxes = new ArrayList<>(TextLine.byBox(lines.stream().filter(line -> line.role().isBodyFlow()).toList()));
        List<Geometry> bodies = boxes.stream().map(TypeSizes::extent).toList();
        int[] boxOwners = new int[boxes.size()];
        for (int b = 0; b < boxes.size(); b++) {
            boxOwners[b] = ownerAbove(bodies.get(b), titleExtents, graphics.horizontalRules());
        }
        int[] above = page.explaining() ? boxOwners.clone() : null;
        ownBesideVerticalHeadlines(parameters, titles, titleExtents, bodies, boxOwners, graphics);
        // Pictures stand in their article's columns too: text set beside one goes with the headline
        // over it. They pass an owner on, and take one only from a picture set level beside them.
        List<Geometry> stretches = new ArrayList<>(bodies);
        stretches.addAll(graphics.images());
        int[] stretchOwners = Arrays.copyOf(boxOwners, stretches.size());
        boolean[] headingBoxes = new boolean[stretches.size()];
        double measure = columnMeasure(boxes, bodies);
        for (int b = 0; b < stretches.size(); b++) {
            boolean picture = b >= boxes.size();
            headingBoxes[b] = !picture && boxes.get(b).stream().allMatch(line -> line.role() == LineRole.HEADING);
            if (picture) {
                stretchOwners[b] = ownerAbove(stretches.get(b), titleExtents, graphics.horizontalRules());
            } else if (!headingBoxes[b]) {
                stretches.set(b, acrossItsColumn(stretches.get(b), measure));
            }
        }
        double textSize = bodies.stream().mapToDouble(Geometry::fontSize).sorted().skip(bodies.size() / 2).findFirst().orElse(0);
        ColumnOwnership.ownBesideAndAlongColumns(parameters, new ColumnOwnership.Columns(stretches, headingBoxes, boxes.size(), textSize, graphics),
                stretchOwners, titleExtents);
        System.arraycopy(stretchOwners, 0, boxOwners, 0, boxOwners.length);
        ownHeadingsWithTheirText(parameters, boxes, bodies, boxOwners);
        for (int b = 0; b < boxes.size(); b++) {
            int owner = boxOwners[b];
            boxes.get(b).forEach(line -> owners[line.position] = owner);
            if (page.explaining() && owner >= 0) {
                String headline = titles.get(owner).text();
                boolean fromAbove = above[b] == owner;
                page.note(fromAbove ? "under-its-headline" : "beside-its-headline-or-along-its-columns",
                        () -> "text of headline " + headline, boxes.get(b),
                        () -> fromAbove ? "the nearest headline above that shares its width, no rule closing it off"
                                : "a headline right beside it, or the owner of the text or picture next to it, over it or under it in its column");
            }
        }
        return owners;
    }

    /**
     * The page's column measure: the median width of the stretches of three lines or more (0 when
     * there are none), whose lines fill their column.
     */
    private static double columnMeasure(List<List<TextLine>> boxes, List<Geometry> bodies) {
        double[] widths = IntStream.range(0, boxes.size()).filter(b -> boxes.get(b).size() >= MIN_MEASURED_LINES)
                .mapToDouble(b -> bodies.get(b).width()).sorted().toArray();
        return widths.length == 0 ? 0 : widths[widths.length / 2];
    }

    /**
     * A stretch of running text as wide as its column: one of a short line or two ({@code 力量。}) fills
     * its column all the same, so what stands beside or under it is measured from the column. Stopped a
     * paragraph indent short, as a stretch that starts indented may.
     */
    private static Geometry acrossItsColumn(Geometry stretch, double measure) {
        double width = measure - TypeScale.PARAGRAPH_INDENT_EMS * stretch.fontSize();
        return stretch.width() >= width ? stretch
                : new Geometry(stretch.x(), stretch.y(), width, stretch.height(), stretch.fontSize(), stretch.bold());
    }

    /**
     * For every caption, the headline group whose article it sits in, found as for a stretch of
     * text ({@link #owners}); -1 when geometry is unknown or no headline owns the place.
     */
    public static int[] captionOwners(List<TextLine> lines, List<TitleGroup> titles, List<PlacedCaption> captions,
                               PageGraphics graphics) {
        int[] owners = new int[captions.size()];
        Arrays.fill(owners, -1);
        List<Geometry> titleExtents = new ArrayList<>();
        for (TitleGroup title : titles) {
            if (title.lines.stream().anyMatch(line -> line.geometry == null)) {
                return owners;
            }
            titleExtents.add(TypeSizes.extent(title.lines));
        }
        Map<Integer, TextLine> bySource = new HashMap<>();
        lines.forEach(line -> line.sources.forEach(source -> bySource.put(source, line)));
        for (int c = 0; c < captions.size(); c++) {
            List<TextLine> captionLines = captions.get(c).caption().lines().stream().map(bySource::get)
                    .filter(Objects::nonNull).distinct().toList();
            if (!captionLines.isEmpty() && captionLines.stream().allMatch(line -> line.geometry != null)) {
                owners[c] = ownerAbove(TypeSizes.extent(captionLines), titleExtents, graphics.horizontalRules());
            }
        }
        return owners;
    }

    /**
     * For every byline, the headline group it is set against: the nearest one within a few of the
     * headline's type sizes (under it, or beside a vertical headline); -1 when none is that near or
     * geometry is unknown.
     */
    public static int[] bylineOwners(OrderParameters parameters, List<TextLine> lines, List<TitleGroup> titles) {
        int[] owners = new int[lines.size()];
        Arrays.fill(owners, -1);
        List<Geometry> titleExtents = new ArrayList<>();
        for (TitleGroup title : titles) {
            titleExtents.add(title.lines.stream().allMatch(line -> line.geometry != null) ? TypeSizes.extent(title.lines) : null);
        }
        for (TextLine line : lines) {
            if (line.role() != LineRole.BYLINE || line.geometry == null) {
                continue;
            }
            double nearest = Double.MAX_VALUE;
            for (int t = 0; t < titleExtents.size(); t++) {
                Geometry title = titleExtents.get(t);
                if (title == null) {
                    continue;
                }
                double distance = gap(title, line.geometry);
                if (distance <= parameters.bylineReachEms() * title.fontSize() && distance < nearest) {
                    nearest = distance;
                    owners[line.position] = t;
                }
            }
        }
        return owners;
    }

    /** The shortest distance between two boxes (0 when they touch or overlap). */
    private static double gap(Geometry a, Geometry b) {
        double dx = Math.max(0, Math.max(a.x() - b.right(), b.x() - a.right()));
        double dy = Math.max(0, Math.max(a.y() - b.bottom(), b.y() - a.bottom()));
        return Math.hypot(dx, dy);
    }

    /**
     * For every caption, the position of the body line nearest to it that no ruling line parts from it:
     * a caption belongs to the article whose text it is set in (under a photo at the head of a column,
     * or in a span whose headline stands over other columns), where no headline stands over it. -1 when
     * geometry is unknown or no such line exists.
     */
    public static int[] captionNeighbours(List<TextLine> lines, List<PlacedCaption> captions, PageGraphics graphics) {
        int[] neighbours = new int[captions.size()];
        Arrays.fill(neighbours, -1);
        Map<Integer, TextLine> bySource = new HashMap<>();
        lines.forEach(line -> line.sources.forEach(source -> bySource.put(source, line)));
        List<TextLine> body = lines.stream().filter(line -> line.role().isBodyFlow() && line.geometry != null).toList();
        for (int c = 0; c < captions.size(); c++) {
            List<TextLine> captionLines = captions.get(c).caption().lines().stream().map(bySource::get)
                    .filter(Objects::nonNull).distinct().toList();
            if (captionLines.isEmpty() || captionLines.stream().anyMatch(line -> line.geometry == null)) {
                continue;
            }
            Geometry caption = TypeSizes.extent(captionLines);
            double nearest = Double.MAX_VALUE;
            for (TextLine line : body) {
                double distance = gap(caption, line.geometry);
                if (distance < nearest && !RulingLines.horizontalBetween(caption, line.geometry, graphics.horizontalRules())
                        && !RulingLines.verticalBetween(caption, line.geometry, graphics.verticalRules())) {
                    nearest = distance;
                    neighbours[c] = line.position;
                }
            }
        }
        return neighbours;
    }

    /**
     * A vertical headline runs down beside its article's text: the column beside it whose top stands
     * within its height, and the columns set from the same top next to that one, are its article's,
     * even where a headline higher up spans them (an article stacked under another, no rule between):
     * the vertical headline stands nearer. Text under a headline lower than the vertical one's top
     * keeps that headline.
     */
    private static void ownBesideVerticalHeadlines(OrderParameters parameters, List<TitleGroup> titles, List<Geometry> titleExtents,
                                                   List<Geometry> bodies, int[] owners, PageGraphics graphics) {
        for (int t = 0; t < titles.size(); t++) {
            if (!titles.get(t).lines.stream().allMatch(line -> line.vertical)) {
                continue;
            }
            Geometry headline = titleExtents.get(t);
            int first = -1;
            double nearest = parameters.besideReachEms() * headline.fontSize();
            for (int b = 0; b < bodies.size(); b++) {
                Geometry body = bodies.get(b);
                double gap = Math.max(body.x() - headline.right(), headline.x() - body.right());
                boolean topWithin = body.y() >= headline.y() - parameters.levelTopsEms() * body.fontSize() && body.y() < headline.bottom();
                if (gap >= -1 && gap <= nearest && topWithin && nearer(headline, owners[b], titleExtents)
                        && !RulingLines.verticalBetween(body, headline, graphics.verticalRules())) {
                    first = b;
                    nearest = gap;
                }
            }
            if (first < 0) {
                continue;
            }
            double direction = Math.signum(bodies.get(first).x() - headline.x());
            for (int b = first; b >= 0; b = nextLevelColumn(parameters, bodies, b, direction, owners, headline, titleExtents)) {
                owners[b] = t;
            }
        }
    }

    /** Whether the vertical headline stands nearer the text than its owner so far: that one is none, or higher up. */
    private static boolean nearer(Geometry vertical, int owner, List<Geometry> titleExtents) {
        return owner < 0 || titleExtents.get(owner).bottom() <= vertical.y();
    }

    /** The column set from the same top next to column {@code b}, away from the headline, that the headline may own; -1 when none. */
    private static int nextLevelColumn(OrderParameters parameters, List<Geometry> bodies, int b, double direction, int[] owners,
                                       Geometry headline, List<Geometry> titleExtents) {
        Geometry column = bodies.get(b);
        int next = -1;
        double nearest = parameters.columnGapEms() * column.fontSize();
        for (int n = 0; n < bodies.size(); n++) {
            Geometry other = bodies.get(n);
            double gap = direction > 0 ? other.x() - column.right() : column.x() - other.right();
            if (n != b && gap >= -1 && gap <= nearest && Math.abs(other.y() - column.y()) <= parameters.levelTopsEms() * column.fontSize()
                    && nearer(headline, owners[n], titleExtents)) {
                next = n;
                nearest = gap;
            }
        }
        return next;
    }

    /** The nearest headline above the text that shares some of its width, unless a ruling line closes it off; else -1. */
    private static int ownerAbove(Geometry body, List<Geometry> titles, List<Geometry> rules) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int t = 0; t < titles.size(); t++) {
            Geometry title = titles.get(t);
            double distance = body.y() - title.bottom();
            if (distance >= -title.height() / 2 && body.horizontalOverlap(title) > 0 && distance < bestDistance
                    && !RulingLines.ruledOff(title, body, rules, titles)) {
                best = t;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * A section heading belongs to the text it heads: a box of heading lines takes the owner of the
     * text starting right under it in its column, whatever its own (centred, it may miss the
     * headline's span that its column shares). Lowest first, so a heading set over two boxes follows
     * its second part.
     */
    private static void ownHeadingsWithTheirText(OrderParameters parameters, List<List<TextLine>> boxes, List<Geometry> bodies, int[] owners) {
        List<Integer> headings = new ArrayList<>();
        for (int b = 0; b < boxes.size(); b++) {
            if (boxes.get(b).stream().allMatch(line -> line.role() == LineRole.HEADING)) {
                headings.add(b);
            }
        }
        headings.sort((one, other) -> Double.compare(bodies.get(other).y(), bodies.get(one).y()));
        for (int h : headings) {
            Geometry heading = bodies.get(h);
            int below = -1;
            double nearest = parameters.headedTextReachEms() * heading.fontSize();
            for (int b = 0; b < bodies.size(); b++) {
                double distance = bodies.get(b).y() - heading.bottom();
                if (b != h && owners[b] >= 0 && distance >= -1 && distance <= nearest && bodies.get(b).horizontalOverlap(heading) > 0) {
                    below = b;
                    nearest = distance;
                }
            }
            if (below >= 0) {
                owners[h] = owners[below];
            }
        }
    }

}
