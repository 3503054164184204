package banmian.bench;

import banmian.cli.Main;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code banmian serve} (or any banmian command) as {@link ServerProcess} starts it in a JVM of its
 * own, which ends when its standard input does: the parent holds that pipe open while it needs the
 * server, and the operating system closes it when the parent ends in any way at all (killed, a
 * test run timed out), so no server outlives its soak.
 */
public final class ServerChild {
    /** The exit status when the parent went away. */
    static final int PARENT_GONE = 3;

    private ServerChild() {
    }

    public static void main(String[] args) {
        Thread watch = new Thread(() -> {
            drain(System.in);
            // Shutdown hooks run: serve closes the server and the archive.
            System.exit(PARENT_GONE);
        }, "parent watch");
        watch.setDaemon(true);
        watch.start();
        Main.main(args);
    }

    private static void drain(InputStream in) {
        try {
            while (in.read() != -1) {
                // Nothing is sent; the parent only holds the pipe.
            }
        } catch (IOException closed) {
            // Gone the same way.
        }
    }
}
