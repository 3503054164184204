package banmian.archive;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CostlyWork}: one room of lanes for every kind of costly job, and a job that yields half its
 * time while other requests are in flight and none while it is alone.
 */
class CostlyWorkTest {
    @Test
    void everyKindOfCostlyJobSharesTheSameLanes() throws InterruptedException {
        CostlyWork work = new CostlyWork(1);
        assertTrue(work.enterNow(), "a drawing, say");
        assertFalse(work.enterNow(), "a costly search waits for the drawing: one room, not a lane each");
        assertFalse(work.enter(Duration.ofMillis(20)));
        work.leave();
        assertTrue(work.enter(Duration.ofMillis(20)));
        work.leave();
    }

    /** Counts the slices a job yields over about 200 ms of steady work. */
    private static int yields(CostlyWork work) {
        CostlyWork.Pacer pacer = work.pacer();
        int yields = 0;
        long end = System.nanoTime() + Duration.ofMillis(200).toNanos();
        while (System.nanoTime() < end) {
            long before = System.nanoTime();
            pacer.pace();
            if (System.nanoTime() - before >= CostlyWork.SLICE.toNanos() / 2) {
                yields++;
            }
        }
        return yields;
    }

    @Test
    void aCostlyJobYieldsHalfItsTimeOnlyWhileOtherRequestsAreInFlight() throws InterruptedException {
        CostlyWork work = new CostlyWork(1);
        work.requestStarted();   // the costly job's own request
        assertTrue(work.enterNow());
        assertEquals(0, yields(work), "alone: full speed");
        work.requestStarted();   // a reader's search arrives
        int yielded = yields(work);
        assertTrue(yielded >= 5 && yielded <= 11, "about one slice in two of 200 ms: " + yielded);
        work.requestEnded();
        assertEquals(0, yields(work), "alone again");
        work.leave();
        work.requestEnded();
    }
}
