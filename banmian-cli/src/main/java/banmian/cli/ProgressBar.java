package banmian.cli;

import java.io.PrintWriter;

/**
 * Progress of a long job on stderr: a bar redrawn in place when a person watches the terminal,
 * otherwise (a log, a test) a line at every tenth of the way.
 */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String what;
    private final boolean interactive;
    private int reportedTenths;

    ProgressBar(PrintWriter err, String what, boolean interactive) {
        this.err = err;
        this.what = what;
        this.interactive = interactive;
    }

    void update(int done, int total) {
        if (total <= 0) {
            return;
        }
        if (interactive) {
            int filled = done * WIDTH / total;
            err.print("\rbanmian: " + what + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total);
            if (done == total) {
                err.println();
            }
            err.flush();
            return;
        }
        int tenths = done * 10 / total;
        if (tenths > reportedTenths) {
            reportedTenths = tenths;
            err.println("banmian: " + what + " " + done + "/" + total);
        }
    }

    /** A message between updates, on a line of its own. */
    void message(String text) {
        if (interactive) {
            err.print("\r");
        }
        err.println("banmian: " + text);
    }
}
