package banmian.cli;

import banmian.io.PageFormat;
import banmian.model.MetaCheck;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Supplier;
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
                throw new TypeConversionException(MetaCheck.shown(value) + " is not a date like 2018-01-02");
            }
        }
    }

    /** A paper name as {@link MetaCheck#paper} accepts it. */
    static final class PaperName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return checked(() -> MetaCheck.paper("--paper", value));
        }
    }

    /** An issue date, {@code YYYY-MM-DD} within {@link MetaCheck}'s range. */
    static final class PageDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return checked(() -> MetaCheck.parseDate("--date", value));
        }
    }

    /** A page number within {@link MetaCheck}'s range. */
    static final class PageNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return checked(() -> MetaCheck.parsePage("--page", value));
        }
    }

    /** The check's one line is picocli's message (which adds the option's name in front of it). */
    private static <T> T checked(Supplier<T> check) {
        try {
            return check.get();
        } catch (MetaCheck.Invalid e) {
            throw new TypeConversionException(e.problem());
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
            throw new TypeConversionException(MetaCheck.shown(value) + " is not one of " + CHOICES);
        }
    }
}
