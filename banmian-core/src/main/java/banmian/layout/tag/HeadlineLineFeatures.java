package banmian.layout.tag;

import banmian.layout.line.CharacterPairs;
import banmian.layout.line.Datelines;
import banmian.layout.line.LineRole;
import banmian.layout.line.LineShape;
import banmian.layout.line.TextLine;
import banmian.text.Punctuation;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a text layer tells about whether a line is part of an article's headline group (kicker,
 * headline, subtitle): its shape, its place among its box's lines, its neighbours' roles, the
 * conventions around headlines (a dateline or byline right after, a kicker ending in a dash before),
 * and whether the text on either side reads as one article (character bigrams shared by the text
 * before and after: a heading inside an article sits between text on one subject, a headline
 * between two). The values are for {@link LearnedHeadlines}' model; the names are the model file's.
 */
public final class HeadlineLineFeatures {
    public static final List<String> NAMES = List.of(
            "could-be-title", "full", "alone-in-box", "first-in-box", "last-in-box", "box-lines", "width-to-measure",
            "characters", "ends-sentence", "ends-dash", "starts-dash", "brackets", "letter-spaced",
            "clause-space", "dateline-next", "byline-next", "byline-before", "paragraph-ended-before",
            "paragraph-starts-next", "next-in-same-box", "rules-title", "rules-heading", "title-before", "title-after",
            "kicker-before", "cohesion", "next-runs-on", "previous-full", "furniture-before", "caption-before",
            "title-shaped-alone", "title-shaped-short", "width-to-neighbours", "next-finishes-sentence",
            "page-datelines", "page-headings", "title-shaped-before", "title-shaped-after", "title-shaped-run",
            "lines-to-dateline", "lines-to-byline", "clause-marks", "join-seen-next", "join-seen-text-after");

    /** How much running text on either side is compared for {@code cohesion}, in characters. */
    private static final int COHESION_REACH = 160;

    private HeadlineLineFeatures() {
    }

    /**
     * The features of {@code lines[index]}, in the order of {@link #NAMES}; {@code pageColumn} is the
     * page's body measure, {@code page} what {@link PageContext#of} found on it.
     */
    public static double[] of(List<TextLine> lines, int index, int pageColumn, PageContext page) {
        TextLine line = lines.get(index);
        TextLine previous = index > 0 ? lines.get(index - 1) : null;
        TextLine next = index + 1 < lines.size() ? lines.get(index + 1) : null;
        int boxStart = page.boxFirst()[index];
        int boxEnd = page.boxLast()[index];
        String text = line.raw.strip();
        TextLine bodyBefore = page.bodyBefore()[index] < 0 ? null : lines.get(page.bodyBefore()[index]);
        TextLine bodyAfter = page.bodyAfter()[index] < 0 ? null : lines.get(page.bodyAfter()[index]);
        return new double[] {
            bit(line.couldBeTitle()),
            bit(line.isFull()),
            bit(boxStart == boxEnd),
            bit(boxStart == index),
            bit(boxEnd == index),
            Math.log(boxEnd - boxStart + 1),
            Math.min(2, line.width / (double) Math.max(1, pageColumn)),
            Math.log(1 + line.squashed.length()),
            bit(Punctuation.endsSentence(text)),
            bit(text.endsWith("——") || text.endsWith("—")),
            bit(line.isDashLed()),
            bit(text.indexOf('（') >= 0 || text.indexOf('(') >= 0),
            bit(line.letterSpaced),
            bit(LineShape.hasClauseSpace(line)),
            bit(next != null && page.opensWithDateline()[index + 1]),
            bit(next != null && isAuthorLine(next)),
            bit(previous != null && isAuthorLine(previous)),
            bit(bodyBefore != null && Punctuation.endsSentence(bodyBefore.raw) && !bodyBefore.isFull()),
            bit(next != null && (next.indented || next.isIndentShort())),
            bit(next != null && next.box == line.box),
            bit(line.role() == LineRole.TITLE),
            bit(line.role() == LineRole.HEADING),
            bit(previous != null && previous.role() == LineRole.TITLE),
            bit(next != null && next.role() == LineRole.TITLE),
            bit(previous != null && previous.role() != LineRole.FURNITURE && previous.endsWithDash()),
            cohesion(lines, bodyBefore, bodyAfter),
            bit(next != null && LineShape.startsMidSentence(next)),
            bit(previous != null && previous.role() == LineRole.BODY && previous.isFull()),
            bit(previous != null && previous.role() == LineRole.FURNITURE),
            bit(previous != null && (previous.role() == LineRole.CAPTION || previous.role() == LineRole.CREDIT)),
            bit(line.couldBeTitle() && boxStart == boxEnd),
            bit(line.couldBeTitle() && !line.isFull()),
            Math.min(2, line.width / (double) Math.max(1, line.neighbourColumn())),
            bit(next != null && next.role() == LineRole.BODY && next.opensWithSentenceTail()),
            Math.log1p(page.datelines()),
            Math.log1p(page.headings()),
            bit(previous != null && previous.role() == LineRole.BODY && previous.couldBeTitle()),
            bit(next != null && next.role() == LineRole.BODY && next.couldBeTitle()),
            page.titleShapedRun()[index],
            linesTo(lines, index, FOLLOWING_REACH, HeadlineLineFeatures::opensWithDateline),
            linesTo(lines, index, FOLLOWING_REACH, HeadlineLineFeatures::isAuthorLine),
            line.squashed.chars().filter(c -> c == '，' || c == '、' || c == ',').count(),
            next != null && next.role() == LineRole.BODY ? joinSeen(page.pairs(), line, next) : 0,
            bodyAfter != null ? joinSeen(page.pairs(), line, bodyAfter) : 0,
        };
    }

    /**
     * What the page as a whole is like — how many articles open with a dateline, how many lines the
     * rules took for in-article headings, which character pairs its lines write (a page of many short
     * dated items and a page of a few long articles with section headings set the same line shape
     * apart differently) — and, per line, where its box starts and ends, how long the run of
     * title-shaped lines it stands in is, and its nearest body lines: found once for the page, so that
     * no line's features walk its box or its neighbours (a page may be one box of many thousand lines).
     */
    public record PageContext(int datelines, int headings, CharacterPairs pairs, boolean[] opensWithDateline, int[] boxFirst,
                              int[] boxLast, int[] titleShapedRun, int[] bodyBefore, int[] bodyAfter) {
        public static PageContext of(List<TextLine> lines) {
            int n = lines.size();
            int datelines = 0;
            int headings = 0;
            CharacterPairs pairs = new CharacterPairs(4096);
            // Whether each line opens with a dateline, also one broken over onto the next line.
            boolean[] opensWithDateline = new boolean[n];
            int[] boxFirst = new int[n];
            int[] boxLast = new int[n];
            int[] run = new int[n];
            // The nearest body line before and after each line (-1: none).
            int[] bodyBefore = new int[n];
            int[] bodyAfter = new int[n];
            for (int i = 0; i < n; i++) {
                TextLine line = lines.get(i);
                String next = i + 1 < n ? lines.get(i + 1).raw : "";
                opensWithDateline[i] = Datelines.startsWithDateline(line.raw, next);
                datelines += opensWithDateline[i] ? 1 : 0;
                headings += line.role() == LineRole.HEADING ? 1 : 0;
                pairs.countPairsOf(line.body, CharacterPairs.Filter.ANY);
                boxFirst[i] = i > 0 && lines.get(i - 1).box == line.box ? boxFirst[i - 1] : i;
                bodyBefore[i] = i == 0 ? -1 : lines.get(i - 1).role() == LineRole.BODY ? i - 1 : bodyBefore[i - 1];
            }
            for (int i = n - 1; i >= 0; i--) {
                boxLast[i] = i + 1 < n && lines.get(i + 1).box == lines.get(i).box ? boxLast[i + 1] : i;
                bodyAfter[i] = i == n - 1 ? -1 : lines.get(i + 1).role() == LineRole.BODY ? i + 1 : bodyAfter[i + 1];
            }
            // Runs of title-shaped lines: each line of a run gets the run's length.
            for (int start = 0; start < n; ) {
                int end = start;
                while (end < n && lines.get(end).couldBeTitle()) {
                    end++;
                }
                for (int k = start; k < end; k++) {
                    run[k] = end - start;
                }
                start = Math.max(end, start + 1);
            }
            return new PageContext(datelines, headings, pairs, opensWithDateline, boxFirst, boxLast, run, bodyBefore, bodyAfter);
        }
    }

    /**
     * How often the page writes, within its lines, the character pair that joining {@code line} to
     * {@code following} would make ({@code 还} + {@code 有}): a line whose words run on into the next
     * is text, whatever its shape (log of one plus the count).
     */
    private static double joinSeen(CharacterPairs pairs, TextLine line, TextLine following) {
        String tail = line.body;
        String head = following.body;
        return tail.isEmpty() || head.isEmpty() ? 0 : Math.log1p(pairs.count(tail.charAt(tail.length() - 1), head.charAt(0)));
    }

    /** How many lines on a dateline or byline is looked for: a headline group is rarely longer. */
    private static final int FOLLOWING_REACH = 4;

    /** How many lines on the first line within {@code reach} that {@code test} holds is (reach + 1 when none). */
    private static double linesTo(List<TextLine> lines, int index, int reach, Predicate<TextLine> test) {
        for (int k = 1; k <= reach && index + k < lines.size(); k++) {
            if (test.test(lines.get(index + k))) {
                return k;
            }
        }
        return reach + 1;
    }

    private static boolean isAuthorLine(TextLine line) {
        return line.role() == LineRole.BYLINE || line.role() == LineRole.AUTHOR_NOTE;
    }

    private static boolean opensWithDateline(TextLine line) {
        return Datelines.startsWithDateline(line.raw);
    }

    private static double bit(boolean value) {
        return value ? 1 : 0;
    }

    /**
     * The share of Han character bigrams of the running text after the line (up to
     * {@link #COHESION_REACH} characters from {@code after} on) that the running text before it (as
     * much, ending at {@code before}) also has; 0 when either side has none.
     */
    private static double cohesion(List<TextLine> lines, TextLine before, TextLine after) {
        if (before == null || after == null) {
            return 0;
        }
        CharacterPairs seen = new CharacterPairs(COHESION_REACH);
        int reach = 0;
        for (int i = before.position; i >= 0 && i > before.position - COHESION_REACH && reach < COHESION_REACH; i--) {
            if (lines.get(i).role() == LineRole.BODY) {
                seen.countPairsOf(lines.get(i).body, CharacterPairs.Filter.HAN);
                reach += lines.get(i).body.length();
            }
        }
        CharacterPairs coming = new CharacterPairs(COHESION_REACH);
        int[] shared = new int[1];
        reach = 0;
        for (int i = after.position; i < lines.size() && i < after.position + COHESION_REACH && reach < COHESION_REACH; i++) {
            if (lines.get(i).role() == LineRole.BODY) {
                CharacterPairs.forEachPair(lines.get(i).body, CharacterPairs.Filter.HAN, pair -> {
                    if (coming.add(pair) == 1 && seen.count(pair) > 0) {
                        shared[0]++;
                    }
                });
                reach += lines.get(i).body.length();
            }
        }
        return coming.size() == 0 || seen.size() == 0 ? 0 : shared[0] / (double) coming.size();
    }
}
