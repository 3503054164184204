package banmian.cli;

import banmian.io.PageFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Option values in the words users type, and errors that say what was expected instead of a Java type name. */
final class OptionConverters {
    private OptionConverters() {
    }

    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date like 2018-01-02");
            }
        }
    }

    static final class Format implements ITypeConverter<PageFormat> {
        static final String CHOICES = Arrays.stream(PageFormat.values()).map(PageFormat::displayName)
                .collect(Collectors.joining(", "));

        @Override
        public PageFormat convert(String value) {
            for (PageFormat format : PageFormat.values()) {
                if (format.displayName().equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new TypeConversionException("'" + value + "' is not one of " + CHOICES);
        }
    }
}
