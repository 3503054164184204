package banmian.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The work one page may still do (time across all its phases, content-stream operators, glyphs), and what the
 * libraries said while doing it. A stage counts its units of work here and calls {@link #checkpoint()}
 * in loops whose length the input decides; when a bound is passed, {@link BudgetExceededException}
 * ends the page with a message naming it. The budget of the running phase is found through
 * {@link #current()}, so stages deep in a library's callbacks need no extra parameter.
 *
 * <p>Library warnings (PDFBox logs one per bad operator: a million of them for a million unbalanced
 * {@code Q}) are counted here by kind and reported once per page by {@link #notes()}.
 */
public final class PageBudget {
    private static final ThreadLocal<PageBudget> CURRENT = new ThreadLocal<>();
    /** Checking the clock costs more than counting: look at it once every this many units of work. */
    private static final int CLOCK_EVERY = 1024;
    /** Kinds of library message reported per page; the rest are counted together. */
    private static final int MESSAGE_KINDS_SHOWN = 3;
    private static final int MESSAGE_CHARS_SHOWN = 100;
    private static final Pattern NUMBERS = Pattern.compile("\\d++");
    private static final Pattern WHITESPACE = Pattern.compile("\\s++");

    private final Limits limits;
    private final String where;
    private String phase;
    /** When the page's clock started: its earlier phases' time is counted back from when this budget was made. */
    private final long started;
    private final long deadline;
    private long operators;
    private long glyphs;
    private long graphics;
    private long work;
    private final Map<String, MessageKind> messages = new LinkedHashMap<>();

    private static final class MessageKind {
        final String library;
        final String example;
        long count;

        MessageKind(String library, String example) {
            this.library = library;
            this.example = example;
        }
    }

    private PageBudget(Limits limits, String where, String phase, Duration spent) {
        this.limits = limits;
        this.where = where;
        this.phase = phase;
        this.started = System.nanoTime() - spent.toNanos();
        this.deadline = started + limits.pageTime().toNanos();
    }

    /**
     * A fresh budget for one phase of one page. {@code where} names the page in messages
     * ({@code page 3}, or empty for a text layer, which is one page); {@code phase} says what is being
     * done ({@code reading}, {@code parsing}).
     */
    public static PageBudget start(Limits limits, String where, String phase) {
        return new PageBudget(limits, where, phase, Duration.ZERO);
    }

    /**
     * The budget of a page's later phase: {@code spent} is the time its earlier phases took (a PDF
     * page is read and laid out long before it is parsed), so that the page's time limit holds for
     * all its phases together.
     */
    public static PageBudget resume(Limits limits, String where, String phase, Duration spent) {
        return new PageBudget(limits, where, phase, spent);
    }

    /** This budget, now spent on {@code phase} (enriching a page after parsing it): the clock runs on. */
    public PageBudget during(String phase) {
        this.phase = phase;
        return this;
    }

    /** The time the page has taken so far, earlier phases included. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Work run under a budget; {@code E}: the checked exception it may throw. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    /** Runs {@code work} with this budget as the current one (restoring the one before afterwards). */
    public <T, E extends Exception> T run(Work<T, E> work) throws E {
        PageBudget outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The budget of the phase running on this thread, if any. */
    public static Optional<PageBudget> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** One unit of input-driven work in the running phase, if there is one: the clock is looked at now and then. */
    public static void checkpoint() {
        PageBudget budget = CURRENT.get();
        if (budget != null) {
            budget.step();
        }
    }

    /** Looks at the clock of the running phase, if there is one, now (between stages). */
    public static void checkClock() {
        PageBudget budget = CURRENT.get();
        if (budget != null) {
            budget.checkTime();
        }
    }

    public Limits limits() {
        return limits;
    }

    public void step() {
        if (++work % CLOCK_EVERY == 0) {
            checkTime();
        }
    }

    public void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw exceeded(Limit.PAGE_SECONDS, "took more than " + limits.get(Limit.PAGE_SECONDS) + " s (stopped " + phase + ")");
        }
    }

    public void countOperator() {
        if (++operators > limits.get(Limit.PAGE_OPERATORS)) {
            throw exceeded(Limit.PAGE_OPERATORS, String.format(Locale.ROOT, "runs more than %,d content-stream operators",
                    limits.get(Limit.PAGE_OPERATORS)));
        }
        step();
    }

    public void countGlyph() {
        if (++glyphs > limits.get(Limit.PAGE_GLYPHS)) {
            throw exceeded(Limit.PAGE_GLYPHS, String.format(Locale.ROOT, "draws more than %,d glyphs", limits.get(Limit.PAGE_GLYPHS)));
        }
        step();
    }

    /** A path point or an image placement. */
    public void countGraphic() {
        if (++graphics > limits.get(Limit.PAGE_GRAPHICS)) {
            throw exceeded(Limit.PAGE_GRAPHICS, String.format(Locale.ROOT, "draws more than %,d path points and images",
                    limits.get(Limit.PAGE_GRAPHICS)));
        }
    }

    /** The page broke {@code limit}: {@code what} says how, in words after the page's name. */
    public BudgetExceededException exceeded(Limit limit, String what) {
        return new BudgetExceededException(limit, (where.isEmpty() ? "" : where + ": ") + what
                + " (limit " + limits.setting(limit) + "; raise it with --limit " + limit.key() + "=N)");
    }

    /**
     * Something of the input the reader passed over on purpose ({@code unbalanced Q (restore without
     * save)}), counted and reported once per page like a library's warnings.
     */
    public void ignored(String what) {
        messages.computeIfAbsent("\u0000ignored\u0000" + what, kind -> new MessageKind(null, what)).count++;
    }

    /** A library's warning, counted by its kind (the message with its numbers blanked). */
    public void libraryMessage(String library, String message) {
        String text = message == null ? "(no message)" : WHITESPACE.matcher(message).replaceAll(" ").strip();
        if (text.length() > MESSAGE_CHARS_SHOWN) {
            text = text.substring(0, MESSAGE_CHARS_SHOWN) + "…";
        }
        String finalText = text;
        messages.computeIfAbsent(library + "\u0000" + NUMBERS.matcher(text).replaceAll("#"),
                kind -> new MessageKind(library, finalText)).count++;
    }

    /** One line per kind of library message, most frequent first, at most a few, then the rest together. */
    public List<String> notes() {
        List<MessageKind> kinds = new ArrayList<>(messages.values());
        kinds.sort((a, b) -> Long.compare(b.count, a.count));
        String prefix = where.isEmpty() ? "" : where + ": ";
        List<String> notes = new ArrayList<>();
        long others = 0;
        for (int i = 0; i < kinds.size(); i++) {
            MessageKind kind = kinds.get(i);
            if (i < MESSAGE_KINDS_SHOWN && kind.library == null) {
                notes.add(String.format(Locale.ROOT, "%s%,d× %s ignored", prefix, kind.count, kind.example));
            } else if (i < MESSAGE_KINDS_SHOWN) {
                notes.add(String.format(Locale.ROOT, "%s%s reported %,d× \"%s\" while %s; ignored", prefix, kind.library,
                        kind.count, kind.example, phase));
            } else {
                others += kind.count;
            }
        }
        if (others > 0) {
            notes.add(String.format(Locale.ROOT, "%s%,d other library messages while %s; ignored", prefix, others, phase));
        }
        return notes;
    }
}
