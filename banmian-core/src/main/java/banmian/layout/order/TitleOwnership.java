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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
        // Pictures stand in their article's columns too: text set beside one goes with the headline
        // over it. They pass an owner on and take none.
        List<Geometry> stretches = new ArrayList<>(bodies);
        stretches.addAll(graphics.images());
        int[] stretchOwners = Arrays.copyOf(boxOwners, stretches.size());
        boolean[] headingBoxes = new boolean[stretches.size()];
        for (int b = 0; b < stretches.size(); b++) {
            boolean picture = b >= boxes.size();
            headingBoxes[b] = !picture && boxes.get(b).stream().allMatch(line -> line.role() == LineRole.HEADING);
            if (picture) {
                stretchOwners[b] = ownerAbove(stretches.get(b), titleExtents, graphics.horizontalRules());
            }
        }
        double textSize = bodies.stream().mapToDouble(Geometry::fontSize).sorted().skip(bodies.size() / 2).findFirst().orElse(0);
        ownBesideAndAlongColumns(parameters, new Columns(stretches, headingBoxes, boxes.size(), textSize, graphics), stretchOwners, titleExtents);
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
                                : "a headline right beside it, or the owner of the column next to it with no rule between");
            }
        }
        return owners;
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
     * Text with no headline above it: a headline standing right beside it (within two of its type
     * sizes, nothing between) with nothing under it owns it, then the text it goes on from up its
     * column, then, column by column, the owner of the text next to it at the same height, unless a
     * vertical rule parts the two, then the text it reads on into down its column. Repeated until
     * nothing changes, so a vertical headline owns every column of its box. Text still without an
     * owner then takes that of a column across a rule whose top stands level with its own: papers rule
     * the gutters between one article's columns too, and columns set side by side from one top are one
     * article's. Last, a headline beside it that heads text of its own.
     */
    private static void ownBesideAndAlongColumns(OrderParameters parameters, Columns columns, int[] owners, List<Geometry> titles) {
        ownAlongColumns(parameters, columns, owners, titles, false, false);
        ownAlongColumns(parameters, columns, owners, titles, true, false);
        // A headline beside the text over text of its own is the last resort, asked once the columns
        // next to the text have taken their owners.
        ownAlongColumns(parameters, columns, owners, titles, true, true);
    }

    /**
     * The page's stretches of text ({@code bodies}: boxes of body lines, then from {@code pictures} on
     * its pictures), which of them are section headings, the median type size of the text (the
     * measure of gaps between pictures) and the page's rules.
     */
    private record Columns(List<Geometry> bodies, boolean[] headings, int pictures, double textSize, PageGraphics graphics) {
    }

    private static void ownAlongColumns(OrderParameters parameters, Columns columns, int[] owners, List<Geometry> titles,
                                        boolean acrossLevelRules, boolean besideOverText) {
        List<Geometry> bodies = columns.bodies();
        List<Geometry> verticalRules = columns.graphics().verticalRules();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = 0; b < bodies.size(); b++) {
                if (owners[b] >= 0) {
                    continue;
                }
                int owner = b < columns.pictures()
                        ? textOwner(parameters, columns, owners, titles, b, acrossLevelRules, besideOverText)
                        : pictureOwner(parameters, columns, owners, b, acrossLevelRules);
                if (owner >= 0) {
                    owners[b] = owner;
                    changed = true;
                }
            }
        }
    }

    /** The owner of text stretch {@code b} by what stands beside, above and below it (see {@link #ownBesideAndAlongColumns}), or -1. */
    private static int textOwner(OrderParameters parameters, Columns columns, int[] owners, List<Geometry> titles, int b,
                                 boolean acrossLevelRules, boolean besideOverText) {
        List<Geometry> bodies = columns.bodies();
        List<Geometry> verticalRules = columns.graphics().verticalRules();
        Geometry body = bodies.get(b);
        int owner = ownerBeside(parameters, body, titles, bodies, verticalRules, false);
        if (owner >= 0) {
            return owner;
        }
        // Text that goes on from text above it in its column takes that text's owner, and only it.
        int up = textUpItsColumn(parameters, columns, b);
        if (up >= 0) {
            return owners[up];
        }
        // Text under a picture (and its caption) is the picture's article's.
        int picture = pictureRightAbove(columns, b);
        if (picture >= 0 && owners[picture] >= 0) {
            return owners[picture];
        }
        int neighbour = nearestOwnedNeighbour(parameters, columns, owners, b, acrossLevelRules);
        if (neighbour >= 0) {
            return owners[neighbour];
        }
        // Text at the head of a column reads on down into the text under it.
        int down = textDownItsColumn(parameters, columns, b);
        if (down >= 0) {
            return owners[down];
        }
        // Text set beside the headline of its article, the headline spanning only some of its columns.
        return besideOverText ? ownerBeside(parameters, body, titles, bodies, verticalRules, true) : -1;
    }

    /**
     * A picture with no headline over it takes the owner of a picture set next to it from the same top
     * (a row of photos under one headline), no rule between unless {@code acrossLevelRules}; -1 when
     * there is none.
     */
    private static int pictureOwner(OrderParameters parameters, Columns columns, int[] owners, int p, boolean acrossLevelRules) {
        List<Geometry> bodies = columns.bodies();
        Geometry picture = bodies.get(p);
        double levelTops = parameters.levelTopsEms() * columns.textSize();
        for (int n = columns.pictures(); n < bodies.size(); n++) {
            Geometry neighbour = bodies.get(n);
            double gap = Math.max(neighbour.x() - picture.right(), picture.x() - neighbour.right());
            if (n != p && owners[n] >= 0 && gap >= -1 && gap <= parameters.columnGapEms() * columns.textSize()
                    && Math.abs(neighbour.y() - picture.y()) <= levelTops
                    && (acrossLevelRules || !RulingLines.verticalBetween(picture, neighbour, columns.graphics().verticalRules()))) {
                return owners[n];
            }
        }
        return -1;
    }

    /**
     * The picture nearest above text stretch {@code b} in its column with no text (captions aside) and
     * no rule between them; -1 when there is none.
     */
    private static int pictureRightAbove(Columns columns, int b) {
        List<Geometry> bodies = columns.bodies();
        Geometry body = bodies.get(b);
        int best = -1;
        for (int p = columns.pictures(); p < bodies.size(); p++) {
            Geometry picture = bodies.get(p);
            if (picture.bottom() <= body.y() + 1 && picture.horizontalOverlap(body) > 0
                    && (best < 0 || picture.bottom() > bodies.get(best).bottom())) {
                best = p;
            }
        }
        if (best < 0 || RulingLines.horizontalBetween(bodies.get(best), body, columns.graphics().horizontalRules())) {
            return -1;
        }
        Geometry picture = bodies.get(best);
        for (int t = 0; t < columns.pictures(); t++) {
            Geometry other = bodies.get(t);
            if (t != b && other.y() >= picture.bottom() - 1 && other.bottom() <= body.y() + 1 && other.horizontalOverlap(body) > 0) {
                return -1;
            }
        }
        return best;
    }

    /**
     * The owned stretch next to stretch {@code b} across a gutter, sharing its row, no rule between
     * (or, {@code acrossLevelRules}, a rule between columns set from one top); of two as near, the
     * one set from the same top. -1 when none.
     */
    private static int nearestOwnedNeighbour(OrderParameters parameters, Columns columns, int[] owners, int b, boolean acrossLevelRules) {
        List<Geometry> bodies = columns.bodies();
        Geometry body = bodies.get(b);
        double levelTops = parameters.levelTopsEms() * body.fontSize();
        int nearestNeighbour = -1;
        double nearest = Double.MAX_VALUE;
        for (int n = 0; n < bodies.size(); n++) {
            Geometry neighbour = bodies.get(n);
            double gap = Math.max(neighbour.x() - body.right(), body.x() - neighbour.right());
            boolean level = Math.abs(neighbour.y() - body.y()) <= levelTops;
            boolean parted = RulingLines.verticalBetween(body, neighbour, columns.graphics().verticalRules())
                    && !(acrossLevelRules && level);
            double distance = gap + Math.abs(neighbour.y() - body.y());
            if (owners[n] >= 0 && n != b && gap >= -1 && gap <= parameters.columnGapEms() * body.fontSize() && distance < nearest
                    && neighbour.verticalOverlap(body) >= parameters.sameRow() * Math.min(body.height(), neighbour.height())
                    && !parted) {
                nearest = distance;
                nearestNeighbour = n;
            }
        }
        return nearestNeighbour;
    }

    /**
     * A column goes on down the page, and a section heading continues the article above it: the
     * text that stretch {@code b} goes on from, right above it in its column or above a heading set
     * there, with no rule between; -1 when there is none.
     */
    private static int textUpItsColumn(OrderParameters parameters, Columns columns, int b) {
        List<Geometry> bodies = columns.bodies();
        int above = boxRightAbove(parameters, columns, b);
        while (above >= 0 && columns.headings()[above]) {
            above = boxRightAbove(parameters, columns, above);
        }
        boolean ruledOff = above >= 0 && RulingLines.horizontalBetween(bodies.get(above), bodies.get(b), columns.graphics().horizontalRules());
        return ruledOff ? -1 : above;
    }

    /**
     * The text stretch {@code b} reads on into down its column: right under it, or under a section
     * heading set there, with no rule between; -1 when there is none.
     */
    private static int textDownItsColumn(OrderParameters parameters, Columns columns, int b) {
        List<Geometry> bodies = columns.bodies();
        int below = boxRightBelow(parameters, columns, b);
        while (below >= 0 && columns.headings()[below]) {
            below = boxRightBelow(parameters, columns, below);
        }
        boolean ruledOff = below >= 0 && RulingLines.horizontalBetween(bodies.get(b), bodies.get(below), columns.graphics().horizontalRules());
        return ruledOff ? -1 : below;
    }

    /** The stretch of text right under stretch {@code b} in its column (as {@link #boxRightAbove} finds the one above), or -1. */
    private static int boxRightBelow(OrderParameters parameters, Columns columns, int b) {
        List<Geometry> bodies = columns.bodies();
        Geometry body = bodies.get(b);
        int best = -1;
        double nearest = Double.MAX_VALUE;
        for (int c = 0; c < columns.pictures(); c++) {
            Geometry other = bodies.get(c);
            double distance = other.y() - body.bottom();
            if (c != b && distance >= -1 && distance <= parameters.headedTextReachEms() * Math.max(body.fontSize(), other.fontSize())
                    && distance < nearest && other.horizontalOverlap(body) > 0) {
                best = c;
                nearest = distance;
            }
        }
        return best;
    }

    /**
     * The stretch of text right above stretch {@code b} in its column (within the reach of a heading
     * over its text), or -1. Pictures are passed over: the text right under one is its caption as
     * often as the article's.
     */
    private static int boxRightAbove(OrderParameters parameters, Columns columns, int b) {
        List<Geometry> bodies = columns.bodies();
        Geometry body = bodies.get(b);
        int best = -1;
        double nearest = Double.MAX_VALUE;
        for (int a = 0; a < columns.pictures(); a++) {
            Geometry other = bodies.get(a);
            double distance = body.y() - other.bottom();
            if (a != b && distance >= -1 && distance <= parameters.headedTextReachEms() * Math.max(body.fontSize(), other.fontSize())
                    && distance < nearest && other.horizontalOverlap(body) > 0) {
                best = a;
                nearest = distance;
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

    /**
     * The nearest headline right beside the text (within two of its type sizes, nothing between, no
     * rule between); {@code overTextToo}: also one over text of its own ({@link #headsTextUnder}).
     */
    private static int ownerBeside(OrderParameters parameters, Geometry body, List<Geometry> titles, List<Geometry> bodies,
                                   List<Geometry> verticalRules, boolean overTextToo) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int t = 0; t < titles.size(); t++) {
            Geometry title = titles.get(t);
            double distance = Math.max(title.x() - body.right(), body.x() - title.right());
            if (body.verticalOverlap(title) > 0 && distance < bestDistance && distance <= parameters.besideReachEms() * title.fontSize()
                    && !textBetween(body, title, bodies) && !RulingLines.verticalBetween(body, title, verticalRules)
                    && (overTextToo || !headsTextUnder(parameters, title, bodies))) {
                best = t;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * A headline over text (or a picture) of its own heads that: text beside it is another
     * article's as often (a brief's title level with the top of the column next to it, which goes with
     * the picture beside it), so it claims text beside it only where nothing else does. A headline with
     * nothing under it (a vertical one, one set to the side) owns text beside it first.
     */
    private static boolean headsTextUnder(OrderParameters parameters, Geometry title, List<Geometry> bodies) {
        for (Geometry other : bodies) {
            double distance = other.y() - title.bottom();
            if (distance >= -1 && distance <= parameters.headedTextReachEms() * title.fontSize() && other.horizontalOverlap(title) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Another stretch of text stands across the gap between {@code body} and the headline beside it. */
    private static boolean textBetween(Geometry body, Geometry title, List<Geometry> bodies) {
        double gapLeft = Math.min(body.right(), title.right());
        double gapRight = Math.max(body.x(), title.x());
        for (Geometry other : bodies) {
            if (other != body && other.verticalOverlap(body) > 0 && other.x() >= gapLeft && other.right() <= gapRight) {
                return true;
            }
        }
        return false;
    }

}
