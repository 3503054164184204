package banmian.cli;

import banmian.io.PageFormat;
import banmian.layout.line.Dialect;
import banmian.model.MetaCheck;
import banmian.server.CorsPolicy;
import banmian.server.ServerBudgets;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Stack;
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

    /** A timeout in whole seconds, from 1 to a day. */
    static final class Seconds implements ITypeConverter<Long> {
        static final long MAX = 86_400;

        @Override
        public Long convert(String value) {
            return (long) wholeNumber(value, 1, (int) MAX, "a whole number of seconds");
        }
    }

    /** How many may wait: 0 or more. */
    static final class QueueLength implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeNumber(value, 0, Integer.MAX_VALUE, "a whole number");
        }
    }

    /** How many at once: 1 or more. */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeNumber(value, 1, Integer.MAX_VALUE, "a whole number");
        }
    }

    /** Request threads: enough for Jetty's acceptors and selectors and some requests. */
    static final class ThreadCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeNumber(value, ServerBudgets.MIN_THREADS, Integer.MAX_VALUE, "a whole number");
        }
    }

    private static int wholeNumber(String value, int min, int max, String expected) {
        String range = max == Integer.MAX_VALUE ? "from " + min + " up" : "from " + min + " to " + max;
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notWhole) {
            // Said below, with the range.
        }
        throw new TypeConversionException(MetaCheck.shown(value) + " is not " + expected + " " + range);
    }

    /** A web origin as {@link CorsPolicy#origin} reads it ({@code https://example.org}), or {@code *}. */
    static final class CorsOrigin implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return CorsPolicy.origin(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
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

    /** An extractor dialect by its id ({@code pdftotext-layout}); {@code pdfminer} and {@code pdftotext} name {@code boxes}. */
    static final class DialectName implements ITypeConverter<Dialect> {
        /** Dialects a text layer can be in (a PDF's own layout is not one to force). */
        static final String CHOICES = Arrays.stream(Dialect.values()).filter(dialect -> dialect != Dialect.PDF_LAYOUT)
                .map(Dialect::id).collect(Collectors.joining(", "));

        @Override
        public Dialect convert(String value) {
            Dialect dialect = Dialect.byId(value);
            if (dialect == null || dialect == Dialect.PDF_LAYOUT) {
                throw new TypeConversionException(MetaCheck.shown(value) + " is not one of " + CHOICES + " (pdfminer and pdftotext name boxes)");
            }
            return dialect;
        }
    }

    /** How {@code --explain} writes: text for people, json for tools. */
    enum ExplainFormat {
        TEXT, JSON
    }

    /**
     * {@code --explain} alone means text; {@code --explain json} or {@code --explain text} names the
     * format. Any other word after it is left alone (it is the file to explain).
     */
    static final class ExplainFormatConsumer implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            ExplainFormat format = ExplainFormat.TEXT;
            if (!args.isEmpty()) {
                String next = args.peek();
                for (ExplainFormat named : ExplainFormat.values()) {
                    if (named.name().equalsIgnoreCase(next)) {
                        format = named;
                        args.pop();
                    }
                }
            }
            argSpec.setValue(format);
        }
    }
}
