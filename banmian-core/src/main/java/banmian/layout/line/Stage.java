package banmian.layout.line;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One step of the text path over a {@link PageAnalysis}: its name (as {@code --explain} shows it),
 * the facts it reads and writes, and the work. A stage may run only when a condition holds (placing
 * headlines again after fragments were merged), stated in the stage list where it is visible.
 */
public record Stage(String name, Set<Fact<?>> reads, Set<Fact<?>> writes, Consumer<PageAnalysis> work,
                    String condition, Predicate<PageAnalysis> when) {

    public static Stage of(String name, Set<Fact<?>> reads, Set<Fact<?>> writes, Consumer<PageAnalysis> work) {
        return new Stage(name, Set.copyOf(reads), Set.copyOf(writes), work, null, page -> true);
    }

    /** This stage, run only when {@code when} holds; {@code condition} says so in words. */
    public Stage onlyIf(String condition, Predicate<PageAnalysis> when) {
        return new Stage(name, reads, writes, work, condition, when);
    }

    /** This stage under another name (a second run of it in the list). */
    public Stage named(String newName) {
        return new Stage(newName, reads, writes, work, condition, when);
    }

    /** Whether the stage may read {@code fact}: declared as read, or as written (a stage reads back what it writes). */
    public boolean mayRead(Fact<?> fact) {
        return reads.contains(fact) || writes.contains(fact);
    }

    @Override
    public String toString() {
        return name;
    }
}
