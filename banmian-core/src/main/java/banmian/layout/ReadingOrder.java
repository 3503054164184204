package banmian.layout;

import banmian.text.Punctuation;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs the order of body text. Extractors such as pdfminer emit a page's text boxes in an order
 * that jumps between columns; the text itself says where each piece goes, because a box that ends
 * mid-sentence must be followed by a box that starts mid-sentence in a column of the same width.
 * The body lines are cut into runs wherever the extractor's order is implausible, runs that start
 * mid-sentence are hung after the nearest run that ends mid-sentence, and the resulting chains are
 * read in the order of their first line.
 */
final class ReadingOrder {
    private static final int WIDTH_TOLERANCE = 4;

    /** Body lines in reading order, with the first line of every chain (a piece with no predecessor) marked. */
    record Flow(List<TextLine> lines, List<Boolean> chainStarts) {
    }

    Flow order(List<TextLine> all) {
        List<List<TextLine>> runs = cutRuns(all);
        int[] predecessor = linkRuns(runs);
        int[] successor = new int[runs.size()];
        java.util.Arrays.fill(successor, -1);
        for (int r = 0; r < runs.size(); r++) {
            if (predecessor[r] >= 0) {
                successor[predecessor[r]] = r;
            }
        }
        List<TextLine> lines = new ArrayList<>();
        List<Boolean> chainStarts = new ArrayList<>();
        for (int head = 0; head < runs.size(); head++) {
            if (predecessor[head] >= 0) {
                continue;
            }
            boolean first = true;
            for (int r = head; r >= 0; r = successor[r]) {
                for (TextLine line : runs.get(r)) {
                    lines.add(line);
                    chainStarts.add(first);
                    first = false;
                }
            }
        }
        return new Flow(lines, chainStarts);
    }

    private static List<List<TextLine>> cutRuns(List<TextLine> all) {
        List<List<TextLine>> runs = new ArrayList<>();
        List<TextLine> run = null;
        TextLine previous = null;
        boolean separatorSincePrevious = false;
        for (TextLine line : all) {
            if (!line.role.isBodyFlow()) {
                separatorSincePrevious |= line.role.separatesArticles();
                continue;
            }
            if (run == null || separatorSincePrevious || isImplausibleJump(previous, line)) {
                run = new ArrayList<>();
                runs.add(run);
            }
            run.add(line);
            previous = line;
            separatorSincePrevious = false;
        }
        return runs;
    }

    /** Whether reading {@code next} right after {@code previous} cannot be what the page means. */
    private static boolean isImplausibleJump(TextLine previous, TextLine next) {
        if (previous.box == next.box) {
            return false;
        }
        boolean previousOpen = !Punctuation.endsSentence(previous.raw);
        if (previousOpen) {
            return next.role == LineRole.HEADING || startsParagraphForSure(next);
        }
        return !previous.isFull() && startsMidSentence(next);
    }

    static boolean startsParagraphForSure(TextLine line) {
        return line.indented || Datelines.startsWithDateline(line.raw) || line.raw.strip().startsWith("——");
    }

    static boolean startsMidSentence(TextLine line) {
        return line.role == LineRole.BODY && line.isFull() && !startsParagraphForSure(line);
    }

    /** For every run, the run it continues (or -1), choosing the nearest open run of the same column width. */
    private static int[] linkRuns(List<List<TextLine>> runs) {
        int[] predecessor = new int[runs.size()];
        java.util.Arrays.fill(predecessor, -1);
        boolean[] taken = new boolean[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            TextLine head = runs.get(r).get(0);
            if (!startsMidSentence(head)) {
                continue;
            }
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int p = 0; p < runs.size(); p++) {
                if (p == r || taken[p] || !canContinueInto(runs.get(p), head) || formsCycle(predecessor, p, r)) {
                    continue;
                }
                int distance = Math.abs(p - r) * 2 + (p > r ? 1 : 0);
                if (distance < bestDistance) {
                    best = p;
                    bestDistance = distance;
                }
            }
            if (best >= 0) {
                predecessor[r] = best;
                taken[best] = true;
            }
        }
        return predecessor;
    }

    private static boolean canContinueInto(List<TextLine> run, TextLine head) {
        TextLine tail = run.get(run.size() - 1);
        return tail.role == LineRole.BODY && !Punctuation.endsSentence(tail.raw)
                && Math.abs(tail.columnWidth - head.columnWidth) <= WIDTH_TOLERANCE;
    }

    private static boolean formsCycle(int[] predecessor, int candidate, int run) {
        for (int p = candidate; p >= 0; p = predecessor[p]) {
            if (p == run) {
                return true;
            }
        }
        return false;
    }
}
