package banmian.cli;

import banmian.text.InputException;

import java.util.List;

/**
 * A failure the user can fix. It is reported as one {@code banmian: ...} line per problem on
 * stderr, without a stack trace, and ends the run with its exit code.
 */
final class UserError extends Exception {
    /** Unusable input or options. */
    static final int BAD_INPUT = 2;
    /** The input was fine but the output could not be written. */
    static final int CANNOT_WRITE = 1;

    private final int exitCode;
    private final List<String> problems;

    private UserError(int exitCode, List<String> problems) {
        super(String.join("; ", problems));
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    static UserError badInput(String problem) {
        return new UserError(BAD_INPUT, List.of(problem));
    }

    static UserError badInputs(List<InputException> problems) {
        return new UserError(BAD_INPUT, problems.stream().map(InputException::getMessage).toList());
    }

    static UserError cannotWrite(String problem) {
        return new UserError(CANNOT_WRITE, List.of(problem));
    }

    int exitCode() {
        return exitCode;
    }

    List<String> problems() {
        return problems;
    }
}
