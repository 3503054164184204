package banmian.cli;

import java.io.IOException;
import java.util.Locale;

/** Turns an I/O exception into words for a one-line message. */
final class IoProblems {
    private IoProblems() {
    }

    /**
     * NIO exceptions often carry only a path as their message ({@code NoSuchFileException: out/a.json}),
     * so the exception's own name says what went wrong: {@code no such file: out/a.json}.
     */
    static String describe(IOException e) {
        if (e.getClass() == IOException.class) {
            return String.valueOf(e.getMessage());
        }
        String kind = e.getClass().getSimpleName().replaceFirst("Exception$", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
