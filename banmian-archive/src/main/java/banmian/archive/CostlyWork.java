package banmian.archive;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The process's room for costly work a request can start: searches that would read the archive many
 * times over ({@link SearchAdmission}), first drawings of page images, the parsing of uploads. All
 * of them together run on half the cores at most (at least one), so that however many clients ask
 * for such work, and of whatever kinds, the other half is left to the cheap requests everyone else
 * makes. One room for every kind, not one each: a lane per kind would give each kind half the cores,
 * and two kinds at once all of them (measured: the soak's normal searches at 3.7 times their idle
 * p95 with costly searches and drawings each on a lane of their own).
 *
 * <p>On two cores half is one, and one core kept busy by costly work still halves what the cheap
 * requests get. So a costly job also yields while other requests are in flight: it {@link Pacer#pace()
 * paces} itself, working {@link #SLICE} and then sleeping as long, which leaves its core to them half
 * the time; alone (one reader opening a page) it runs at full speed. The server tells of its
 * requests ({@link #requestStarted()}, {@link #requestEnded()}); searches and drawings pace between
 * their steps (the search's timeout checks, the drawing's operators).
 */
public final class CostlyWork {
    private static final CostlyWork SHARED = new CostlyWork(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

    /** How long a costly job works before it yields, and how long it yields. */
    static final Duration SLICE = Duration.ofMillis(10);

    private final Semaphore lanes;
    private final int count;
    /** Requests being answered, costly or not. */
    private final AtomicInteger requests = new AtomicInteger();
    /** Costly jobs running (holding a lane). */
    private final AtomicInteger running = new AtomicInteger();

    /** {@code lanes}: costly jobs at once. */
    public CostlyWork(int lanes) {
        this.lanes = new Semaphore(lanes, true);
        this.count = lanes;
    }

    /** The room every costly job of this process shares. */
    public static CostlyWork shared() {
        return SHARED;
    }

    /** Costly jobs that may run at once. */
    public int lanes() {
        return count;
    }

    /** A lane taken if one is free now; {@link #leave()} it when done. */
    public boolean enterNow() {
        return entered(lanes.tryAcquire());
    }

    /** A lane taken within {@code wait}, or false; {@link #leave()} it when done. */
    public boolean enter(Duration wait) throws InterruptedException {
        return entered(lanes.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS));
    }

    private boolean entered(boolean entered) {
        if (entered) {
            running.incrementAndGet();
        }
        return entered;
    }

    public void leave() {
        running.decrementAndGet();
        lanes.release();
    }

    /** A request arrived at the server (every request, costly or not); {@link #requestEnded()} when answered. */
    public void requestStarted() {
        requests.incrementAndGet();
    }

    public void requestEnded() {
        requests.decrementAndGet();
    }

    /** Whether requests other than the costly jobs are being answered. */
    boolean othersInFlight() {
        return requests.get() > running.get();
    }

    /** A pacer for one costly job on this thread. */
    public Pacer pacer() {
        return new Pacer(this);
    }

    /** Makes one costly job yield its core half the time while other requests are in flight. */
    public static final class Pacer {
        private final CostlyWork work;
        private long workingSince = System.nanoTime();

        private Pacer(CostlyWork work) {
            this.work = work;
        }

        /** Called between a job's steps: after a slice of work, with others in flight, sleeps a slice. */
        public void pace() {
            long now = System.nanoTime();
            if (now - workingSince < SLICE.toNanos()) {
                return;
            }
            if (work.othersInFlight()) {
                try {
                    Thread.sleep(SLICE.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            workingSince = System.nanoTime();
        }
    }
}
