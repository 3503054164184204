package banmian.layout.line;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * The tuned values of the text path, one record per stage family, each documenting its own. A
 * {@link PageAnalysis} carries them and every stage reads its family's from there, so a test or a
 * benchmark runs the path with other values by giving the analysis (or the {@code PageParser}) other
 * parameters; {@link #DEFAULTS} are the values it runs with everywhere else.
 */
public record LayoutParameters(PrepareParameters prepare, TagParameters tag, OrderParameters order, SegmentParameters segment,
                               AssembleParameters assemble) {

    public static final LayoutParameters DEFAULTS = new LayoutParameters(PrepareParameters.DEFAULTS, TagParameters.DEFAULTS,
            OrderParameters.DEFAULTS, SegmentParameters.DEFAULTS, AssembleParameters.DEFAULTS);

    /**
     * These parameters with the one named {@code family.component} ({@code segment.precedingPieceBonus})
     * set to {@code value}: for sweeps in tests and benchmarks. A whole-number component takes only a
     * whole number.
     */
    public LayoutParameters with(String name, double value) {
        String[] parts = name.split("\\.", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a parameter is named family.component, not " + name);
        }
        RecordComponent family = component(this, parts[0], name);
        return (LayoutParameters) with(this, family, with((Record) read(family, this), parts[1], value, name));
    }

    /** The value of the parameter named {@code family.component}, as {@link #with} names it. */
    public double value(String name) {
        String[] parts = name.split("\\.", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a parameter is named family.component, not " + name);
        }
        Record family = (Record) read(component(this, parts[0], name), this);
        return ((Number) read(component(family, parts[1], name), family)).doubleValue();
    }

    private static Record with(Record record, String componentName, double value, String name) {
        RecordComponent component = component(record, componentName, name);
        Object converted;
        if (component.getType() == int.class) {
            if (value != Math.rint(value)) {
                throw new IllegalArgumentException(name + " takes a whole number, not " + value);
            }
            converted = (int) value;
        } else if (component.getType() == double.class) {
            converted = value;
        } else {
            throw new IllegalArgumentException(name + " is not a number");
        }
        return with(record, component, converted);
    }

    /** A copy of {@code record} with {@code component} set to {@code value}. */
    private static Record with(Record record, RecordComponent component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals(component.getName()) ? value : read(components[i], record);
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return (Record) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    private static RecordComponent component(Record record, String componentName, String name) {
        return Arrays.stream(record.getClass().getRecordComponents()).filter(c -> c.getName().equals(componentName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + name + " (" + record.getClass().getSimpleName()
                        + " has " + Arrays.stream(record.getClass().getRecordComponents()).map(RecordComponent::getName).toList() + ")"));
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
