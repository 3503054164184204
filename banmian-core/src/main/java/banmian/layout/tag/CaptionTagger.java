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
import java.util.function.Predicate;
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
    /** Agencies and papers that issue photos under their own name. */
    private static final String AGENCY = "新华社|中新社|人民日报|本报|新华网|人民网|央视网|央视|中国日报";
    /**
     * A credit from where it starts to the end of the line: optional agency and role, one or more names,
     * then 摄. {@code \G}: tried from one start at a time, see {@link #trailingCredit}.
     */
    private static final Pattern CREDIT = Pattern.compile("\\G"
            + "((?:(?:(?:新华社|中新社|人民日报|本报|人民网|央视)\\s*+)?(?:特约|实习)?(?:记者|通讯员|摄影记者|摄影)|(?:新华社|中新社)发)"
            + "\\s*+" + NAMES + "\\s*+摄|(?<=^|\\s)" + NAMES + "\\s++摄)\\s*+$");
    /**
     * At most this many characters other than spaces and the separators 、,， follow where a credit
     * starts: a role of up to 10, four names of five, 摄, and a final line end that {@code $} allows.
     */
    private static final int CREDIT_REACH = 32;
    /**
     * Credits that name no photographer before 摄, from where they start to the end of the text: a photo
     * an agency issued ({@code 新华社发}, {@code 新华社发（张三摄）}, {@code 张三摄（新华社发）}, {@code （新华社发）}), a drawing
     * ({@code 翟桂溪作（新华社发）}),
     * a picture agency or the archive ({@code 视觉中国}, {@code 资料图片}), a supplier ({@code 受访者供图}),
     * and a photographer's name set straight against 摄 ({@code 万秀摄}) once a gap parts it from the
     * caption. Each stands at the start or after a gap or a sentence's end, as a credit is set apart from its
     * caption; a sentence that merely runs on {@code ……新华社发布} never ends a line that way.
     */
    private static final Pattern ISSUED_CREDIT = Pattern.compile("\\G("
            + "(?<=^|\\s|[。！？”’）)])(?:"
            + "(?:" + AGENCY + ")发(?:\\s*+[（(]" + NAMES + "\\s*+摄[)）])?"
            + "|(?:(?:" + AGENCY + ")?(?:特约|实习)?(?:记者|通讯员|摄影记者|摄影)\\s*+)?" + NAMES + "\\s*+摄\\s*+[（(](?:" + AGENCY + ")发[)）]"
            + "|" + NAME + "\\s*+作\\s*+[（(](?:" + AGENCY + ")发[)）]"
            + "|(?<=\\s)" + NAMES + "摄"
            + "|视觉中国|人民视觉|东方IC|资料图片|[\\p{IsHan}A-Za-z]{2,12}供图)"
            + "|[（(](?:" + AGENCY + ")发[)）]"
            + ")\\s*+$");
    private static final Pattern GRAPHIC_CREDIT = Pattern.compile(
            "^(?:(?:制图|绘图|图|漫画|插图|图表)[：:／/][\\p{IsHan}·]{2,12}|[\\p{IsHan}·]{2,5}作[（(](?:新华社|中新社)发[）)])$");
    private static final Pattern CAPTION_START = Pattern.compile("^(图为|上图|下图|左图|右图|图[①-⑩\\d])");

    /** Credits and the caption text leading to them, by wording. */
    public static final Stage BY_WORDING = Stage.of("captions", Set.of(Facts.LINES, Facts.FURNITURE_ROLES, Facts.PAGE_MEASURE),
            Set.of(Facts.CAPTION_ROLES, Facts.CAPTION_UNITS), page -> {
                tag(page, page.lines(), line -> true);
                page.put(Facts.CAPTION_UNITS, List.of());
            });

    /**
     * As {@link #BY_WORDING}, and, with image placements known (the PDF path), the text set under, beside
     * or inside a picture ({@link PictureCaptions}).
     */
    public static final Stage BY_WORDING_AND_PICTURES = Stage.of("captions", Set.of(Facts.LINES, Facts.FURNITURE_ROLES, Facts.PAGE_MEASURE,
            Facts.GRAPHICS, Facts.TYPE_SIZES), Set.of(Facts.CAPTION_ROLES, Facts.CAPTION_UNITS), page -> {
                // Where type sizes are known, a line opening with 图为 in the text's own size is running
                // text (a photo story's text, a report on an exhibition); a caption at a picture is found there.
                TypeSizes sizes = page.get(Facts.TYPE_SIZES);
                tag(page, page.lines(), line -> !sizes.known() || sizes.isSmallerThanBody(line));
                page.put(Facts.CAPTION_UNITS, PictureCaptions.tag(page, page.lines(), page.get(Facts.GRAPHICS).images(), page.get(Facts.TYPE_SIZES)));
            });

    /** {@code openingWordsCount}: whether a line opening with {@code 图为} may be taken for a caption by its wording. */
    static void tag(PageAnalysis page, List<TextLine> lines, Predicate<TextLine> openingWordsCount) {
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
            Matcher credit = creditAtEnd(line.raw.strip());
            if (credit == null) {
                continue;
            }
            boolean creditOnly = credit.start() == 0;
            page.assign(line, creditOnly ? LineRole.CREDIT : LineRole.CAPTION, creditOnly ? "photo-credit" : "caption-ending-in-credit");
            markCaptionLinesBefore(page, parameters, lines, i, creditOnly, bodyColumn);
        }
        for (TextLine line : lines) {
            if (line.role() == LineRole.BODY && CAPTION_START.matcher(line.squashed).find() && openingWordsCount.test(line)) {
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
        return trailing(CREDIT, text);
    }

    /**
     * The credit at the end of {@code text} (group 1), whichever form it takes: a photographer's
     * ({@link #trailingCredit}), or one an agency issued, a picture agency's or a supplier's
     * ({@code 新华社发}, {@code 视觉中国}, {@code 受访者供图}); null without one.
     */
    public static Matcher creditAtEnd(String text) {
        Matcher credit = trailing(CREDIT, text);
        return credit != null ? credit : trailing(ISSUED_CREDIT, text);
    }

    /** The first start among the last {@link #CREDIT_REACH} characters from which {@code pattern} runs to the end. */
    private static Matcher trailing(Pattern pattern, String text) {
        int from = text.length();
        int reach = 0;
        while (from > 0) {
            int c = text.codePointBefore(from);
            if (!isGap(c) && ++reach > CREDIT_REACH) {
                break;
            }
            from -= Character.charCount(c);
        }
        Matcher credit = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int start = from; start < text.length(); start++) {
            if (credit.region(start, text.length()).lookingAt()) {
                return credit;
            }
        }
        return null;
    }

    /**
     * The lines' text as one caption's, for finding its credit: run together as a line break inside a
     * sentence or a name is no gap ({@code 新华社记者 袁|磊桂摄}), parted by a space after a sentence's end, where
     * a credit set on a line of its own stands apart from the caption ({@code ……出席。|万秀摄}), and between
     * pieces of one printed line set widely apart ({@code ……仪式。   新华社发} set flush right).
     */
    public static String joined(List<TextLine> lines) {
        StringBuilder text = new StringBuilder();
        TextLine previous = null;
        for (TextLine line : lines) {
            if (previous != null && (Punctuation.endsSentence(text.toString()) || sameRow(previous, line) && widelyApart(previous, line))) {
                text.append(' ');
            }
            text.append(line.raw.strip());
            previous = line;
        }
        return text.toString();
    }

    /** Two pieces of one printed line (known only where geometry is). */
    private static boolean sameRow(TextLine a, TextLine b) {
        return a.geometry != null && b.geometry != null
                && a.geometry.verticalOverlap(b.geometry) >= 0.5 * Math.min(a.geometry.height(), b.geometry.height());
    }

    /** Parted by a space of half an em or more (a credit set flush right), not merely cut by a rule drawn through the line. */
    private static boolean widelyApart(TextLine a, TextLine b) {
        return b.geometry.x() - a.geometry.right() >= 0.5 * Math.min(a.geometry.fontSize(), b.geometry.fontSize());
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
