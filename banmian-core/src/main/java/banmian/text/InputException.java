package banmian.text;

/**
 * Input that cannot be a page text layer. The message is one line that names the source
 * ({@code page.txt: empty input}) so a command line can print it as it is.
 */
public class InputException extends Exception {
    private final String sourceName;
    private final String problem;

    public InputException(String sourceName, String problem) {
        super(sourceName + ": " + problem);
        this.sourceName = sourceName;
        this.problem = problem;
    }

    public String sourceName() {
        return sourceName;
    }

    public String problem() {
        return problem;
    }
}
