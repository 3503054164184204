package banmian.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting as the referee prints it. */
final class PythonFormat {
    private PythonFormat() {
    }

    /**
     * Python's {@code f"{v:.4f}"}: the exact binary value rounded half-even. {@code String.format("%.4f")} rounds
     * the shortest decimal form half-up instead, and so differs on values such as 0.03125.
     */
    static String fourDecimals(double value) {
        return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's {@code str()} of an optional score, or {@code :.4f} when there is one. */
    static String fourDecimalsOrNone(Double value) {
        return value == null ? "None" : fourDecimals(value);
    }
}
