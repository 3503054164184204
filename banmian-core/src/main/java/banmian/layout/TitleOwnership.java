package banmian.layout;

import banmian.model.Geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which headline group each body line belongs to, on a page whose lines carry geometry. A headline
 * stands over the columns of its article: a stretch of body text belongs to the nearest headline
 * above it that shares some of its width. Text with no headline above it (a lead article that begins
 * in the column beside its headline, a column under a vertical headline) belongs to the nearest
 * headline beside it at the same height. A ruling line across the text between it and a headline
 * above closes that headline's article (a rule just under a headline underlines it). Without
 * geometry every line answers -1 (unknown).
 */
final class TitleOwnership {
    /** A rule closes an article above the text when it runs under at least this share of the text. */
    private static final double RULE_COVER = 0.5;
    /** A byline stands within this many of its headline's type sizes. */
    private static final double BYLINE_REACH_EMS = 2.0;

    private TitleOwnership() {
    }

    /** For every line position, the index of its owner among {@code titles}, or -1. */
    static int[] owners(List<TextLine> lines, List<TitleGroup> titles, List<Geometry> horizontalRules) {
        int[] owners = new int[lines.size()];
        Arrays.fill(owners, -1);
        if (titles.isEmpty() || lines.stream().anyMatch(line -> line.geometry == null)) {
            return owners;
        }
        List<Geometry> titleExtents = new ArrayList<>();
        for (TitleGroup title : titles) {
            titleExtents.add(TypeSizes.extent(title.lines));
        }
        for (List<TextLine> box : TextLine.byBox(lines.stream().filter(line -> line.role.isBodyFlow()).toList())) {
            int owner = owner(TypeSizes.extent(box), titleExtents, horizontalRules);
            box.forEach(line -> owners[line.position] = owner);
        }
        return owners;
    }

    /**
     * For every caption, the headline group whose article it sits in, found as for a stretch of
     * text ({@link #owners}); -1 when geometry is unknown or no headline owns the place.
     */
    static int[] captionOwners(List<TextLine> lines, List<TitleGroup> titles, List<CaptionGrouper.PlacedCaption> captions,
                               List<Geometry> horizontalRules) {
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
                owners[c] = owner(TypeSizes.extent(captionLines), titleExtents, horizontalRules);
            }
        }
        return owners;
    }

    /**
     * For every byline, the headline group it is set against: the nearest one within a few of the
     * headline's type sizes (under it, or beside a vertical headline); -1 when none is that near or
     * geometry is unknown.
     */
    static int[] bylineOwners(List<TextLine> lines, List<TitleGroup> titles) {
        int[] owners = new int[lines.size()];
        Arrays.fill(owners, -1);
        List<Geometry> titleExtents = new ArrayList<>();
        for (TitleGroup title : titles) {
            titleExtents.add(title.lines.stream().allMatch(line -> line.geometry != null) ? TypeSizes.extent(title.lines) : null);
        }
        for (TextLine line : lines) {
            if (line.role != LineRole.BYLINE || line.geometry == null) {
                continue;
            }
            double nearest = Double.MAX_VALUE;
            for (int t = 0; t < titleExtents.size(); t++) {
                Geometry title = titleExtents.get(t);
                if (title == null) {
                    continue;
                }
                double distance = gap(title, line.geometry);
                if (distance <= BYLINE_REACH_EMS * title.fontSize() && distance < nearest) {
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

    private static int owner(Geometry body, List<Geometry> titles, List<Geometry> rules) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int t = 0; t < titles.size(); t++) {
            Geometry title = titles.get(t);
            double distance = body.y() - title.bottom();
            if (distance >= -title.height() / 2 && body.horizontalOverlap(title) > 0 && distance < bestDistance
                    && !ruledOff(title, body, rules)) {
                best = t;
                bestDistance = distance;
            }
        }
        if (best >= 0) {
            return best;
        }
        for (int t = 0; t < titles.size(); t++) {
            Geometry title = titles.get(t);
            double distance = Math.max(title.x() - body.right(), body.x() - title.right());
            if (body.verticalOverlap(title) > 0 && distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** A rule between the title and the text below it, across most of the text's width. */
    private static boolean ruledOff(Geometry title, Geometry body, List<Geometry> rules) {
        for (Geometry rule : rules) {
            double y = rule.y() + rule.height() / 2;
            if (y > title.bottom() + title.fontSize() / 2 && y < body.y()
                    && rule.horizontalOverlap(body) >= RULE_COVER * body.width()) {
                return true;
            }
        }
        return false;
    }

}
