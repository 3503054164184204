package banmian.limits;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageBudgetTest {
    @Test
    void operatorsOverTheLimitEndThePageNamingItAndTheLimit() {
        PageBudget budget = PageBudget.start(Limits.DEFAULT.with(Limit.PAGE_OPERATORS, 1000), "page 3", "reading it");
        for (int i = 0; i < 1000; i++) {
            budget.countOperator();
        }
        BudgetExceededException e = assertThrows(BudgetExceededException.class, budget::countOperator);
        assertEquals(Limit.PAGE_OPERATORS, e.limit());
        assertEquals("page 3: runs more than 1,000 content-stream operators (limit page-operators=1000; raise it with "
                + "--limit page-operators=N)", e.getMessage());
    }

    @Test
    void theClockStopsALoopThatOnlyCallsCheckpoint() {
        PageBudget budget = PageBudget.start(Limits.DEFAULT.with(Map.of("page-seconds", "1")), "", "parsing it");
        long start = System.nanoTime();
        BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> budget.run(() -> {
            while (true) {
                PageBudget.checkpoint();
            }
        }));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(Limit.PAGE_SECONDS, e.limit());
        assertTrue(e.getMessage().startsWith("took more than 1 s (stopped parsing it)"), e.getMessage());
        assertTrue(seconds >= 1 && seconds < 10, "stopped after " + seconds + " s");
        assertTrue(PageBudget.current().isEmpty(), "the budget is no longer current after its run");
    }

    @Test
    void aLaterPhaseHasOnlyWhatTheEarlierOnesLeft() {
        PageBudget parsing = PageBudget.resume(Limits.DEFAULT.with(Map.of("page-seconds", "5")), "page 2", "parsing it",
                java.time.Duration.ofSeconds(6));
        BudgetExceededException e = assertThrows(BudgetExceededException.class, parsing::checkTime);
        assertTrue(e.getMessage().startsWith("page 2: took more than 5 s (stopped parsing it)"), e.getMessage());
        assertTrue(parsing.elapsed().toSeconds() >= 6);
    }

    @Test
    void aNestedRunRestoresTheOuterBudget() {
        PageBudget outer = PageBudget.start(Limits.DEFAULT, "page 1", "reading it");
        PageBudget inner = PageBudget.start(Limits.DEFAULT, "page 1", "laying it out");
        outer.run(() -> {
            inner.run(() -> {
                assertSame(inner, PageBudget.current().orElseThrow());
                return null;
            });
            assertSame(outer, PageBudget.current().orElseThrow());
            return null;
        });
    }

    @Test
    void libraryMessagesAreCountedByKindAndReportedOncePerPage() {
        PageBudget budget = PageBudget.start(Limits.DEFAULT, "page 2", "reading it");
        for (int i = 0; i < 1_000_000; i++) {
            budget.ignored("unbalanced Q (restore without save)");
        }
        for (int i = 0; i < 500; i++) {
            budget.libraryMessage("PDFBox", "Could not read glyph " + i + " of font F" + (i % 7));
        }
        budget.libraryMessage("PDFBox", "Using fallback font\nLiberationSans");
        budget.libraryMessage("FontBox", "Skip table 'prep'");
        budget.libraryMessage("FontBox", "Another kind");
        List<String> notes = budget.notes();
        assertEquals(List.of(
                "page 2: 1,000,000× unbalanced Q (restore without save) ignored",
                "page 2: PDFBox reported 500× \"Could not read glyph 0 of font F0\" while reading it; ignored",
                "page 2: PDFBox reported 1× \"Using fallback font LiberationSans\" while reading it; ignored",
                "page 2: 2 other library messages while reading it; ignored"), notes);
    }
}
