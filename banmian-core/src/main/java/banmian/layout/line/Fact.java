package banmian.layout.line;



/**
 * Something a stage of the text path learns about a page and later stages read: a value held by the
 * {@link PageAnalysis} ({@link #of}), or knowledge written onto the lines themselves ({@link #onLines}:
 * their roles, their column measures). Stages declare the facts they read and write, so that the
 * order of the stage list can be checked and a stage cannot quietly use what it did not declare.
 *
 * @param <T> the type of the value ({@link Void} for facts held on the lines)
 */
public final class Fact<T> {
    private final String name;
    private final boolean onLines;

    private Fact(String name, boolean onLines) {
        this.name = name;
        this.onLines = onLines;
    }

    /** A fact held as a value of the analysis. */
    public static <T> Fact<T> of(String name) {
        return new Fact<>(name, false);
    }

    /** A fact written onto the page's lines (roles, measures); the analysis holds no value for it. */
    public static Fact<Void> onLines(String name) {
        return new Fact<>(name, true);
    }

    public String name() {
        return name;
    }

    public boolean isOnLines() {
        return onLines;
    }

    @Override
    public String toString() {
        return name;
    }
}
