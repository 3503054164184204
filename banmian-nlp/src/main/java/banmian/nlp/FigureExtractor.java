package banmian.nlp;

import banmian.model.Figure;
import banmian.model.FigureType;
import banmian.model.TextSpan;
import banmian.text.ChineseNumbers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money, percentages and counts with their measure words in running text, each with its value; dates
 * and times go to {@link DateResolver}. Where patterns overlap the earlier kind wins: dates, then
 * money, percentages, counts ({@code 3月10日} is no count of {@code 月}).
 */
final class FigureExtractor {
    /**
     * Digits with thousands groups and a decimal part. The runs are taken whole (what follows a number is
     * never a digit), and a number is not tried again from a later thousands group ({@code 234,567} inside
     * {@code 1,234,567}): that start reads the same groups to the same end as the one before it, so on a
     * long list of groups every start would re-read the rest of the list. A group that would start
     * differently (after a longer run, or after full-width digits) is still tried.
     */
    private static final String ARABIC = "(?:(?<![,，][0-9]{3}[,，])|(?![0-9]{3}(?![0-9０-９])))"
            + "[0-9０-９]++(?:[,，][0-9]{3})*+(?:[.．][0-9０-９]++)?";
    /**
     * Chinese numerals, one of them at least a digit or 十 ({@code 两千三百}, {@code 二〇二三}; not a lone
     * {@code 百}). The numerals before the first digit are taken whole, so a run is cut one way only. A
     * number starts where a run of numerals starts, or one numeral in when the run's first is barred by
     * what precedes it ({@code 第}, a digit or a point, see {@link #MONEY}): a later start inside the run
     * reaches only ends an earlier one already tried, and on a long run every start would re-read the run.
     */
    private static final String CHINESE = "(?:(?<![零〇一二两三四五六七八九十百千万亿])|(?<=[0-9０-９.．第][零〇一二两三四五六七八九十百千万亿]))"
            + "[零〇百千万亿]*+[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*";
    private static final String MULTIPLIER = "(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)?";
    /** A number, Arabic or Chinese; the lookahead turns down at once a position no number starts at. */
    private static final String NUMBER = "(?=[0-9０-９零〇一二两三四五六七八九十百千万亿])(?:" + ARABIC + MULTIPLIER + "|" + CHINESE + ")";
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("元", "CNY"), Map.entry("元人民币", "CNY"), Map.entry("人民币", "CNY"), Map.entry("块", "CNY"),
            Map.entry("美元", "USD"), Map.entry("欧元", "EUR"), Map.entry("英镑", "GBP"), Map.entry("日元", "JPY"),
            Map.entry("港元", "HKD"), Map.entry("港币", "HKD"), Map.entry("澳门元", "MOP"), Map.entry("新台币", "TWD"),
            Map.entry("韩元", "KRW"), Map.entry("卢布", "RUB"), Map.entry("澳元", "AUD"));
    private static final Pattern MONEY = Pattern.compile("(?<![0-9０-９.．第])(" + NUMBER + ")(元人民币|美元|欧元|英镑|日元|港元|港币|澳门元|新台币|韩元|卢布|澳元|元)");
    private static final Pattern PERCENT = Pattern.compile("(?<![0-9０-９.．])(" + ARABIC + ")[%％]|百分之(" + NUMBER + ")");
    private static final Pattern COUNT = Pattern.compile("(?<![0-9０-９.．第])(" + NUMBER + ")"
            + "(人次|辆次|趟次|台次|架次|场次|车次|班次|户次|万千瓦时|千瓦时|万千瓦|千瓦|平方公里|平方米|公顷|万吨|吨|公斤|千克|公里|千米|亩"
            + "|人|名|位|个|家|项|辆|台|趟|起|次|场|所|座|户|件|批|条|篇|套|张|架|艘|头|只|棵|株|间|处|栋|幢|支|枚|例|份|册|本|首|部)");

    private final DateResolver dates = new DateResolver();

    List<Figure> extract(String field, int block, String text, LocalDate pageDate) {
        List<Figure> figures = new ArrayList<>(dates.resolve(field, block, text, pageDate));
        Matcher money = MONEY.matcher(text);
        while (money.find()) {
            BigDecimal value = ChineseNumbers.parse(money.group(1));
            if (value != null) {
                add(figures, Figure.amount(FigureType.MONEY, money.group(), span(field, block, money), plain(value), CURRENCIES.get(money.group(2))));
            }
        }
        Matcher percent = PERCENT.matcher(text);
        while (percent.find()) {
            BigDecimal value = ChineseNumbers.parse(percent.group(1) != null ? percent.group(1) : percent.group(2));
            if (value != null) {
                add(figures, Figure.amount(FigureType.PERCENT, percent.group(), span(field, block, percent), plain(value), "%"));
            }
        }
        Matcher count = COUNT.matcher(text);
        while (count.find()) {
            BigDecimal value = ChineseNumbers.parse(count.group(1));
            if (value != null && !"一".equals(count.group(1))) {
                add(figures, Figure.amount(FigureType.COUNT, count.group(), span(field, block, count), plain(value), count.group(2)));
            }
        }
        figures.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return figures;
    }

    /** Adds the figure unless an earlier kind already covers part of its text. */
    private static void add(List<Figure> figures, Figure figure) {
        for (Figure other : figures) {
            if (figure.span().start() < other.span().end() && other.span().start() < figure.span().end()) {
                return;
            }
        }
        figures.add(figure);
    }

    private static TextSpan span(String field, int block, Matcher matcher) {
        return new TextSpan(field, block, matcher.start(), matcher.end());
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
