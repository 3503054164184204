package banmian.model;

import java.math.BigDecimal;

/**
 * A figure found in an article's text. Amounts carry {@code value} and {@code unit}; dates carry
 * {@code resolved} (an ISO date, or date and time) and {@code granularity} ({@code year}, {@code month},
 * {@code day}, {@code hour}, {@code minute}) plus an optional {@code qualifier} ({@code start}, {@code end},
 * {@code morning}, …). Fields that do not apply are null.
 */
public record Figure(FigureType type, String text, TextSpan span, BigDecimal value, String unit,
                     String resolved, String granularity, String qualifier) {

    public static Figure amount(FigureType type, String text, TextSpan span, BigDecimal value, String unit) {
        return new Figure(type, text, span, value, unit, null, null, null);
    }

    public static Figure date(String text, TextSpan span, String resolved, String granularity, String qualifier) {
        return new Figure(FigureType.DATE, text, span, null, null, resolved, granularity, qualifier);
    }
}
