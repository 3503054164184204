package banmian.layout.tag;

import banmian.layout.line.Facts;
import banmian.layout.line.Frames;
import banmian.layout.line.LineRole;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.Stage;
import banmian.layout.line.TextLine;
import banmian.layout.line.TypeSizes;
import banmian.model.BlockType;
import banmian.model.Geometry;
import banmian.model.PageGraphics;
import banmian.text.Punctuation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page furniture told by where it is set, on a page whose lines carry geometry: the band of the
 * running head or masthead above the page's head rule, and what a frame holds when it is no article —
 * an index box 导读 (its lines end with references to other pages), an advertisement (no running text,
 * and the wording of an advertisement: a telephone number, a web address, a price, the word 广告), a
 * column label 栏目 (one short line boxed on its own). None of it may become an article.
 */
public final class PlacedFurniture {
    /**
     * What only an advertisement prints among text that is no article: a telephone number (with its
     * area or service prefix, or a mobile number), a hotline or order line, a price, a web address, the
     * word 广告 itself.
     */
    private static final Pattern COMMERCIAL = Pattern.compile(
            "\\d{3,4}-\\d{3,4}-?\\d{4}|(?<!\\d)1[3-9]\\d{9}(?!\\d)|广告|(?:热线|电话|咨询|垂询|订购|订阅)[：:]|[￥¥]\\d|www\\.");
    /** A label's frame fits it closely: within this many of its ems around it. */
    private static final double LABEL_FRAME_EMS = 3;
    /** A head rule (or the rule over an advertisement across the foot) runs across at least this share of the width the page's text spans. */
    private static final double ACROSS_PAGE_SHARE = 0.5;

    /** Furniture by place: the head band, index boxes, advertisements, column labels. */
    public static final Stage STAGE = Stage.of("placed-furniture",
            Set.of(Facts.LINES, Facts.GRAPHICS, Facts.TYPE_SIZES, Facts.FURNITURE_ROLES), Set.of(Facts.FURNITURE_ROLES),
            page -> {
                TypeSizes sizes = page.get(Facts.TYPE_SIZES);
                if (sizes.known()) {
                    tag(page, page.lines(), sizes, page.get(Facts.GRAPHICS));
                }
            });

    private PlacedFurniture() {
    }

    static void tag(PageAnalysis page, List<TextLine> lines, TypeSizes sizes, PageGraphics graphics) {
        Set<Integer> runningText = runningTextBoxes(lines, sizes, page.parameters().tag().sameSizeShare());
        Geometry text = Geometry.around(lines.stream().map(line -> line.geometry).toList());
        if (text == null) {
            return;
        }
        headBand(page, lines, sizes, graphics, runningText, text);
        for (Geometry frame : Frames.of(graphics, sizes.bodySize())) {
            List<TextLine> inside = bodyLinesWithin(lines, frame);
            if (!inside.isEmpty()) {
                framed(page, frame, inside, runningText);
            }
        }
        footBand(page, lines, sizes, graphics, runningText, text);
    }

    /**
     * An advertisement across the foot of the page without a frame: what lies under the lowest rule
     * across the page, when it holds no running text, is set partly in display type and has the
     * wording of an advertisement (display type keeps a foot line of editors' telephone numbers out).
     */
    private static void footBand(PageAnalysis page, List<TextLine> lines, TypeSizes sizes, PageGraphics graphics, Set<Integer> runningText,
                                 Geometry text) {
        Geometry lowest = null;
        for (Geometry rule : graphics.horizontalRules()) {
            if (rule.width() >= ACROSS_PAGE_SHARE * text.width() && (lowest == null || rule.y() > lowest.y())) {
                lowest = rule;
            }
        }
        if (lowest == null) {
            return;
        }
        Geometry foot = new Geometry(text.x() - 1, lowest.y(), text.width() + 2, text.bottom() + 1 - lowest.y(), 0, false);
        List<TextLine> below = bodyLinesWithin(lines, foot);
        if (!below.isEmpty() && below.stream().anyMatch(sizes::isDisplay)) {
            advertisement(page, below, runningText, "under the lowest rule across the page");
        }
    }

    private static List<TextLine> bodyLinesWithin(List<TextLine> lines, Geometry region) {
        List<TextLine> inside = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.geometry != null && line.role() == LineRole.BODY && Frames.holds(region, line.geometry)) {
                inside.add(line);
            }
        }
        return inside;
    }

    /**
     * The running head or masthead: the lines above the page's head rule (the first rule across most
     * of the page with furniture told by its wording above it and no running text), or, with no such
     * rule, the lines level with that furniture at the top of the page. A line there set larger than
     * anything below is the paper's name plate.
     */
    private static void headBand(PageAnalysis page, List<TextLine> lines, TypeSizes sizes, PageGraphics graphics, Set<Integer> runningText,
                                 Geometry text) {
        double runningTop = Double.MAX_VALUE;
        for (TextLine line : lines) {
            if (line.geometry != null && runningText.contains(line.box)) {
                runningTop = Math.min(runningTop, line.geometry.y());
            }
        }
        List<TextLine> anchors = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.role() == LineRole.FURNITURE && line.geometry != null && line.geometry.bottom() <= runningTop) {
                anchors.add(line);
            }
        }
        if (anchors.isEmpty()) {
            return;
        }
        double anchorsBottom = anchors.stream().mapToDouble(line -> line.geometry.bottom()).max().orElseThrow();
        double slack = sizes.bodySize() / 2;
        Geometry headRule = null;
        for (Geometry rule : graphics.horizontalRules()) {
            if (rule.y() >= anchorsBottom - slack && rule.bottom() <= runningTop + slack && rule.width() >= ACROSS_PAGE_SHARE * text.width()
                    && (headRule == null || rule.y() < headRule.y())) {
                headRule = rule;
            }
        }
        List<TextLine> candidates = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.geometry != null && line.role() == LineRole.BODY && !runningText.contains(line.box)) {
                candidates.add(line);
            }
        }
        List<TextLine> band = new ArrayList<>();
        if (headRule != null) {
            double ruleY = headRule.y();
            candidates.stream().filter(line -> line.geometry.bottom() <= ruleY + slack).forEach(band::add);
        } else {
            // Without a head rule the band is what is set level with the running head (a name plate beside
            // its date), and what is level with that (its other data), above the running text.
            double top = anchors.stream().mapToDouble(line -> line.geometry.y()).min().orElseThrow();
            double bottom = anchorsBottom;
            boolean grew = true;
            while (grew) {
                grew = false;
                for (TextLine line : candidates) {
                    Geometry g = line.geometry;
                    if (!band.contains(line) && g.bottom() <= runningTop && g.y() < bottom && g.bottom() > top) {
                        band.add(line);
                        top = Math.min(top, g.y());
                        bottom = Math.max(bottom, g.bottom());
                        grew = true;
                    }
                }
            }
        }
        double bandBottom = headRule != null ? headRule.y()
                : Math.max(anchorsBottom, band.stream().mapToDouble(line -> line.geometry.bottom()).max().orElse(anchorsBottom));
        double largestBelow = lines.stream().filter(line -> line.geometry != null && line.geometry.y() >= bandBottom)
                .mapToDouble(line -> line.geometry.fontSize()).max().orElse(0);
        for (TextLine line : band) {
            boolean namePlate = line.geometry.fontSize() > largestBelow;
            String where = headRule != null ? "above the head rule" : "level with the running head";
            page.assignFurniture(line, namePlate ? BlockType.MASTHEAD : BlockType.FURNITURE, namePlate ? "name-plate" : "head-band",
                    () -> String.format("%s, %.1f pt against %.1f pt at most below it", where, line.geometry.fontSize(), largestBelow));
        }
    }

    /** What a frame holds, when it is no article: an index box, an advertisement or a column label. */
    private static void framed(PageAnalysis page, Geometry frame, List<TextLine> inside, Set<Integer> runningText) {
        int references = 0;
        for (int i = 0; i < inside.size(); i++) {
            TextLine line = inside.get(i);
            // A reference may be broken over two lines of one item (（16 / 版）).
            TextLine before = i > 0 && inside.get(i - 1).box == line.box ? inside.get(i - 1) : null;
            if (PageReferences.endsWithOne(line.squashed)
                    || before != null && !PageReferences.endsWithOne(before.squashed) && PageReferences.endsWithOne(before.squashed + line.squashed)) {
                references++;
            }
        }
        int found = references;
        // Items of an index may run over two lines, and a label heads them.
        if (references >= 2 && references * 3 >= inside.size()) {
            inside.forEach(line -> page.assignFurniture(line, BlockType.INDEX, "index-box",
                    () -> found + " of the " + inside.size() + " lines in its frame end with a reference to another page"));
            return;
        }
        if (advertisement(page, inside, runningText, "in a frame")) {
            return;
        }
        if (inside.size() == 1 && isLabel(inside.get(0), frame)) {
            TextLine label = inside.get(0);
            page.assignFurniture(label, BlockType.COLUMN, "boxed-label", () -> "one short line framed on its own");
        }
    }

    /** The lines of a region are an advertisement when none of them is running text and one has an advertisement's wording. */
    private static boolean advertisement(PageAnalysis page, List<TextLine> region, Set<Integer> runningText, String where) {
        boolean noRunningText = region.stream().noneMatch(line -> runningText.contains(line.box));
        TextLine commercial = region.stream().filter(line -> COMMERCIAL.matcher(line.squashed).find()).findFirst().orElse(null);
        if (!noRunningText || commercial == null) {
            return false;
        }
        region.forEach(line -> page.assignFurniture(line, BlockType.ADVERTISEMENT, "advertisement",
                () -> where + ", no running text, and the wording of an advertisement: " + commercial.squashed));
        return true;
    }

    /** One line the frame fits closely, that is no sentence: a column label set in a box of its own. */
    private static boolean isLabel(TextLine line, Geometry frame) {
        Geometry g = line.geometry;
        double em = g.fontSize();
        boolean tight = line.vertical ? frame.width() <= LABEL_FRAME_EMS * em && frame.height() <= g.height() + LABEL_FRAME_EMS * em
                : frame.height() <= LABEL_FRAME_EMS * em && frame.width() <= g.width() + LABEL_FRAME_EMS * em;
        return tight && !Punctuation.endsSentence(line.raw);
    }

    /**
     * The boxes that hold running text: two or more lines set in body type (within {@code sameSizeShare} of
     * it, {@link banmian.layout.line.TagParameters#sameSizeShare}), none of them furniture (a block of
     * masthead data set in body type is no text).
     */
    private static Set<Integer> runningTextBoxes(List<TextLine> lines, TypeSizes sizes, double sameSizeShare) {
        Map<Integer, Integer> bodyLines = new HashMap<>();
        Set<Integer> withFurniture = new HashSet<>();
        for (TextLine line : lines) {
            if (line.role() == LineRole.FURNITURE) {
                withFurniture.add(line.box);
            } else if (line.geometry != null && Math.abs(line.geometry.fontSize() - sizes.bodySize()) <= sameSizeShare * sizes.bodySize()) {
                bodyLines.merge(line.box, 1, Integer::sum);
            }
        }
        Set<Integer> running = new HashSet<>();
        bodyLines.forEach((box, count) -> {
            if (count >= 2 && !withFurniture.contains(box)) {
                running.add(box);
            }
        });
        return running;
    }
}
