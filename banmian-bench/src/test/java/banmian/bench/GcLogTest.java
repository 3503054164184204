package banmian.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The heap figures read from a JVM's {@code -Xlog:gc} lines, as G1 and Serial write them. */
class GcLogTest {
    @Test
    void pausesGiveTheHeapBeforeAndAfterAndFullPausesAreCounted() {
        GcLog.Figures figures = GcLog.parse(List.of(
                "[0.007s][info][gc] Using G1",
                "[0.704s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 6M->3M(64M) 12.487ms",
                "[1.392s][info][gc] GC(15) Concurrent Mark Cycle",
                "[1.401s][info][gc] GC(15) Pause Remark 61M->40M(64M) 1.579ms",
                "[1.414s][info][gc] GC(20) Pause Full (G1 Compaction Pause) 1G->59M(1G) 11.180ms",
                "[1.500s][info][gc] GC(21) Pause Young (Normal) (G1 Evacuation Pause) 300K->100K(64M) 0.2ms"));
        assertEquals("G1", figures.collector());
        assertEquals(4, figures.pauses());
        assertEquals(1, figures.fullPauses());
        assertEquals(1L << 30, figures.maxBeforeBytes());
        assertEquals(59L << 20, figures.maxAfterBytes());
        assertEquals(100L << 10, figures.lastAfterBytes());
    }

    @Test
    void aLogWithoutPausesIsNoHeapUsedAndAnUnknownCollector() {
        GcLog.Figures figures = GcLog.parse(List.of("[0.1s][info][gc] GC(3) Concurrent Undo Cycle 0.336ms"));
        assertEquals(0, figures.pauses());
        assertEquals(0, figures.maxAfterBytes());
        assertEquals("unknown collector", figures.collector());
    }
}
