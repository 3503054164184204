package banmian.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Holds every regular expression of a module to linear time on hostile input (issue #14): text from pages,
 * file names and queries reaches them, and one catastrophic pattern lets a single long line stall a parse
 * for minutes.
 * <p>
 * The expressions are the {@code static Pattern} fields of the module's compiled main classes, found by
 * reflection (an inline {@code String.matches} or {@code replaceAll} would escape: keep every expression in
 * such a field). Each is fed the inputs of {@link HostileInputs}, both to {@link Matcher#matches()} and to a
 * full {@link Matcher#find()} loop (what {@code split} and {@code replaceAll} do). Every input is first run at
 * two small lengths, counting the characters the expression reads: a linear expression reads four times as
 * much from four times the text, a quadratic one sixteen times. The inputs that grow faster than linear, and
 * the one the expression works hardest on, are then run at {@link #LENGTH} characters, each within
 * {@link #BUDGET_NANOS}. Running every input at full length would take minutes per module; linear
 * expressions read a megabyte in milliseconds.
 */
public final class RegexAudit {
    /** The full-length run: a megabyte of text. */
    static final int LENGTH = 1 << 20;
    /** Per expression, input and operation at full length, in CPU time (see {@link MeteredText}); linear ones take under a second. */
    static final long BUDGET_NANOS = 2_000_000_000L;
    private static final int SMALL = 512;
    private static final int LARGE = 4 * SMALL;
    /** Reads per character of input past which a small run stops: far beyond any linear expression here. */
    private static final long READS_PER_CHARACTER = 1000;
    /** Growth in reads, from {@link #SMALL} to {@link #LARGE}, past which an input is suspect (linear is 4). */
    private static final double SUSPECT_GROWTH = 5;
    /** ... or growth in reads per character of input (a quadratic term under a large linear one). */
    private static final double SUSPECT_READS_PER_CHARACTER_GROWTH = 1;
    private static final int MAX_SUSPECTS_AT_FULL_LENGTH = 3;
    private static final int MAX_REPORTED_PER_PATTERN = 3;

    /** A {@code static Pattern} field: {@code name} is the class and field ({@code banmian.layout.prepare.LayoutColumns.SEGMENT}). */
    public record Found(String name, Pattern pattern) {
        @Override
        public String toString() {
            return name;
        }
    }

    private enum Operation {
        MATCHES("matches()"), FIND("a find() loop");

        final String label;

        Operation(String label) {
            this.label = label;
        }

        void run(Pattern pattern, CharSequence text) {
            Matcher matcher = pattern.matcher(text);
            if (this == MATCHES) {
                matcher.matches();
            } else {
                while (matcher.find()) {
                    // every match, as split and replaceAll take them
                }
            }
        }
    }

    private record Screened(HostileInputs.Shape shape, Operation operation, long smallReads, long largeReads, boolean exhausted,
                            double growth, double perCharacterGrowth) {
        boolean suspect() {
            return exhausted || growth > SUSPECT_GROWTH || perCharacterGrowth > SUSPECT_READS_PER_CHARACTER_GROWTH;
        }

        String describe() {
            return exhausted ? "over " + READS_PER_CHARACTER + " reads a character at " + LARGE + " characters"
                    : String.format(Locale.ROOT, "reads grew %.1f times from %d to %d characters", growth, SMALL, LARGE);
        }
    }

    private RegexAudit() {
    }

    /**
     * Every {@code static Pattern} field declared in the main classes of the module that holds
     * {@code anyMainClass} (its classes directory, e.g. target/classes), in class name order.
     */
    public static List<Found> patternsOf(Class<?> anyMainClass) {
        Path classes;
        try {
            classes = Path.of(anyMainClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (!Files.isDirectory(classes)) {
            return fail(anyMainClass + " is not loaded from a classes directory but from " + classes);
        }
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.filter(file -> file.toString().endsWith(".class") && !file.getFileName().toString().equals("module-info.class"))
                    .map(file -> classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "."))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Found> found = new ArrayList<>();
        for (String name : names) {
            Class<?> type;
            try {
                type = Class.forName(name, false, anyMainClass.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
                    field.setAccessible(true);
                    try {
                        Pattern pattern = (Pattern) field.get(null);
                        if (pattern == null) {
                            fail(name + "." + field.getName() + " is null");
                        }
                        found.add(new Found(type.getName() + "." + field.getName(), pattern));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return found;
    }

    /**
     * Fails unless the scan found at least {@code atLeast} expressions, among them those {@code named}: a scan
     * that found nothing would pass {@link #assertLinear} without testing anything.
     */
    public static void assertFound(List<Found> patterns, int atLeast, String... named) {
        List<String> names = patterns.stream().map(Found::name).toList();
        if (patterns.size() < atLeast) {
            fail("found " + patterns.size() + " static Pattern fields, expected at least " + atLeast + ": " + names);
        }
        for (String name : named) {
            if (!names.contains(name)) {
                fail(name + " not among the static Pattern fields found: " + names);
            }
        }
    }

    /** Fails, naming every expression and input that blew up, unless all run in linear time. */
    public static void assertLinear(List<Found> patterns) {
        List<String> problems = new ArrayList<>();
        long started = System.nanoTime();
        int inputs = 0;
        Found slowest = null;
        long slowestNanos = -1;
        for (Found found : patterns) {
            long start = System.nanoTime();
            List<HostileInputs.Shape> shapes = HostileInputs.of(found.pattern());
            inputs += shapes.size();
            problems.addAll(audit(found, shapes));
            if (System.nanoTime() - start > slowestNanos) {
                slowest = found;
                slowestNanos = System.nanoTime() - start;
            }
        }
        System.out.printf(Locale.ROOT, "RegexAudit: %d expressions, %d inputs each run twice small and the worst at %d characters, %.1f s"
                        + " (longest: %s, %.1f s)%n", patterns.size(), inputs, LENGTH, (System.nanoTime() - started) / 1e9, slowest,
                slowestNanos / 1e9);
        if (!problems.isEmpty()) {
            fail("regular expressions not linear on hostile input:\n" + String.join("\n", problems));
        }
    }

    /** The blow-ups of one expression, at most {@link #MAX_REPORTED_PER_PATTERN}. */
    static List<String> audit(Found found, List<HostileInputs.Shape> shapes) {
        List<Screened> screened = new ArrayList<>();
        for (HostileInputs.Shape shape : shapes) {
            for (Operation operation : Operation.values()) {
                screened.add(screen(found.pattern(), shape, operation));
            }
        }
        List<Screened> fullLength = new ArrayList<>(screened.stream().filter(Screened::suspect)
                .sorted(Comparator.comparing(Screened::exhausted).thenComparingDouble(Screened::perCharacterGrowth).reversed())
                .limit(MAX_SUSPECTS_AT_FULL_LENGTH).toList());
        screened.stream().max(Comparator.comparingLong(Screened::largeReads)).filter(worst -> !fullLength.contains(worst))
                .ifPresent(fullLength::add);
        List<String> problems = new ArrayList<>();
        for (Screened candidate : fullLength) {
            char[] text = candidate.shape().text(LENGTH);
            try {
                candidate.operation().run(found.pattern(), new MeteredText(text, Long.MAX_VALUE, BUDGET_NANOS));
            } catch (MeteredText.Exhausted e) {
                if (problems.size() < MAX_REPORTED_PER_PATTERN) {
                    problems.add(String.format(Locale.ROOT, "%s /%s/: %s on %s (%d characters) ran over %.0f s of CPU time; %s",
                            found.name(), found.pattern().pattern(), candidate.operation().label, candidate.shape().description(),
                            text.length, BUDGET_NANOS / 1e9, candidate.describe()));
                }
            }
        }
        long others = screened.stream().filter(Screened::suspect).count() - fullLength.stream().filter(Screened::suspect).count();
        if (!problems.isEmpty() && others > 0) {
            problems.add(found.name() + ": " + others + " more input(s) grew faster than linear");
        }
        return problems;
    }

    private static Screened screen(Pattern pattern, HostileInputs.Shape shape, Operation operation) {
        char[] small = shape.text(SMALL);
        char[] large = shape.text(LARGE);
        long smallReads = reads(pattern, small, operation);
        long largeReads = smallReads < 0 ? -1 : reads(pattern, large, operation);
        boolean exhausted = smallReads < 0 || largeReads < 0;
        double growth = exhausted ? Double.POSITIVE_INFINITY : (double) largeReads / Math.max(1, smallReads);
        double perCharacterGrowth = exhausted ? Double.POSITIVE_INFINITY
                : (double) largeReads / large.length - (double) smallReads / small.length;
        return new Screened(shape, operation, smallReads, largeReads, exhausted, growth, perCharacterGrowth);
    }

    /** Characters read, or -1 past the limit. */
    private static long reads(Pattern pattern, char[] text, Operation operation) {
        MeteredText metered = new MeteredText(text, READS_PER_CHARACTER * text.length, BUDGET_NANOS);
        try {
            operation.run(pattern, metered);
            return metered.reads();
        } catch (MeteredText.Exhausted e) {
            return -1;
        }
    }
}
