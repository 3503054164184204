package banmian.layout;

import banmian.layout.line.Fact;
import banmian.layout.line.Facts;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.Stage;
import banmian.layout.line.StageOrder;
import banmian.layout.prepare.Dialects;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stage lists are well ordered by what their stages declare ({@link StageOrder}), and the check catches a list that is not. */
class PipelinesTest {

    @Test
    void theTextPathReadsOnlyWhatEarlierStagesWrote() {
        assertEquals(List.of(), StageOrder.problems(Pipelines.TEXT));
    }

    @Test
    void theLaidOutPagePathReadsOnlyWhatEarlierStagesWrote() {
        assertEquals(List.of(), StageOrder.problems(Pipelines.LAID_OUT_PAGE));
    }

    @Test
    void stageNamesAreUniqueWithinAList() {
        for (List<Stage> pipeline : List.of(Pipelines.TEXT, Pipelines.LAID_OUT_PAGE)) {
            List<String> names = pipeline.stream().map(Stage::name).toList();
            assertEquals(names.size(), Set.copyOf(names).size(), names.toString());
        }
    }

    @Test
    void swappingAStageWithTheOneItFeedsIsCaught() {
        List<String> problems = StageOrder.problems(swapped(Pipelines.TEXT, "lines", "jumps"));
        assertEquals(List.of("jumps reads lines, which only a later stage writes (lines)"), problems);
    }

    /** Every stage that first reads what the stage right before it writes: swapped, the two make a misordered list. */
    @Test
    void everySwapOfAStageWithItsFirstSupplierIsCaught() {
        for (List<Stage> pipeline : List.of(Pipelines.TEXT, Pipelines.LAID_OUT_PAGE)) {
            int swaps = 0;
            for (int i = 0; i + 1 < pipeline.size(); i++) {
                Stage first = pipeline.get(i);
                Stage second = pipeline.get(i + 1);
                if (suppliesFirst(pipeline, i, second)) {
                    List<Stage> misordered = swapped(pipeline, first.name(), second.name());
                    assertFalse(StageOrder.problems(misordered).isEmpty(), first + " swapped with " + second);
                    swaps++;
                }
            }
            assertTrue(swaps >= 10, "the lists have many such pairs: " + swaps);
        }
    }

    @Test
    void aStageWhoseFactNoStageWritesIsCaught() {
        List<Stage> withoutDialect = new ArrayList<>(Pipelines.TEXT);
        withoutDialect.remove(Dialects.STAGE);
        List<String> problems = StageOrder.problems(withoutDialect);
        assertTrue(problems.contains("layout-columns reads dialect, which is no input and no stage writes"), problems.toString());
    }

    @Test
    void aStageRunTwiceUnderOneNameIsCaught() {
        List<Stage> twice = new ArrayList<>(Pipelines.TEXT);
        twice.add(Dialects.STAGE);
        assertEquals(List.of("two stages are named dialect"), StageOrder.problems(twice));
    }

    @Test
    void whatOnlyAConditionalStageWroteMayBeMissing() {
        Fact<String> note = Fact.of("note");
        Stage maybe = Stage.of("maybe-note", Set.of(), Set.of(note), page -> page.put(note, "x")).onlyIf("never", page -> false);
        Stage always = Stage.of("note", Set.of(), Set.of(note), page -> page.put(note, "y"));
        Stage reader = Stage.of("read-note", Set.of(note), Set.of(), page -> page.get(note));
        assertEquals(List.of("read-note reads note, which before it only maybe-note writes, and that stage may not run"),
                StageOrder.problems(List.of(maybe, reader)));
        assertEquals(List.of(), StageOrder.problems(List.of(always, maybe, reader)), "rewritten on a condition, still there");
    }

    @Test
    void upToIsAPrefixEndingWithTheNamedStage() {
        List<Stage> prefix = Pipelines.upTo(Pipelines.LAID_OUT_PAGE, "ownership");
        assertEquals(Pipelines.LAID_OUT_PAGE.subList(0, prefix.size()), prefix);
        assertEquals("ownership", prefix.get(prefix.size() - 1).name());
        assertEquals(Set.of(Facts.LINE_OWNERS), prefix.get(prefix.size() - 1).writes());
        assertThrows(IllegalArgumentException.class, () -> Pipelines.upTo(Pipelines.TEXT, "ownership"));
    }

    /** {@code stage} reads a fact that the stage at {@code before} writes and no stage before that one does. */
    private static boolean suppliesFirst(List<Stage> pipeline, int before, Stage stage) {
        for (Fact<?> fact : stage.reads()) {
            boolean writtenEarlier = PageAnalysis.inputs().contains(fact)
                    || pipeline.subList(0, before).stream().anyMatch(earlier -> earlier.writes().contains(fact));
            if (!writtenEarlier && pipeline.get(before).writes().contains(fact)) {
                return true;
            }
        }
        return false;
    }

    private static List<Stage> swapped(List<Stage> pipeline, String one, String other) {
        List<Stage> copy = new ArrayList<>(pipeline);
        List<String> names = copy.stream().map(Stage::name).toList();
        Collections.swap(copy, names.indexOf(one), names.indexOf(other));
        return copy;
    }
}
