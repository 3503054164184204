package banmian.layout.prepare;

import banmian.layout.line.Dialect;
import banmian.layout.line.Facts;
import banmian.layout.line.Measures;
import banmian.layout.line.PrepareParameters;
import banmian.layout.line.Stage;
import banmian.layout.line.TextLine;
import banmian.model.Geometry;
import banmian.model.SourceLine;
import banmian.text.Chars;
import banmian.text.FakeBoldUndoubler;
import banmian.text.Punctuation;
import banmian.text.TextWidth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * First stage: numbered input lines become {@link TextLine}s. Blank lines delimit boxes (the text
 * boxes pdfminer and pdftotext emit); fake-bold doubling is undone; a title set vertically (one
 * character per line) is joined; and in raw output, where the extractor cuts a visual line after
 * every comma, the fragments are glued back into visual lines.
 */
public final class LinePreparer {
    private final PrepareParameters parameters;

    /**
     * Lines of a text layer. Raw fragments are glued back into visual lines in the {@code pdftotext-raw}
     * dialect when its lines are cut after commas (a raw page of long unbroken lines has none), or
     * whenever the caller forced that dialect.
     */
    public static final Stage FROM_TEXT = Stage.of("lines", Set.of(Facts.COLUMN_LINES, Facts.DIALECT, Facts.FORCED_DIALECT),
            Set.of(Facts.LINES), page -> {
                PrepareParameters parameters = page.parameters().prepare();
                List<SourceLine> input = page.get(Facts.COLUMN_LINES);
                boolean raw = page.get(Facts.DIALECT) == Dialect.PDFTOTEXT_RAW;
                boolean glue = raw && (page.get(Facts.FORCED_DIALECT) != null || isCutAtCommas(input, parameters));
                page.put(Facts.LINES, new LinePreparer(parameters).prepare(input, glue, true));
            });

    /** Lines of a laid-out page PDF. */
    public static final Stage FROM_LAID_OUT_PAGE = Stage.of("lines", Set.of(Facts.INPUT), Set.of(Facts.LINES),
            page -> page.put(Facts.LINES, new LinePreparer(page.parameters().prepare()).prepare(page.get(Facts.INPUT), false, false)));

    /** A preparer with the {@link PrepareParameters#DEFAULTS default parameters}. */
    public LinePreparer() {
        this(PrepareParameters.DEFAULTS);
    }

    public LinePreparer(PrepareParameters parameters) {
        this.parameters = parameters;
    }

    /** Prepares lines, gluing raw fragments back when the text is cut after every comma (as {@link #isCutAtCommas} finds). */
    public List<TextLine> prepare(List<SourceLine> input) {
        return prepare(input, isCutAtCommas(input, parameters));
    }

    /**
     * Whether the extractor cut lines after every comma ({@code pdftotext -raw}): a share of the lines
     * ({@link PrepareParameters#rawFragmentShare}, a quarter) end in a clause break, on a page of
     * {@link PrepareParameters#minLinesToJudge} lines with text or more.
     */
    public static boolean isCutAtCommas(List<SourceLine> input, PrepareParameters parameters) {
        List<String> texts = input.stream().filter(line -> !line.isBlank()).map(line -> line.text()).toList();
        return isRawFragmentedTexts(texts, parameters);
    }

    /** {@code cutAtCommas}: glue the fragments of lines cut after every comma back into visual lines. */
    public List<TextLine> prepare(List<SourceLine> input, boolean cutAtCommas) {
        return prepare(input, cutAtCommas, true);
    }

    /**
     * {@code cutAtCommas}: glue the fragments of lines cut after every comma back into visual lines;
     * {@code splitAtWideGaps}: the extractor may have broken a visual line at a wide justification gap
     * (a text layer; a laid-out PDF page knows where its lines are).
     */
    List<TextLine> prepare(List<SourceLine> input, boolean cutAtCommas, boolean splitAtWideGaps) {
        List<Pending> pending = new ArrayList<>();
        int box = 0;
        boolean previousBlank = true;
        for (SourceLine line : input) {
            if (line.isBlank()) {
                if (!previousBlank) {
                    box++;
                }
                previousBlank = true;
                continue;
            }
            previousBlank = false;
            String text = FakeBoldUndoubler.undouble(stripControl(line.text()));
            if (!pending.isEmpty() && isRepeatOfPrevious(pending.get(pending.size() - 1), box, text)) {
                pending.get(pending.size() - 1).sources().add(line.number());
                continue;
            }
            if (!pending.isEmpty() && repeatsPreviousColon(pending.get(pending.size() - 1), box, text)) {
                Pending previous = pending.get(pending.size() - 1);
                previous.sources().add(line.number());
                String rest = text.strip().substring(1);
                pending.set(pending.size() - 1, new Pending(box, previous.sources(), previous.text().stripTrailing() + rest,
                        previous.vertical(), Geometry.around(Arrays.asList(previous.geometry(), line.geometry()))));
                continue;
            }
            pending.add(new Pending(box, new ArrayList<>(List.of(line.number())), text, isUpright(line.geometry()), line.geometry()));
        }
        List<Pending> joined = joinVerticalText(pending);
        if (cutAtCommas) {
            joined = joinRawFragments(joined);
        }
        if (splitAtWideGaps) {
            joined = joinLinesSplitAtOpeningMark(joined);
        }
        List<TextLine> lines = new ArrayList<>(joined.size());
        for (Pending p : joined) {
            lines.add(new TextLine(lines.size(), p.box, p.sources, p.text, p.vertical, p.geometry));
        }
        return lines;
    }

    /** A line box much taller than wide holds characters set one under another. */
    private static boolean isUpright(Geometry geometry) {
        return geometry != null && geometry.height() > 2 * geometry.width();
    }

    /**
     * Overprinted display type is sometimes extracted as the same line twice in a row, or the second
     * layer without its colon ({@code 新征程：} / {@code 新征程}).
     */
    private static boolean isRepeatOfPrevious(Pending previous, int box, String text) {
        String before = previous.text().strip();
        String repeat = text.strip();
        if (previous.box() != box || repeat.length() < 2) {
            return false;
        }
        return before.equals(repeat) || before.startsWith(repeat) && isColon(before.substring(repeat.length()));
    }

    /** Only a kicker's colon: a body line ending {@code 。} may well be followed by its article's headline. */
    private static boolean isColon(String text) {
        return text.equals("：") || text.equals(":");
    }

    /**
     * The overprinted layer's colon comes out at the head of the line after ({@code 新征程：} /
     * {@code ：明确新目标 谱写新篇章}): running text never has a colon close one line and open the next,
     * so the two are one display line.
     */
    private static boolean repeatsPreviousColon(Pending previous, int box, String text) {
        String before = previous.text().strip();
        String after = text.strip();
        return previous.box() == box && (before.endsWith("：") || before.endsWith(":"))
                && (after.startsWith("：") || after.startsWith(":")) && after.length() > 1;
    }

    private static String stripControl(String text) {
        if (!hasControl(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\f' || c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\uFEFF') {
                return true;
            }
        }
        return false;
    }

    /** Two or more consecutive lines of one box holding one Han character each are one vertical line. */
    private static List<Pending> joinVerticalText(List<Pending> lines) {
        List<Pending> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && lines.get(j).box() == lines.get(i).box() && isSingleHan(lines.get(j).text())) {
                j++;
            }
            if (j - i >= 2) {
                List<Integer> sources = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                for (int k = i; k < j; k++) {
                    text.append(lines.get(k).text().strip());
                    sources.addAll(lines.get(k).sources());
                }
                Geometry around = Geometry.around(lines.subList(i, j).stream().map(Pending::geometry).toList());
                out.add(new Pending(lines.get(i).box(), sources, text.toString(), true, around));
                i = j;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean isSingleHan(String text) {
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                continue;
            }
            if (++han > 1 || !Chars.isHan(c)) {
                return false;
            }
        }
        return han == 1;
    }

    private static boolean isRawFragmentedTexts(List<String> lines, PrepareParameters parameters) {
        if (lines.size() < parameters.minLinesToJudge()) {
            return false;
        }
        long fragments = lines.stream().filter(Punctuation::endsWithClauseBreak).count();
        return fragments >= parameters.rawFragmentShare() * lines.size();
    }

    private static List<Pending> joinRawFragments(List<Pending> lines) {
        List<Pending> out = new ArrayList<>();
        Pending current = null;
        for (Pending line : lines) {
            if (current != null && current.box() == line.box() && continuesFragment(current.text(), line.text())) {
                current.sources().addAll(line.sources());
                current = new Pending(current.box(), current.sources(), current.text() + line.text(), current.vertical(),
                        Geometry.around(Arrays.asList(current.geometry(), line.geometry())));
                out.set(out.size() - 1, current);
            } else {
                current = new Pending(line.box(), new ArrayList<>(line.sources()), line.text(), line.vertical(), line.geometry());
                out.add(current);
            }
        }
        return out;
    }

    private static boolean continuesFragment(String previous, String next) {
        if (Punctuation.endsWithClauseBreak(previous)) {
            return true;
        }
        String start = next.strip();
        return !start.isEmpty() && Punctuation.LINE_CONTINUING_MARKS.indexOf(start.charAt(0)) >= 0;
    }

    /**
     * poppler's default mode breaks a visual line at a wide justification gap, which full-width
     * punctuation carries: after a clause mark ({@code 本领，} / {@code 开拓创新展现新作为。}) or before an
     * opening quote or bracket ({@code 事实证明} / {@code “一国两制”是解决}). Two short lines of one box
     * that meet at such a mark and whose widths add up to the box's measure are one visual line,
     * unless the first ends a sentence (a paragraph's short last line, then one opening with a quote);
     * a colon introducing a quotation does not end one. Text layers only ({@link #FROM_TEXT}): a laid-out
     * PDF page knows where its lines are.
     */
    private List<Pending> joinLinesSplitAtOpeningMark(List<Pending> lines) {
        List<Pending> out = new ArrayList<>(lines.size());
        int from = 0;
        while (from < lines.size()) {
            int to = from + 1;
            while (to < lines.size() && lines.get(to).box() == lines.get(from).box()) {
                to++;
            }
            List<Pending> box = lines.subList(from, to);
            int measure = boxMeasure(box);
            for (Pending line : box) {
                Pending previous = out.isEmpty() ? null : out.get(out.size() - 1);
                if (measure > 0 && previous != null && previous.box() == line.box() && isSplitAtOpeningMark(previous, line, measure)) {
                    List<Integer> sources = new ArrayList<>(previous.sources());
                    sources.addAll(line.sources());
                    out.set(out.size() - 1, new Pending(line.box(), sources, previous.text().stripTrailing() + line.text().strip(),
                            false, null));
                } else {
                    out.add(line);
                }
            }
            from = to;
        }
        return out;
    }

    private boolean isSplitAtOpeningMark(Pending first, Pending second, int measure) {
        String tail = first.text().strip();
        String head = second.text().strip();
        if (first.vertical() || head.isEmpty() || tail.isEmpty()
                || Punctuation.OPENING_MARKS.indexOf(head.charAt(0)) < 0 && Punctuation.CLAUSE_MARKS.indexOf(tail.charAt(tail.length() - 1)) < 0
                || Punctuation.endsSentence(tail) && !tail.endsWith("：")) {
            return false;
        }
        int a = TextWidth.quarterEms(tail);
        int b = TextWidth.quarterEms(head);
        int tolerance = parameters.splitTolerance();
        return a < measure - tolerance && b < measure - tolerance && Measures.same(a + b, measure, tolerance);
    }

    /**
     * The width the lines of a justified box share most (within a bucket), or 0 when no width stands
     * out: a third of the lines is enough, since headings, paragraph ends and split lines are shorter.
     */
    private int boxMeasure(List<Pending> box) {
        if (box.size() < parameters.minMeasuredBox()) {
            return 0;
        }
        // A histogram of widths: a box can be a whole page when the extractor emits no blank lines.
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Pending line : box) {
            counts.merge(TextWidth.quarterEms(line.text().strip()), 1, Integer::sum);
        }
        int best = 0;
        int bestCount = 0;
        for (int candidate : counts.keySet()) {
            int count = 0;
            for (int w = candidate - Measures.BUCKET; w <= candidate + Measures.BUCKET; w++) {
                count += counts.getOrDefault(w, 0);
            }
            if (count >= bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return bestCount * 3 >= box.size() && bestCount >= parameters.minMeasuredBox() - 1 ? best : 0;
    }

    /** {@code geometry} is the box around its source lines (null on the text path). */
    private record Pending(int box, List<Integer> sources, String text, boolean vertical, Geometry geometry) {
    }
}
