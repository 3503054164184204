package banmian.layout.order;

import banmian.layout.line.OrderParameters;
import banmian.layout.line.RulingLines;
import banmian.model.Geometry;
import banmian.model.PageGraphics;

import java.util.List;

/**
 * Owners for the stretches of text and the pictures that no headline stands over, found by what stands
 * beside, over and under them in their columns ({@link TitleOwnership} finds the owners from above
 * first). How near is near is the order family's ({@link OrderParameters}).
 */
final class ColumnOwnership {
    private ColumnOwnership() {
    }

    /**
     * Text with no headline above it, in this order: a headline standing right beside it (within two
     * of its type sizes, nothing between) with nothing under it owns it; else the owner of the text it
     * goes on from up its column; else of the picture over it (its caption between); else, column by
     * column, of the text or picture next to it in its row, unless a vertical rule parts the two where
     * their tops do not stand level (papers rule the gutters between one article's columns too, and
     * columns set side by side from one top are one article's); else of the text it reads on into down
     * its column. Repeated until nothing changes, so a vertical headline owns every column of its box.
     * Last, a headline beside it that heads text of its own. Pictures with no headline over them take
     * the owner of a picture set level beside them.
     */
    static void ownBesideAndAlongColumns(OrderParameters parameters, Columns columns, int[] owners, List<Geometry> titles) {
        ownAlongColumns(parameters, columns, owners, titles, false);
        // A headline beside the text over text of its own is the last resort, asked once the columns
        // next to the text have taken their owners.
        ownAlongColumns(parameters, columns, owners, titles, true);
    }

    /**
     * The page's stretches of text ({@code bodies}: boxes of body lines, then from {@code pictures} on
     * its pictures), which of them are section headings, the median type size of the text (the
     * measure of gaps between pictures) and the page's rules.
     */
    record Columns(List<Geometry> bodies, boolean[] headings, int pictures, double textSize, PageGraphics graphics) {
    }

    private static void ownAlongColumns(OrderParameters parameters, Columns columns, int[] owners, List<Geometry> titles,
                                        boolean besideOverText) {
        List<Geometry> bodies = columns.bodies();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = 0; b < bodies.size(); b++) {
                if (owners[b] >= 0) {
                    continue;
                }
                int owner = b < columns.pictures()
                        ? textOwner(parameters, columns, owners, titles, b, besideOverText)
                        : pictureOwner(parameters, columns, owners, b);
                if (owner >= 0) {
                    owners[b] = owner;
                    changed = true;
                }
            }
        }
    }

    /** The owner of text stretch {@code b} by what stands beside, above and below it (see {@link #ownBesideAndAlongColumns}), or -1. */
    private static int textOwner(OrderParameters parameters, Columns columns, int[] owners, List<Geometry> titles, int b,
                                 boolean besideOverText) {
        List<Geometry> bodies = columns.bodies();
        List<Geometry> verticalRules = columns.graphics().verticalRules();
        Geometry body = bodies.get(b);
        int owner = ownerBeside(parameters, body, titles, bodies, verticalRules, false);
        if (owner >= 0) {
            return owner;
        }
        // Text that goes on from text above it in its column takes that text's owner; while that has
        // none, only the columns beside it may give one (which the text above then reads on into).
        int up = textUpItsColumn(parameters, columns, b);
        if (up >= 0) {
            int neighbour = owners[up] < 0 ? nearestOwnedNeighbour(parameters, columns, owners, b) : -1;
            return owners[up] >= 0 ? owners[up] : neighbour >= 0 ? owners[neighbour] : -1;
        }
        // Text under a picture (and its caption) is the picture's article's.
        int picture = pictureRightAbove(columns, b);
        if (picture >= 0 && owners[picture] >= 0) {
            return owners[picture];
        }
        int neighbour = nearestOwnedNeighbour(parameters, columns, owners, b);
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
     * (a row of photos under one headline, a rule in the gutter between or not); -1 when there is none.
     */
    private static int pictureOwner(OrderParameters parameters, Columns columns, int[] owners, int p) {
        List<Geometry> bodies = columns.bodies();
        Geometry picture = bodies.get(p);
        double levelTops = parameters.levelTopsEms() * columns.textSize();
        for (int n = columns.pictures(); n < bodies.size(); n++) {
            Geometry neighbour = bodies.get(n);
            double gap = Math.max(neighbour.x() - picture.right(), picture.x() - neighbour.right());
            if (n != p && owners[n] >= 0 && gap >= -1 && gap <= parameters.columnGapEms() * columns.textSize()
                    && Math.abs(neighbour.y() - picture.y()) <= levelTops) {
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
     * unless the two are set from one top (papers rule the gutters between one article's columns
     * too); of two as near, the one set from the same top. -1 when none.
     */
    private static int nearestOwnedNeighbour(OrderParameters parameters, Columns columns, int[] owners, int b) {
        List<Geometry> bodies = columns.bodies();
        Geometry body = bodies.get(b);
        double levelTops = parameters.levelTopsEms() * body.fontSize();
        int nearestNeighbour = -1;
        double nearest = Double.MAX_VALUE;
        for (int n = 0; n < bodies.size(); n++) {
            Geometry neighbour = bodies.get(n);
            double gap = Math.max(neighbour.x() - body.right(), body.x() - neighbour.right());
            boolean level = Math.abs(neighbour.y() - body.y()) <= levelTops;
            boolean parted = !level && RulingLines.verticalBetween(body, neighbour, columns.graphics().verticalRules());
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
        return textAlongItsColumn(parameters, columns, b, false);
    }

    /**
     * The text stretch {@code b} reads on into down its column: right under it, or under a section
     * heading set there, with no rule between; -1 when there is none.
     */
    private static int textDownItsColumn(OrderParameters parameters, Columns columns, int b) {
        return textAlongItsColumn(parameters, columns, b, true);
    }

    private static int textAlongItsColumn(OrderParameters parameters, Columns columns, int b, boolean down) {
        List<Geometry> bodies = columns.bodies();
        int next = boxRightNext(parameters, columns, b, down);
        while (next >= 0 && columns.headings()[next]) {
            next = boxRightNext(parameters, columns, next, down);
        }
        boolean ruledOff = next >= 0 && RulingLines.horizontalBetween(bodies.get(next), bodies.get(b), columns.graphics().horizontalRules());
        return ruledOff ? -1 : next;
    }

    /**
     * The stretch of text right above stretch {@code b} in its column ({@code down}: right under it),
     * within the reach of a heading over its text, or -1. Pictures are passed over: the text right
     * under one is its caption as often as the article's.
     */
    private static int boxRightNext(OrderParameters parameters, Columns columns, int b, boolean down) {
        List<Geometry> bodies = columns.bodies();
        Geometry body = bodies.get(b);
        int best = -1;
        double nearest = Double.MAX_VALUE;
        for (int c = 0; c < columns.pictures(); c++) {
            Geometry other = bodies.get(c);
            double distance = down ? other.y() - body.bottom() : body.y() - other.bottom();
            if (c != b && distance >= -1 && distance <= parameters.headedTextReachEms() * Math.max(body.fontSize(), other.fontSize())
                    && distance < nearest && other.horizontalOverlap(body) > 0) {
                best = c;
                nearest = distance;
            }
        }
        return best;
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
