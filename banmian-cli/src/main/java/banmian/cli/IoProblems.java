package banmian.cli;

import banmian.archive.DamagedFileException;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns an I/O exception into words for a one-line message.
 *
 * <p>Public for banmian's other command-line program, banmian-bench; not a library API.
 */
public final class IoProblems {
    private static final Pattern EXCEPTION_SUFFIX = Pattern.compile("Exception$");
    /** A lower-case letter before an upper-case one: where a class name's words meet. */
    private static final Pattern WORD_JOIN = Pattern.compile("([a-z])([A-Z])");

    private IoProblems() {
    }

    /**
     * NIO exceptions often carry only a path as their message ({@code NoSuchFileException: out/a.json}),
     * so the exception's own name says what went wrong: {@code no such file: out/a.json}.
     */
    public static String describe(IOException e) {
        if (e.getClass() == IOException.class) {
            return String.valueOf(e.getMessage());
        }
        return e.getMessage() == null ? kind(e) : kind(e) + ": " + e.getMessage();
    }

    /** {@code where: problem}, naming {@code where} once even when the exception names the same file. */
    public static String describe(Object where, IOException e) {
        if (e instanceof DamagedFileException damaged) {
            return damaged.file() + ": " + damaged.problem();   // the file's full path already says where
        }
        if (e instanceof FileSystemException failure && String.valueOf(where).equals(failure.getFile())
                && failure.getOtherFile() == null) {
            return where + ": " + (failure.getReason() == null ? kind(e) : kind(e) + ": " + failure.getReason());
        }
        return where + ": " + describe(e);
    }

    private static String kind(IOException e) {
        String words = EXCEPTION_SUFFIX.matcher(e.getClass().getSimpleName()).replaceFirst("");
        return WORD_JOIN.matcher(words).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
    }
}
