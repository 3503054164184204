package banmian.eval;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Port of {@code difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()}, reduced to what the
 * referee uses: the number of matched elements. The blocks are found the same way (the longest block first, then
 * recursively left and right of it, ties to the earliest start in a and then in b), because a different but
 * equally reasonable choice of blocks gives a different total.
 *
 * <p>With no junk and no popular-element pruning, difflib's extension loops around the longest match never move,
 * so only its dynamic programme over the index of b remains.
 */
final class MatchingBlocks {
    private final int[] a;
    private final int[] b;
    /** For each element of b, its positions in b in ascending order (difflib's {@code b2j}). */
    private final Map<Integer, int[]> positionsInB;
    /**
     * Length of the match ending at (i-1, j) and at (i, j) (difflib's {@code j2len} and {@code newj2len}), as arrays
     * over j. An entry counts only when its stamp is that of the row which wrote it, so nothing needs clearing.
     */
    private int[] previousRunLength;
    private int[] previousRunStamp;
    private int[] currentRunLength;
    private int[] currentRunStamp;
    private int rowStamp;

    private record Match(int aStart, int bStart, int size) {
    }

    private MatchingBlocks(int[] a, int[] b) {
        this.a = a;
        this.b = b;
        this.positionsInB = indexPositions(b);
        this.previousRunLength = new int[b.length];
        this.previousRunStamp = new int[b.length];
        this.currentRunLength = new int[b.length];
        this.currentRunStamp = new int[b.length];
    }

    /** {@code sum(block.size for block in get_matching_blocks())} for sequences of code points. */
    static int matchedLength(int[] a, int[] b) {
        return new MatchingBlocks(a, b).totalBlockSize();
    }

    private static Map<Integer, int[]> indexPositions(int[] sequence) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int element : sequence) {
            counts.merge(element, 1, Integer::sum);
        }
        Map<Integer, int[]> positions = new HashMap<>();
        Map<Integer, Integer> filled = new HashMap<>();
        for (int j = 0; j < sequence.length; j++) {
            int[] slots = positions.computeIfAbsent(sequence[j], element -> new int[counts.get(element)]);
            slots[filled.merge(sequence[j], 1, Integer::sum) - 1] = j;
        }
        return positions;
    }

    private int totalBlockSize() {
        int total = 0;
        Deque<int[]> pending = new ArrayDeque<>();
        pending.push(new int[] {0, a.length, 0, b.length});
        while (!pending.isEmpty()) {
            int[] range = pending.pop();
            int aLow = range[0], aHigh = range[1], bLow = range[2], bHigh = range[3];
            Match match = findLongestMatch(aLow, aHigh, bLow, bHigh);
            if (match.size() == 0) {
                continue;
            }
            total += match.size();
            if (aLow < match.aStart() && bLow < match.bStart()) {
                pending.push(new int[] {aLow, match.aStart(), bLow, match.bStart()});
            }
            int aEnd = match.aStart() + match.size(), bEnd = match.bStart() + match.size();
            if (aEnd < aHigh && bEnd < bHigh) {
                pending.push(new int[] {aEnd, aHigh, bEnd, bHigh});
            }
        }
        return total;
    }

    /** {@code find_longest_match(alo, ahi, blo, bhi)} without junk. */
    private Match findLongestMatch(int aLow, int aHigh, int bLow, int bHigh) {
        int bestI = aLow, bestJ = bLow, bestSize = 0;
        rowStamp++; // leave a gap so the first row does not read the previous call's last row
        for (int i = aLow; i < aHigh; i++) {
            int stamp = ++rowStamp;
            int[] positions = positionsInB.get(a[i]);
            if (positions != null) {
                for (int p = firstAtOrAfter(positions, bLow); p < positions.length && positions[p] < bHigh; p++) {
                    int j = positions[p];
                    int size = 1 + (j > 0 && previousRunStamp[j - 1] == stamp - 1 ? previousRunLength[j - 1] : 0);
                    currentRunLength[j] = size;
                    currentRunStamp[j] = stamp;
                    if (size > bestSize) {
                        bestI = i - size + 1;
                        bestJ = j - size + 1;
                        bestSize = size;
                    }
                }
            }
            swapRows();
        }
        return new Match(bestI, bestJ, bestSize);
    }

    private static int firstAtOrAfter(int[] ascending, int value) {
        int found = Arrays.binarySearch(ascending, value);
        return found >= 0 ? found : -found - 1;
    }

    private void swapRows() {
        int[] length = previousRunLength;
        previousRunLength = currentRunLength;
        currentRunLength = length;
        int[] stamp = previousRunStamp;
        previousRunStamp = currentRunStamp;
        currentRunStamp = stamp;
    }
}
