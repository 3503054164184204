package banmian.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Text for a regular expression to read that counts what is read and gives up past a limit: java.util.regex
 * has no timeout of its own, but reads its input only through {@link #charAt}, so throwing there stops a
 * match that has run too long. The count of reads is the regex's work, the same on every run. Time is the
 * reading thread's CPU time where the JVM measures it, so other builds on a shared machine do not count.
 */
final class MeteredText implements CharSequence {
    /** Thrown out of {@link #charAt} once the work or the time allowed is used up. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super(null, null, false, false);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    private final char[] text;
    private final long maxReads;
    private final long deadline;
    private long reads;

    /** Gives up after {@code maxReads} reads or {@code budgetNanos} of time from now. */
    MeteredText(char[] text, long maxReads, long budgetNanos) {
        this.text = text;
        this.maxReads = maxReads;
        this.deadline = now() + budgetNanos;
    }

    /** The reading thread's CPU time, or failing that the wall clock, in nanoseconds. */
    static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    long reads() {
        return reads;
    }

    @Override
    public char charAt(int index) {
        if (++reads > maxReads || (reads & 0x3FF) == 0 && now() > deadline) {
            throw new Exhausted();
        }
        return text[index];
    }

    @Override
    public int length() {
        return text.length;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(text, start, end - start);
    }

    @Override
    public String toString() {
        return new String(text);
    }
}
