package banmian.archive.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * ALTO's {@code inch1200} unit (1/1200 inch) from PDF points (1/72 inch). Points are a physical unit,
 * so a physical ALTO unit takes them by a fixed factor, 1 pt = 50/3 units, whatever resolution a
 * facsimile is later rendered at ({@code pixel} would tie every coordinate to one rendering). Of the
 * two physical units, {@code inch1200} is the finer (mm10 is 1/254 inch) and the one newspaper
 * archives commonly use (the US National Digital Newspaper Program's ALTO is in it). Values keep two
 * decimals: 0.0003 pt at most from the point value, far below the 0.1 pt the page JSON keeps, so a
 * reader converting back gets the page's boxes.
 */
final class Inch1200 {
    static final String UNIT = "inch1200";
    private static final BigDecimal PER_POINT_NUMERATOR = BigDecimal.valueOf(50);
    private static final BigDecimal PER_POINT_DENOMINATOR = BigDecimal.valueOf(3);

    private Inch1200() {
    }

    /** {@code points} in the unit, as ALTO writes it ({@code 1234.5}, {@code 1200}). */
    static String of(double points) {
        BigDecimal units = BigDecimal.valueOf(points).multiply(PER_POINT_NUMERATOR)
                .divide(PER_POINT_DENOMINATOR, 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return units.signum() == 0 ? "0" : units.toPlainString();
    }
}
