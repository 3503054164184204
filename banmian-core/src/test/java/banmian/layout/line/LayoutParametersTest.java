package banmian.layout.line;

import banmian.layout.line.OrderParameters;
import banmian.layout.line.SegmentParameters;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutParametersTest {

    @Test
    void oneValueChangedLeavesEveryOtherAsItWas() {
        LayoutParameters changed = LayoutParameters.DEFAULTS.with("segment.precedingPieceBonus", 1.2);
        assertEquals(1.2, changed.segment().precedingPieceBonus());
        assertEquals(1.2, changed.value("segment.precedingPieceBonus"));
        assertEquals(1.0, LayoutParameters.DEFAULTS.value("segment.precedingPieceBonus"), "the defaults stay as they are");
        SegmentParameters defaults = SegmentParameters.DEFAULTS;
        assertEquals(new SegmentParameters(defaults.widthJump(), defaults.widthSpan(), defaults.measureBucket(), defaults.minStableLines(),
                defaults.boxMeasureChange(), defaults.minMeasuredBoxLines(), defaults.minAffinity(), 1.2, defaults.parallelHeadingBonus(),
                defaults.parallelPrefix(), defaults.parallelSuffix(), defaults.minRunIn(), defaults.maxRunIn(), defaults.minLeadIn(),
                defaults.prior()), changed.segment());
        assertSame(LayoutParameters.DEFAULTS.order(), changed.order());
        assertSame(LayoutParameters.DEFAULTS.tag(), changed.tag());
    }

    @Test
    void wholeNumberComponentsTakeWholeNumbers() {
        assertEquals(5, LayoutParameters.DEFAULTS.with("order.sameMeasure", 5).order().sameMeasure());
        assertThrows(IllegalArgumentException.class, () -> LayoutParameters.DEFAULTS.with("order.sameMeasure", 4.5));
    }

    @Test
    void unknownNamesSayWhatThereIs() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> LayoutParameters.DEFAULTS.with("order.sameMesure", 4));
        assertTrue(unknown.getMessage().contains("sameMeasure"), unknown::getMessage);
        assertThrows(IllegalArgumentException.class, () -> LayoutParameters.DEFAULTS.with("sameMeasure", 4));
        assertThrows(IllegalArgumentException.class, () -> LayoutParameters.DEFAULTS.with("layout.sameMeasure", 4));
    }

    @Test
    void theAnalysisCarriesItsParameters() {
        LayoutParameters changed = LayoutParameters.DEFAULTS.with("order.naturalOrderBonus", 5);
        assertSame(changed, PageAnalysis.ofLines(java.util.List.of(), DecisionLog.off(), changed).parameters());
        assertSame(LayoutParameters.DEFAULTS, PageAnalysis.ofLines(java.util.List.of(), DecisionLog.off()).parameters());
        assertEquals(OrderParameters.DEFAULTS, PageAnalysis.ofLines(java.util.List.of(), DecisionLog.off()).parameters().order());
    }
}
