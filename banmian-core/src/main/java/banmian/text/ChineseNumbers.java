package banmian.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as Chinese text writes them: Arabic or full-width digits with a decimal point and thousands
 * commas ({@code 1,471.72}), Chinese numerals ({@code 两千三百}, {@code 一万二千}, {@code 二〇二三}),
 * and either followed by a multiplier ({@code 20.64亿}, {@code 3万}).
 */
public final class ChineseNumbers {
    private static final String DIGITS = "零一二三四五六七八九";
    /** Arabic digits with an optional decimal part, once full-width digits are ASCII. */
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    /**
     * A figure in news text is written in at most a few dozen characters ({@code 1,234,567.89亿},
     * {@code 三千二百五十六万七千八百九十一}); a longer run of digits or numerals is no amount, and its
     * value would be a number thousands of digits long that JSON readers refuse.
     */
    private static final int MAX_CHARS = 48;

    private ChineseNumbers() {
    }

    /** The value written, or null when the text is not a number. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_CHARS) {
            return null;
        }
        String normalized = normalizeDigits(text).replace(",", "");
        int split = normalized.length();
        while (split > 0 && "十百千万亿".indexOf(normalized.charAt(split - 1)) >= 0) {
            split--;
        }
        String head = normalized.substring(0, split);
        if (!head.isEmpty() && DECIMAL.matcher(head).matches()) {
            BigDecimal multiplier = multiplier(normalized.substring(split));
            return multiplier == null ? null : new BigDecimal(head).multiply(multiplier);
        }
        return chinese(normalized);
    }

    /** Full-width digits and point as ASCII, {@code 〇} as {@code 零}. */
    public static String normalizeDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + c - '０'));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '，' || c == ',') {
                out.append(',');
            } else if (c == '〇') {
                out.append('零');
            } else if (c == '两') {
                out.append('二');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static BigDecimal multiplier(String units) {
        BigDecimal value = BigDecimal.ONE;
        for (char c : units.toCharArray()) {
            value = value.multiply(BigDecimal.valueOf(unit(c)));
        }
        return units.length() > 3 ? null : value;
    }

    private static long unit(char c) {
        return switch (c) {
            case '十' -> 10L;
            case '百' -> 100L;
            case '千' -> 1000L;
            case '万' -> 10_000L;
            case '亿' -> 100_000_000L;
            default -> 1L;
        };
    }

    /** Chinese numerals: positional ({@code 三千五百万}) or digit by digit ({@code 二零二三}). */
    private static BigDecimal chinese(String text) {
        if (text.chars().allMatch(c -> DIGITS.indexOf(c) >= 0)) {
            if (text.length() == 1 || text.length() == 4) {
                long value = 0;
                for (char c : text.toCharArray()) {
                    value = value * 10 + DIGITS.indexOf(c);
                }
                return BigDecimal.valueOf(value);
            }
            return null;
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : text.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit > 0) {
                    return null;
                }
                digit = d;
                continue;
            }
            long unit = unit(c);
            if (unit == 1L) {
                return null;
            }
            if (unit >= 10_000L) {
                section = (section + Math.max(digit, 0)) * unit;
                total += section;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return BigDecimal.valueOf(total + section + Math.max(digit, 0));
    }
}
