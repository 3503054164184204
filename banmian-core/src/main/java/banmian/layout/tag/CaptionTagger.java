package banmian.layout.tag;

import banmian.layout.line.Datelines;
import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.Stage;
import banmian.layout.line.TagParameters;
import banmian.layout.line.TextLine;
import banmian.layout.line.TypeSizes;
import banmian.model.Geometry;
import banmian.text.Punctuation;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds photo credits ({@code 新华社记者 黄敬文 摄}, {@code 记者 刘亮亮 摄}, {@code 制图：李姿阅}) and
 * the caption text that leads up to them. A caption runs back from its credit over the lines that
 * flow into it: a line ending mid-sentence continues into the next, so it belongs to the caption.
 */
public final class CaptionTagger {
    /** A two to five character name, possibly letter-spaced ({@code 徐 昱}, or wider: {@code 徐  昱}). */
    private static final String NAME = "[\\p{IsHan}·](?:\\s{0,2}+[\\p{IsHan}·]){1,4}";
    /** Up to four names; without a role before them, a credit's names stand apart: {@code 张三 摄}, never {@code 当地拍摄}. */
    private static final String NAMES = NAME + "(?:[\\s、,，]++" + NAME + "){0,3}";
    /**
     * A credit from where it starts to the end of the line: optional agency and role, one or more names,
     * then 摄. {@code \G}: tried from one start at a time, see {@link #trailingCredit}.
     */
    private static final Pattern CREDIT = Pattern.compile("\\G"
            + "((?:(?:新华社|中新社|人民日报|本报|人民网|央视)?(?:特约|实习)?(?:记者|通讯员|摄影记者|摄影)|(?:新华社|中新社)发)"
            + "\\s*+" + NAMES + "\\s*+摄|(?<=^|\\s)" + NAMES + "\\s++摄)\\s*+$");
    /**
     * At most this many characters other than spaces and the separators 、,， follow where a credit
     * starts: a role of up to 10, four names of five, 摄, and a final line end that {@code $} allows.
     */
    private static final int CREDIT_REACH = 32;
    private static final Pattern GRAPHIC_CREDIT = Pattern.compile(
            "^(?:(?:制图|绘图|图|漫画|插图|图表)[：:／/][\\p{IsHan}·]{2,12}|[\\p{IsHan}·]{2,5}作[（(](?:新华社|中新社)发[）)])$");
    private static final Pattern CAPTION_START = Pattern.compile("^(图为|上图|下图|左图|右图|图[①-⑩\\d])");

    /**
     * With image placements known (the PDF path), a short block right under a picture, or beside it
     * level with its foot, is its caption as well, whether or not it carries a credit or opens with
     * {@code 图为}.
     */
    /** Credits and the caption text leading to them, by wording. */
    public static final Stage BY_WORDING = Stage.of("captions", Set.of(Facts.LINES, Facts.FURNITURE_ROLES, Facts.PAGE_MEASURE),
            Set.of(Facts.CAPTION_ROLES), page -> tag(page, page.lines()));

    /** As {@link #BY_WORDING}, and short blocks right under or beside a picture. */
    public static final Stage BY_WORDING_AND_PICTURES = Stage.of("captions", Set.of(Facts.LINES, Facts.FURNITURE_ROLES, Facts.PAGE_MEASURE,
            Facts.GRAPHICS, Facts.TYPE_SIZES), Set.of(Facts.CAPTION_ROLES), page -> {
                tag(page, page.lines());
                List<Geometry> images = page.get(Facts.GRAPHICS).images();
                if (!images.isEmpty()) {
                    tagUnderImages(page, page.lines(), images, page.get(Facts.TYPE_SIZES));
                }
            });

    private static void tagUnderImages(PageAnalysis page, List<TextLine> lines, List<Geometry> images, TypeSizes sizes) {
        TagParameters parameters = page.parameters().tag();
        for (List<TextLine> box : TextLine.byBox(lines)) {
            boolean smallerType = box.stream().allMatch(line -> line.geometry != null && sizes.isSmallerThanBody(line));
            boolean candidate = (box.size() <= parameters.maxCaptionLines() || smallerType && box.size() <= parameters.maxSmallCaptionLines())
                    && box.stream().allMatch(line -> line.geometry != null
                    && (line.role() == LineRole.BODY || line.role() == LineRole.CAPTION || line.role() == LineRole.CREDIT)
                    && !sizes.isDisplay(line))
                    && closesItself(box) && !opensAnItem(lines, box, sizes);
            Geometry extent = candidate ? TypeSizes.extent(box) : null;
            if (candidate && images.stream().anyMatch(image -> sitsUnder(parameters, extent, image) || sitsBeside(parameters, extent, image))) {
                box.stream().filter(line -> line.role() == LineRole.BODY).forEach(line -> page.assign(line, LineRole.CAPTION,
                        "short-block-at-a-picture", () -> "a block of " + box.size() + " lines closing itself, under or beside a picture"));
            }
        }
    }

    /**
     * A caption ends where its block ends: on a full stop, a closing bracket or a credit. A block
     * that breaks off mid-sentence is a column running on elsewhere.
     */
    private static boolean closesItself(List<TextLine> box) {
        String last = box.get(box.size() - 1).raw.strip();
        return Punctuation.endsSentence(last) || last.endsWith("）") || last.endsWith(")") || last.endsWith("摄")
                || box.stream().anyMatch(line -> line.role() == LineRole.CREDIT);
    }

    /** The block opens a news item: a dateline starts it, or a headline stands right over it. */
    private static boolean opensAnItem(List<TextLine> lines, List<TextLine> box, TypeSizes sizes) {
        if (Datelines.startsWithDateline(box.get(0).raw)) {
            return true;
        }
        TextLine above = sizes.adjacent(lines, box.get(0).box, TypeSizes.extent(box), false);
        return above != null && sizes.isDisplay(above);
    }

    /** Starts within an em and a half under the picture's bottom edge, over at least half its own width of it. */
    private static boolean sitsUnder(TagParameters parameters, Geometry text, Geometry image) {
        double gap = text.y() - image.bottom();
        return image.height() >= parameters.minPictureEms() * text.fontSize() && gap >= -parameters.pictureGapTolerance()
                && gap <= parameters.pictureReachEms() * text.fontSize() && text.horizontalOverlap(image) >= 0.5 * text.width();
    }

    /**
     * Set in the margin beside the picture, level with its foot: a caption beside a photo. Text
     * running beside a picture in a column ends elsewhere and has more lines.
     */
    private static boolean sitsBeside(TagParameters parameters, Geometry text, Geometry image) {
        double reach = parameters.pictureReachEms() * text.fontSize();
        double gap = Math.max(text.x() - image.right(), image.x() - text.right());
        return image.height() >= parameters.minPictureEms() * text.fontSize() && gap >= -parameters.pictureGapTolerance() && gap <= reach
                && Math.abs(text.bottom() - image.bottom()) <= reach && text.y() >= image.y();
    }

    static void tag(PageAnalysis page, List<TextLine> lines) {
        TagParameters parameters = page.parameters().tag();
        int bodyColumn = page.get(Facts.PAGE_MEASURE);
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.role() != LineRole.BODY) {
                continue;
            }
            String text = line.squashed;
            if (GRAPHIC_CREDIT.matcher(text).matches()) {
                page.assign(line, LineRole.CREDIT, "graphic-credit");
                continue;
            }
            if (!text.endsWith("摄")) {
                continue;
            }
            Matcher credit = trailingCredit(line.raw.strip());
            if (credit == null) {
                continue;
            }
            boolean creditOnly = credit.start() == 0;
            page.assign(line, creditOnly ? LineRole.CREDIT : LineRole.CAPTION, creditOnly ? "photo-credit" : "caption-ending-in-credit");
            markCaptionLinesBefore(page, parameters, lines, i, creditOnly, bodyColumn);
        }
        for (TextLine line : lines) {
            if (line.role() == LineRole.BODY && CAPTION_START.matcher(line.squashed).find()) {
                page.assign(line, LineRole.CAPTION, "caption-opening-words");
            }
        }
    }

    /**
     * The credit at the end of {@code text} ({@code 新华社记者 黄敬文 摄}, group 1), as the first {@code find()}
     * of the credit pattern would give it; null without one. Only the last {@link #CREDIT_REACH}
     * characters that are not spaces or separators, with what stands between them, can hold one, so the
     * starts are tried from there on: tried from every start of a long line, the names after each would
     * be cut in all their thousands of ways, and a line of a megabyte would take minutes.
     */
    public static Matcher trailingCredit(String text) {
        int from = text.length();
        int reach = 0;
        while (from > 0) {
            int c = text.codePointBefore(from);
            if (!isGap(c) && ++reach > CREDIT_REACH) {
                break;
            }
            from -= Character.charCount(c);
        }
        Matcher credit = CREDIT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int start = from; start < text.length(); start++) {
            if (credit.region(start, text.length()).lookingAt()) {
                return credit;
            }
        }
        return null;
    }

    /** Spaces ({@code \s}) and the separators between names. */
    private static boolean isGap(int c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '、' || c == ',' || c == '，';
    }

    /**
     * Placed by geometry, a credit claims only a line set right above it or beside it; without
     * geometry the extractor's order is all there is.
     */
    private static boolean setNear(TagParameters parameters, TextLine line, TextLine credit) {
        Geometry a = line.geometry;
        Geometry b = credit.geometry;
        if (a == null || b == null) {
            return true;
        }
        double reach = parameters.creditReachEms() * b.fontSize();
        boolean above = b.y() - a.bottom() <= reach && b.y() >= a.y() && a.horizontalOverlap(b) > -reach;
        boolean beside = a.verticalOverlap(b) > 0 && Math.max(a.x() - b.right(), b.x() - a.right()) <= reach;
        return above || beside;
    }

    /**
     * The caption is the line just before a bare credit, plus earlier lines that end mid-sentence
     * (so continue into the caption) and run wider than the page's body columns, as captions under
     * a photo do.
     */
    private static void markCaptionLinesBefore(PageAnalysis page, TagParameters parameters, List<TextLine> lines, int creditIndex,
                                               boolean creditOnly, int bodyColumn) {
        int i = creditIndex - 1;
        if (creditOnly && i >= 0 && lines.get(i).role() == LineRole.BODY && setNear(parameters, lines.get(i), lines.get(creditIndex))) {
            page.assign(lines.get(i), LineRole.CAPTION, "line-before-credit");
            i--;
        }
        while (i >= 0) {
            TextLine line = lines.get(i);
            if (line.role() != LineRole.BODY || Punctuation.endsSentence(line.raw) || line.width * 2 < bodyColumn * 3
                    || line.couldBeTitle()) {
                return;
            }
            page.assign(line, LineRole.CAPTION, "open-wide-line-before-caption", () -> "runs on into the caption, wider than the page's columns ("
                    + line.width + " vs " + bodyColumn + " quarter ems)");
            i--;
        }
    }
}
