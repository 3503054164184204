package banmian.nlp;

import banmian.model.Figure;
import banmian.model.TextSpan;
import banmian.text.ChineseNumbers;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times in running text, resolved against the page date: {@code 2023年12月底} is the end
 * of December 2023, {@code 3月10日} is 10 March of the page's year, {@code 10日上午} the 10th of the
 * page's month in the morning, {@code 今年} the page's year, {@code 上午9时} 9:00 on the day last named.
 * Impossible dates ({@code 2月30日}) are no dates.
 */
final class DateResolver {
    private static final String NUM = "[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}";
    /**
     * Every part of a date is optional, so the pattern matches empty text everywhere; the lookahead
     * on the characters a date can start with turns most positions down at once (a fifth of
     * enrichment's time went here before it).
     */
    private static final Pattern DATE = Pattern.compile(
            "(?=[0-9０-９〇零一二三四五六七八九十今去前明年月上中下初底末凌早傍晚夜])(?<![0-9０-９])(?:(?<year>[0-9０-９]{4}|[〇零一二三四五六七八九]{4}|今|去|前|明)年)?"
                    + "(?:(?<month>" + NUM + ")月)?(?:(?<day>" + NUM + ")(?<daymark>[日号]))?"
                    + "(?<qualifier>年初|年底|年末|年中|月初|月底|月末|上旬|中旬|下旬|初|底|末)?"
                    + "(?<part>凌晨|早上|上午|中午|下午|傍晚|晚上|夜间)?"
                    + "(?:(?<hour>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:时|点)(?:(?<minute>[0-9０-９]{1,2})分|半)?)?");
    private static final Pattern RELATIVE_DAY = Pattern.compile("今天|今日|昨天|昨日|前天|明天|明日");
    private static final Map<String, String> PARTS = Map.of("凌晨", "early-morning", "早上", "morning", "上午", "morning",
            "中午", "noon", "下午", "afternoon", "傍晚", "evening", "晚上", "evening", "夜间", "night");

    List<Figure> resolve(String field, int block, String text, LocalDate pageDate) {
        List<Figure> figures = new ArrayList<>();
        LocalDate lastDay = null;
        Matcher matcher = DATE.matcher(text);
        while (matcher.find()) {
            if (matcher.group().isEmpty() || onlyQualifierOrPart(matcher)) {
                continue;
            }
            Figure figure = figure(field, block, matcher, pageDate, lastDay);
            if (figure != null) {
                figures.add(figure);
                boolean dayKnown = !figure.resolved().startsWith("--") && figure.resolved().length() >= 10;
                if (dayKnown && !"month".equals(figure.granularity()) && !"year".equals(figure.granularity())) {
                    lastDay = day(figure.resolved());
                }
            }
        }
        Matcher relative = RELATIVE_DAY.matcher(text);
        while (relative.find() && pageDate != null) {
            int shift = switch (relative.group()) {
                case "昨天", "昨日" -> -1;
                case "前天" -> -2;
                case "明天", "明日" -> 1;
                default -> 0;
            };
            figures.add(Figure.date(relative.group(), new TextSpan(field, block, relative.start(), relative.end()),
                    pageDate.plusDays(shift).toString(), "day", null));
        }
        return figures;
    }

    /**
     * The day of a resolved day or time ({@code 2018-01-02}, {@code 2018-01-02T09:00}); a year beyond
     * four digits ({@code +10000-01-01}, from a page dated so) is read whole, not cut at ten characters.
     */
    private static LocalDate day(String resolved) {
        int time = resolved.indexOf('T');
        try {
            return LocalDate.parse(time < 0 ? resolved : resolved.substring(0, time));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean onlyQualifierOrPart(Matcher m) {
        return m.group("year") == null && m.group("month") == null && m.group("day") == null && m.group("hour") == null;
    }

    private static Figure figure(String field, int block, Matcher m, LocalDate pageDate, LocalDate lastDay) {
        Integer year = year(m.group("year"), pageDate);
        Integer month = number(m.group("month"));
        Integer day = number(m.group("day"));
        if (day != null && "号".equals(m.group("daymark")) && month == null) {
            // 一号熔炉, 1号库: a number with 号 is a date only after a month.
            return null;
        }
        String qualifier = m.group("qualifier");
        String part = m.group("part");
        Integer hour = number(m.group("hour"));
        if (m.group("year") != null && year == null || m.group("year") == null && month == null && day == null && hour == null) {
            return null;
        }
        if (m.group("year") == null && month == null && day == null && qualifier == null && part == null) {
            // A bare "9时" is too weak alone; "上午9时" with a part of day is a time.
            return null;
        }
        if (year == null && pageDate != null && (month != null || day != null)) {
            year = pageDate.getYear();
        }
        if (month == null && day != null && pageDate != null) {
            month = pageDate.getMonthValue();
        }
        TextSpan span = new TextSpan(field, block, m.start(), m.end());
        String qualifierName = qualifier == null ? (part == null ? null : PARTS.get(part)) : qualifierName(qualifier);
        try {
            if (hour != null || day == null && month == null && m.group("year") == null) {
                LocalDate date = day != null && month != null && year != null ? LocalDate.of(year, month, day) : lastDay != null ? lastDay : pageDate;
                if (date == null || hour == null || hour > 24) {
                    return null;
                }
                int h = part != null && (part.equals("下午") || part.equals("晚上") || part.equals("傍晚")) && hour < 12 ? hour + 12 : hour;
                Integer minute = m.group("minute") != null ? number(m.group("minute")) : m.group().endsWith("半") ? 30 : null;
                if (minute != null && minute > 59 || h > 24) {
                    return null;
                }
                String time = String.format("%sT%02d:%02d", date, h % 24, minute == null ? 0 : minute);
                return Figure.date(m.group(), span, time, minute == null ? "hour" : "minute", part == null ? null : PARTS.get(part));
            }
            if (day != null) {
                if (month == null || year == null) {
                    return month == null ? null : Figure.date(m.group(), span, String.format("--%02d-%02d", month, day), "day", qualifierName);
                }
                return Figure.date(m.group(), span, LocalDate.of(year, month, day).toString(), "day", qualifierName);
            }
            if (month != null) {
                if (year == null) {
                    return null;
                }
                YearMonth yearMonth = YearMonth.of(year, month);
                LocalDate resolved = "end".equals(qualifierName) ? yearMonth.atEndOfMonth() : yearMonth.atDay(1);
                return Figure.date(m.group(), span, qualifierName == null ? yearMonth.toString() : resolved.toString(), "month", qualifierName);
            }
            LocalDate resolved = "end".equals(qualifierName) ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            return Figure.date(m.group(), span, qualifierName == null ? String.valueOf(year) : resolved.toString(), "year", qualifierName);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String qualifierName(String qualifier) {
        return switch (qualifier) {
            case "年初", "月初", "初", "上旬" -> "start";
            case "年底", "年末", "月底", "月末", "底", "末", "下旬" -> "end";
            case "年中", "中旬" -> "middle";
            default -> null;
        };
    }

    private static Integer year(String text, LocalDate pageDate) {
        if (text == null) {
            return null;
        }
        if (pageDate != null) {
            switch (text) {
                case "今" -> {
                    return pageDate.getYear();
                }
                case "去" -> {
                    return pageDate.getYear() - 1;
                }
                case "前" -> {
                    return pageDate.getYear() - 2;
                }
                case "明" -> {
                    return pageDate.getYear() + 1;
                }
                default -> {
                }
            }
        }
        BigDecimal value = ChineseNumbers.parse(text);
        return value == null || value.intValue() < 1000 ? null : value.intValue();
    }

    private static Integer number(String text) {
        BigDecimal value = text == null ? null : ChineseNumbers.parse(text);
        return value == null ? null : value.intValue();
    }
}
