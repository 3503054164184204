package banmian.limits;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * A value for every {@link Limit}: the defaults, with whatever the user set. Immutable; shared by the
 * command line, the archive's ingest and the server, so that all of them bound work alike.
 */
public final class Limits {
    private static final long MIB = 1024L * 1024;

    public static final Limits DEFAULT = new Limits(Arrays.stream(Limit.values()).mapToLong(Limit::defaultValue).toArray());

    private final long[] values;

    private Limits(long[] values) {
        this.values = values;
    }

    public long get(Limit limit) {
        return values[limit.ordinal()];
    }

    /** These limits with {@code limit} set to {@code value}, which must be positive. */
    public Limits with(Limit limit, long value) {
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("limit " + limit.key() + " must be between 1 and " + Integer.MAX_VALUE
                    + " (" + limit.unit() + ")");
        }
        long[] changed = values.clone();
        changed[limit.ordinal()] = value;
        return new Limits(changed);
    }

    /** {@code key=value} settings as users write them ({@code page-seconds=60}), applied in order. */
    public Limits with(Map<String, String> settings) {
        Limits limits = this;
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            Limit limit = Limit.byKey(setting.getKey().strip());
            String value = setting.getValue().strip().replace("_", "").replace(",", "");
            try {
                limits = limits.with(limit, Long.parseLong(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("limit " + limit.key() + ": '" + setting.getValue()
                        + "' is not a whole number (" + limit.unit() + ")");
            }
        }
        return limits;
    }

    public long textBytes() {
        return get(Limit.TEXT_MIB) * MIB;
    }

    public long pdfBytes() {
        return get(Limit.PDF_MIB) * MIB;
    }

    public long streamBytes() {
        return get(Limit.STREAM_MIB) * MIB;
    }

    public Duration pageTime() {
        return Duration.ofSeconds(get(Limit.PAGE_SECONDS));
    }

    /** How an error names a bound, with the value in force: {@code page-seconds=30}. */
    public String setting(Limit limit) {
        return limit.key() + "=" + get(limit);
    }

    /** One line per limit, {@code key=default  unit: meaning}, for help texts and documentation. */
    public static String describeDefaults() {
        StringBuilder text = new StringBuilder();
        for (Limit limit : Limit.values()) {
            text.append(String.format(Locale.ROOT, "%-22s %s: %s%n", limit.key() + "=" + limit.defaultValue(),
                    limit.unit(), limit.meaning()));
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Limits limits && Arrays.equals(values, limits.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Limits[");
        for (Limit limit : Limit.values()) {
            text.append(limit.ordinal() == 0 ? "" : ", ").append(setting(limit));
        }
        return text.append(']').toString();
    }
}
