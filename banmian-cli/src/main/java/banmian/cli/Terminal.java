package banmian.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard streams, handed to each command so tests can run them in-process.
 * {@code out} takes bytes because page output is always UTF-8, whatever the platform encoding.
 * <p>Public for banmian's other command-line program, banmian-bench; not a library API.
 */
public record Terminal(InputStream in, OutputStream out, PrintWriter err) {
    /** Writes text to standard output as UTF-8, at once. */
    public void print(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a person is watching: standard error goes to a terminal (a progress bar may redraw). */
    public static boolean isInteractive() {
        return System.console() != null;
    }
}
