package banmian.cli;

import banmian.text.InputException;

import java.util.List;

/**
 * A failure the user can fix. It is reported as one {@code banmian: ...} line per problem on
 * stderr, without a stack trace, and ends the run with its exit code.
 * <p>Public for banmian's other command-line program, banmian-bench; not a library API.
 */
public final class UserError extends Exception {
    /** Unusable input or options. */
    public static final int BAD_INPUT = 2;
    /** The input was fine but the output could not be written. */
    public static final int CANNOT_WRITE = 1;

    private final int exitCode;
    private final List<String> problems;

    private UserError(int exitCode, List<String> problems) {
        super(String.join("; ", problems));
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    public static UserError badInput(String problem) {
        return new UserError(BAD_INPUT, List.of(problem));
    }

    public static UserError badInputs(List<InputException> problems) {
        return new UserError(BAD_INPUT, problems.stream().map(InputException::getMessage).toList());
    }

    public static UserError cannotWrite(String problem) {
        return new UserError(CANNOT_WRITE, List.of(problem));
    }

    int exitCode() {
        return exitCode;
    }

    List<String> problems() {
        return problems;
    }
}
