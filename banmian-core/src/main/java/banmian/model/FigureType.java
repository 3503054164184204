package banmian.model;

/** The kinds of figure enrichment finds in running text. */
public enum FigureType {
    /** An amount of money; {@code value} in units of {@code unit} (an ISO 4217 code). */
    MONEY,
    /** A count with its measure word ({@code 7356辆次}); {@code unit} is the measure word. */
    COUNT,
    /** A percentage; {@code value} in percent. */
    PERCENT,
    /** A date or time resolved against the page date; {@code resolved} is ISO 8601. */
    DATE;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static FigureType fromJson(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
