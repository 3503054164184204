package banmian.cli;

import banmian.archive.Ingestor;

import java.io.PrintWriter;

/**
 * Progress of a long job on stderr: a bar redrawn in place when a person watches the terminal,
 * otherwise (a log, a test) a line at every tenth of the way.
 * <p>Public for banmian's other command-line program, banmian-bench; not a library API.
 */
public final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String what;
    private final boolean interactive;
    private int reportedTenths;

    public ProgressBar(PrintWriter err, String what, boolean interactive) {
        this.err = err;
        this.what = what;
        this.interactive = interactive;
    }

    public void update(int done, int total) {
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
    public void message(String text) {
        if (interactive) {
            err.print("\r");
        }
        err.println("banmian: " + text);
    }

    /** An ingest's files done move the bar; its problems are printed between updates. */
    public Ingestor.Listener ingestListener() {
        return new Ingestor.Listener() {
            @Override
            public void fileDone(int done, int total) {
                update(done, total);
            }

            @Override
            public void problem(String message) {
                message(message);
            }
        };
    }
}
