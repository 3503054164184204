package banmian.layout.tag;

import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.Stage;
import banmian.layout.line.TagParameters;
import banmian.layout.line.TextLine;
import banmian.model.MetaCheck;
import banmian.model.PageMeta;
import banmian.text.Chars;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks page furniture (the running date line {@code 2018年1月2日 星期二}, the page number and
 * section {@code 7 理论}, editor credits, a front page's masthead data) and reads page metadata from it.
 */
public final class PageFurniture {
    private static final String DATE = "(\\d{4})年(\\d{1,2})月(\\d{1,2})日(星期[一二三四五六日天])?(农历\\S*)?";
    private static final Pattern DATE_LINE = Pattern.compile(DATE);
    /**
     * A running head that names the paper beside the date ({@code 人民日报 2019年10月10日 星期四}): a paper's
     * name ends in 报 ({@code 人民日报}, {@code 中国青年报}, {@code 环球时报}). Taken only where running heads stand.
     */
    private static final Pattern PAPER_AND_DATE_LINE = Pattern.compile("(?:\\p{IsHan}{1,6}报)?" + DATE + "(?:\\p{IsHan}{1,6}报)?");
    private static final Pattern PAGE_AND_SECTION = Pattern.compile(
            "(?:第?(\\d{1,3})版?)[：:]?([\\p{IsHan}·]{2,8})|([\\p{IsHan}·]{2,8}?)(?:第?(\\d{1,3})版?)");
    /** One item of a front page's masthead data other than a web address (see {@link #MASTHEAD}). */
    private static final String MASTHEAD_ITEM = "(?:第\\d{3,6}期|今日(?:\\d{1,3}|[一二三四五六七八九十]{1,3})版"
            + "|(?:国内统一连续出版物号|国内统一刊号)[：:]?CN\\d{2}-\\d{4}(?:/[A-Z]\\w*)?|(?:邮发)?代号[：:]?\\d{1,2}-\\d{1,4}"
            + "|农历[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[\\p{IsHan}]{2,8})";
    /**
     * A web address item: {@code 网址：}, anything up to the run of letters, digits and dots that holds
     * {@code www.}, that run, then a path. The run is taken whole and from its start, once ({@code (?>…)}).
     */
    private static final String MASTHEAD_WEB_ADDRESS =
            "[\\p{IsHan}]{0,8}网址[：:](?:\\S*?[^\\w.\\s])??(?>[\\w.]*?www\\.[\\w.]++)(?:/\\S*+)?";
    /**
     * A front page's masthead data: issue number, page count, serial registration, postal code, lunar
     * date, web address; alone or several (up to five) on one line. Only whole lines count, so running
     * text that mentions an issue ({@code 第3期培训班}) is never taken for it.
     * <p>
     * The text before a web address's {@code www.} may be anything, so any later items up to the last web
     * address on the line can be read as part of the first one: a line of up to five items is one of up
     * to five other items, or a web address with up to four other items around it. Spelt that way, and
     * with no space anywhere (no item has one), a line is read in one pass; as up to five items of any
     * kind, the ways of cutting a long line of addresses apart took minutes.
     */
    private static final Pattern MASTHEAD = Pattern.compile(mastheadPattern());
    private static final Pattern EDITORIAL_CREDIT = Pattern.compile(
            "(责任编辑|责编|版式设计|美术编辑|校对|版面设计|本版编辑)[：:].*");
    /**
     * A page number set apart from the section name by a space, also an ideographic one: {@code 7 理论},
     * {@code 理论 7}, {@code 4　要闻}. The space runs are taken whole ({@code ++}) and the name's character
     * next to them is no space, so a line of ideographic spaces is read once, not once per space.
     */
    private static final Pattern DIGITS_APART_FROM_NAME = Pattern.compile(
            "^(?:\\d{1,3}[\\s\\u3000]++[^\\s\\u3000].*|.*[^\\s\\u3000][\\s\\u3000]++\\d{1,3})");

    /** Running heads, masthead data and editors' credits become furniture; what they say of the page is kept. */
    public static final Stage STAGE = Stage.of("furniture", Set.of(Facts.LINES), Set.of(Facts.FURNITURE_ROLES, Facts.SHOWN_META),
            page -> page.put(Facts.SHOWN_META, tag(page, page.lines())));

    static PageMeta tag(PageAnalysis page, List<TextLine> lines) {
        TagParameters parameters = page.parameters().tag();
        LocalDate date = null;
        Integer number = null;
        String section = null;
        for (TextLine line : lines) {
            String text = line.squashed;
            Matcher dateMatch = text.indexOf('年') > 0 && text.indexOf('日') > 0 ? DATE_LINE.matcher(text) : null;
            boolean nearEdge = nearEdge(parameters, lines, line);
            boolean placedLikeFurniture = nearEdge && boxSize(lines, line) <= parameters.furnitureBox() || TextLine.isAloneInBox(lines, line);
            if (dateMatch != null && dateMatch.matches()) {
                page.assign(line, LineRole.FURNITURE, "date-line");
                if (date == null) {
                    date = dateOf(dateMatch);
                }
                continue;
            }
            if (dateMatch != null && placedLikeFurniture) {
                Matcher withPaper = PAPER_AND_DATE_LINE.matcher(text);
                if (withPaper.matches()) {
                    page.assign(line, LineRole.FURNITURE, "paper-and-date-line");
                    if (date == null) {
                        date = dateOf(withPaper);
                    }
                    continue;
                }
            }
            if (placedLikeFurniture && MASTHEAD.matcher(text).matches()) {
                page.assign(line, LineRole.FURNITURE, "masthead-data");
                continue;
            }
            if ((text.indexOf('：') > 0 || text.indexOf(':') > 0) && EDITORIAL_CREDIT.matcher(text).matches()) {
                page.assign(line, LineRole.FURNITURE, "editorial-credit");
                continue;
            }
            // Some extractors glue both running heads into one line (7 理论2018年 1月 3日 星期三): the
            // two together are telling enough near the page edge, whatever box the extractor put them in.
            String pageHead = text;
            LocalDate gluedDate = null;
            if (nearEdge && dateMatch != null && dateMatch.reset().find()) {
                pageHead = text.substring(0, dateMatch.start()) + text.substring(dateMatch.end());
                gluedDate = dateOf(dateMatch);
            }
            if (!placedLikeFurniture && gluedDate == null || pageHead.length() > parameters.maxRunningHeadChars()) {
                continue;
            }
            Matcher pageMatch = PAGE_AND_SECTION.matcher(pageHead);
            if (pageMatch.matches() && hasDigitSeparatedFromName(line.raw)) {
                page.assign(line, LineRole.FURNITURE, "page-number-and-section");
                if (number == null) {
                    String digits = pageMatch.group(1) != null ? pageMatch.group(1) : pageMatch.group(4);
                    // 第0版 is no page: a number the archive could not file is no number.
                    number = MetaCheck.isPage(Integer.valueOf(digits)) ? Integer.valueOf(digits) : null;
                    section = pageMatch.group(2) != null ? pageMatch.group(2) : pageMatch.group(3);
                }
                if (date == null) {
                    date = gluedDate;
                }
            }
        }
        markSectionEchoes(page, parameters, lines, section);
        return new PageMeta(null, date, number, section);
    }

    private static int boxSize(List<TextLine> lines, TextLine line) {
        int size = 0;
        for (TextLine other : lines) {
            if (other.box == line.box) {
                size++;
            }
        }
        return size;
    }

    /** The section name printed again on its own near the page edge (a shadow of the running head). */
    /** Furniture sits at the top or bottom of a page's text layer. */
    private static boolean nearEdge(TagParameters parameters, List<TextLine> lines, TextLine line) {
        return line.position < parameters.edgeLines() || line.position >= lines.size() - parameters.edgeLines();
    }

    private static void markSectionEchoes(PageAnalysis page, TagParameters parameters, List<TextLine> lines, String section) {
        if (section == null) {
            return;
        }
        for (TextLine line : lines) {
            if (nearEdge(parameters, lines, line) && line.role() == LineRole.BODY && line.squashed.equals(section)) {
                page.assign(line, LineRole.FURNITURE, "section-name-echo");
            }
        }
    }

    /** {@code 7 理论} or {@code 第7版} is furniture; {@code 3人民} glued together is more likely text. */
    private static boolean hasDigitSeparatedFromName(String raw) {
        return raw.contains("版") || DIGITS_APART_FROM_NAME.matcher(raw.strip()).matches();
    }

    private static String mastheadPattern() {
        StringBuilder pattern = new StringBuilder("^(?=\\S*+$)(?:" + MASTHEAD_ITEM + "{1,5}");
        for (int before = 0; before <= 4; before++) {
            pattern.append('|').append(MASTHEAD_ITEM).append('{').append(before).append('}').append(MASTHEAD_WEB_ADDRESS)
                    .append(MASTHEAD_ITEM).append("{0,").append(4 - before).append('}');
        }
        return pattern.append(')').toString();
    }

    /** The date of a date line, or null when it is none or outside the dates the archive files ({@link MetaCheck}). */
    private static LocalDate dateOf(Matcher match) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
                    Integer.parseInt(match.group(3)));
            return MetaCheck.isDate(date) ? date : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
