package banmian.cli;

import java.io.PrintWriter;

/**
 * Progress lines on stderr, a tenth of the way at a time, for runs over many files; a run over a
 * handful of files is quick and progress lines would only be noise.
 * <p>Public for banmian's other command-line program, banmian-bench; not a library API.
 */
public final class Progress {
    /** More files than this make a run long enough to want progress. */
    static final int FILE_THRESHOLD = 20;

    private final PrintWriter err;
    private final String what;
    private final int total;
    private final boolean shown;
    private int done;
    private int reportedTenths;

    /** {@code total} steps of work over {@code fileCount} files. */
    public Progress(PrintWriter err, String what, int total, int fileCount) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.shown = fileCount > FILE_THRESHOLD;
    }

    public void step() {
        done++;
        int tenths = done * 10 / total;
        if (shown && tenths > reportedTenths) {
            reportedTenths = tenths;
            err.println("banmian: " + what + " " + done + "/" + total);
        }
    }
}
