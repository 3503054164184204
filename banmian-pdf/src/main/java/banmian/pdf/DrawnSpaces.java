package banmian.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The spaces a page draws, looked up by the baseline they sit on and where they stand along it. */
final class DrawnSpaces {
    private final List<Glyph> byBaseline;
    private final double[] baselines;

    DrawnSpaces(List<Glyph> spaces) {
        byBaseline = new ArrayList<>(spaces);
        byBaseline.sort(Comparator.comparingDouble(Glyph::baseline));
        baselines = byBaseline.stream().mapToDouble(Glyph::baseline).toArray();
    }

    /** The centres of the spaces on {@code glyph}'s baseline, in order along the line. */
    double[] along(Glyph glyph) {
        double tolerance = LineBuilder.BASELINE_TOLERANCE * glyph.size();
        int from = lowerBound(baselines, glyph.baseline() - tolerance);
        int to = lowerBound(baselines, glyph.baseline() + tolerance + Double.MIN_VALUE);
        double[] centres = new double[Math.max(0, to - from)];
        for (int i = from; i < to; i++) {
            centres[i - from] = byBaseline.get(i).centerX();
        }
        Arrays.sort(centres);
        return centres;
    }

    /** Whether a space's centre lies between the two positions. */
    static boolean between(double[] centres, double from, double to) {
        int at = lowerBound(centres, from);
        return at < centres.length && centres[at] < to;
    }

    private static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
