package banmian.archive;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which searches run and when, by what they would read ({@link SearchCost}), measured in passes
 * over the archive: one pass is the postings of a word found in every story. A search of more than
 * {@link #MOST_PASSES} passes is refused before it runs ({@link QueryTooCostlyException}, the
 * client's to fix); one of more than {@link #HEAVY_PASSES} waits for a place in the narrow lane of
 * {@link CostlyWork} (half the cores, shared with the other costly work), so that costly searches, however many clients send them, leave the other cores to
 * everyone else's; when the lane and its waiting room are full the search is turned away
 * ({@link SearchBusyException}, worth trying again later). A costly search runs on its caller's
 * thread alone: sliced over the shared search threads it would hold every core while it ran, and
 * cheap searches would queue behind it.
 *
 * <p>The budgets are in passes, not postings, because a search's cost grows with the archive: a
 * word in every story costs one pass at a thousand stories or at a million. Measured on the
 * benchmark's 200,000 stories (docs/hostile-input.md): 2,846 reader-like searches (a character, a
 * word, two words, a whole headline) cost 0.29 passes at the median and 3.24 at most (中国 中国; 中
 * alone 2.1: its text, headlines and names); ten frequent characters joined by AND cost 5.2, by OR
 * 10.6; thirty joined by OR 28.9 and 1.4 s of a busy core; a hundred and seventy 118 and 4.7 s.
 */
final class SearchAdmission {
    /** Passes over the archive a search may read at most. */
    static final long MOST_PASSES = 16;
    /** Passes beyond which a search takes the narrow lane. */
    static final long HEAVY_PASSES = 4;
    private static final Term STORY = new Term(StoryDocuments.KIND, StoryDocuments.STORY);

    private final CostlyWork lane;
    private final int waitingRoom;
    private final AtomicInteger waiting = new AtomicInteger();

    /** Lets a search run, on the narrow lane or not; closed when it is done. */
    static final class Ticket implements AutoCloseable {
        private final CostlyWork held;

        private Ticket(CostlyWork held) {
            this.held = held;
        }

        /** Whether the search is costly: it runs on the caller's thread alone, not sliced over every core. */
        boolean costly() {
            return held != null;
        }

        @Override
        public void close() {
            if (held != null) {
                held.leave();
            }
        }
    }

    /**
     * @param lane where costly searches run, beside the process's other costly work
     * @param waitingRoom costly searches waiting for the lane at most
     */
    SearchAdmission(CostlyWork lane, int waitingRoom) {
        this.lane = lane;
        this.waitingRoom = waitingRoom;
    }

    /** Where costly searches run. */
    CostlyWork lane() {
        return lane;
    }

    static SearchAdmission forThisMachine() {
        return new SearchAdmission(CostlyWork.shared(), 2 * Runtime.getRuntime().availableProcessors());
    }

    /**
     * Lets {@code query} run: at once when it is cheap, after a wait for the lane (until
     * {@code deadline}, in {@link System#nanoTime()}, the end of the search's {@code budget}) when it
     * is costly; refuses it when it costs too much or too many wait.
     */
    Ticket admit(Query query, IndexReader reader, long deadline, Duration budget) throws IOException {
        long pass = Math.max(1, reader.docFreq(STORY));
        long reads = SearchCost.of(query, reader).reads();
        if (reads > MOST_PASSES * pass) {
            throw new QueryTooCostlyException(reads, pass);
        }
        if (reads <= HEAVY_PASSES * pass) {
            return new Ticket(null);
        }
        if (lane.enterNow()) {
            return new Ticket(lane);
        }
        if (waiting.incrementAndGet() > waitingRoom) {
            waiting.decrementAndGet();
            throw new SearchBusyException();
        }
        try {
            if (!lane.enter(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                throw new SearchTimeoutException(budget);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchTimeoutException(budget);
        } finally {
            waiting.decrementAndGet();
        }
        return new Ticket(lane);
    }
}
