package banmian.layout.prepare;

import banmian.layout.line.CharacterPairs;
import banmian.layout.line.Dialect;
import banmian.layout.line.Facts;
import banmian.layout.line.IntCounts;
import banmian.layout.line.Measures;
import banmian.layout.line.PrepareParameters;
import banmian.layout.line.Stage;
import banmian.limits.PageBudget;
import banmian.model.SourceLine;
import banmian.text.Chars;
import banmian.text.Punctuation;
import banmian.text.TextWidth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Undoes extraction that sorts a page's text by position and joins the columns of one visual row
 * with a single space ({@code pdfplumber}'s {@code extract_text()}, PDFBox with
 * {@code setSortByPosition(true)}): every line holds a line of each column side by side, and
 * nothing but the space says where one column ends. The segments of each row are dealt to column
 * streams left to right, choosing the dealing under which the columns read on best: a column whose
 * last line left a sentence open wants this row's next segment, and the character pair the join
 * makes should be one the page uses; a segment wider than a column's measure starts a column of
 * its own. Each stream reaches the later stages as one box, as other extractors' columns do. The
 * scores of a dealing and the tolerances it deals by are the prepare family's ({@link PrepareParameters}).
 */
public final class JoinedColumns {
    /** The score of a segment no column can take. */
    private static final double IMPOSSIBLE = -1e9;

    private JoinedColumns() {
    }

    /** Rows of joined columns dealt into column boxes, when the dialect is {@link Dialect#JOINED_COLUMNS}. */
    public static final Stage STAGE = Stage.of("joined-columns", Set.of(Facts.COLUMN_LINES, Facts.DIALECT), Set.of(Facts.COLUMN_LINES),
            page -> {
                if (page.get(Facts.DIALECT) == Dialect.JOINED_COLUMNS) {
                    page.put(Facts.COLUMN_LINES, dealIntoColumns(page.get(Facts.COLUMN_LINES), page.parameters().prepare()));
                }
            });

    /** The input dealt into column boxes if its rows join columns, else as it is. */
    public static List<SourceLine> split(List<SourceLine> input) {
        return isJoinedText(input, PrepareParameters.DEFAULTS) ? dealIntoColumns(input, PrepareParameters.DEFAULTS) : input;
    }

    /** Whether the text joins each row's columns with one space (never a PDF's own layout, whose lines are a column's). */
    public static boolean isJoinedText(List<SourceLine> input, PrepareParameters parameters) {
        return input.stream().noneMatch(line -> line.geometry() != null) && isJoined(parameters, rows(parameters, input));
    }

    private static List<List<String>> rows(PrepareParameters parameters, List<SourceLine> input) {
        List<List<String>> rows = new ArrayList<>(input.size());
        for (SourceLine line : input) {
            rows.add(segments(parameters, line.text()));
        }
        return rows;
    }

    static List<SourceLine> dealIntoColumns(List<SourceLine> input, PrepareParameters parameters) {
        List<List<String>> rows = rows(parameters, input);
        PairStatistics pairs = new PairStatistics(parameters, rows);
        List<Stream> streams = new ArrayList<>();
        List<Stream> active = new ArrayList<>();
        int textRow = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.isEmpty()) {
                continue;   // blank lines say nothing about columns: pauses count rows with text
            }
            int rowIndex = textRow++;
            active.removeIf(stream -> rowIndex - stream.lastRow > (stream.isOpen() ? parameters.maxOpenPause() : parameters.maxPause()));
            int number = input.get(r).number();
            if (row.size() == 1 && isDisplayLine(parameters, row.get(0), active) && !continuesAColumn(row.get(0), active, pairs)) {
                // A heading or headline on a row of its own sits between the columns' rows: a box of its own.
                Stream.open(parameters, streams, row.get(0), rowIndex, 0, number);
                continue;
            }
            deal(parameters, row, rowIndex, number, active, streams, pairs);
        }
        streams.sort(Comparator.comparingInt((Stream stream) -> stream.firstRow).thenComparingInt(stream -> stream.firstPlace));
        List<SourceLine> out = new ArrayList<>();
        for (Stream stream : streams) {
            out.addAll(stream.lines);
            out.add(new SourceLine(-1, ""));
        }
        return out;
    }

    /** The row's segments: text parted where a space stands between two full-width characters. */
    static List<String> segments(String text) {
        return segments(PrepareParameters.DEFAULTS, text);
    }

    static List<String> segments(PrepareParameters parameters, String text) {
        List<String> segments = new ArrayList<>();
        String line = text.strip();
        int start = 0;
        for (int i = 1; i < line.length() - 1; i++) {
            if (line.charAt(i) == ' ' && Chars.isCjk(line.charAt(i - 1)) && Chars.isCjk(line.charAt(i + 1))) {
                segments.add(line.substring(start, i));
                start = i + 1;
            }
        }
        if (start < line.length()) {
            segments.add(line.substring(start));
        }
        segments.removeIf(String::isBlank);
        if (segments.size() > 1 && segments.stream().noneMatch(segment -> Chars.countHan(segment) >= parameters.minSegmentHan())) {
            // Only short pieces: a letter-spaced or doubled display line (新新 时时 代代), not columns.
            return List.of(line);
        }
        return segments;
    }

    private static boolean isJoined(PrepareParameters parameters, List<List<String>> rows) {
        int withText = 0;
        int joined = 0;
        for (List<String> row : rows) {
            if (row.isEmpty()) {
                continue;
            }
            withText++;
            if (row.stream().filter(segment -> Chars.countHan(segment) >= parameters.minSegmentHan()).count() >= 2) {
                joined++;
            }
        }
        return withText > 0 && joined >= parameters.minSideBySideShare() * withText;
    }

    /**
     * Deals the row's segments to the active streams in order, by dynamic programming over
     * (segments dealt, streams passed): each stream gets the next segment, is skipped, or a new
     * stream opens before it.
     */
    private static void deal(PrepareParameters parameters, List<String> row, int rowIndex, int number, List<Stream> active,
                             List<Stream> streams, PairStatistics pairs) {
        int k = row.size();
        int n = active.size();
        double[][] best = new double[k + 1][n + 1];
        Move[][] move = new Move[k + 1][n + 1];
        for (double[] line : best) {
            Arrays.fill(line, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int i = 0; i <= k; i++) {
            for (int j = 0; j <= n; j++) {
                PageBudget.checkpoint();
                double here = best[i][j];
                if (here == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                if (j < n && here + skipScore(active.get(j)) > best[i][j + 1]) {
                    best[i][j + 1] = here + skipScore(active.get(j));
                    move[i][j + 1] = Move.SKIP;
                }
                if (i < k && j < n) {
                    double fit = active.get(j).fit(row.get(i), pairs);
                    if (fit > IMPOSSIBLE && here + fit > best[i + 1][j + 1]) {
                        best[i + 1][j + 1] = here + fit;
                        move[i + 1][j + 1] = Move.CONTINUE;
                    }
                }
                if (i < k && here + parameters.newStream() > best[i + 1][j]) {
                    best[i + 1][j] = here + parameters.newStream();
                    move[i + 1][j] = Move.OPEN;
                }
            }
        }
        // Walk back, then apply left to right so that new streams take their place in the order.
        record Step(Move move, int segment, int stream) {
        }
        List<Step> steps = new ArrayList<>();
        int i = k;
        int j = n;
        while (i > 0 || j > 0) {
            Move step = move[i][j];
            assert step != null : "every cell on the way back was reached";
            steps.add(new Step(step, i - 1, j - 1));
            switch (step) {
                case SKIP -> j--;
                case CONTINUE -> {
                    i--;
                    j--;
                }
                case OPEN -> i--;
            }
        }
        List<Stream> order = new ArrayList<>();
        for (int s = steps.size() - 1; s >= 0; s--) {
            Step step = steps.get(s);
            int segment = step.segment();
            if (step.move() == Move.SKIP) {
                order.add(active.get(step.stream()));
            } else if (step.move() == Move.CONTINUE) {
                Stream stream = active.get(step.stream());
                stream.add(row.get(segment), rowIndex, number);
                order.add(stream);
            } else {
                order.add(Stream.open(parameters, streams, row.get(segment), rowIndex, segment, number));
            }
        }
        active.clear();
        active.addAll(order);
    }

    /** What the dynamic programming in {@link #deal} does with a stream or a segment. */
    private enum Move {
        SKIP, CONTINUE, OPEN
    }

    /**
     * Short, closing with no sentence mark, and not as wide as any column's measure: a title or
     * heading, not a column's line.
     */
    private static boolean isDisplayLine(PrepareParameters parameters, String segment, List<Stream> active) {
        int width = TextWidth.quarterEms(segment);
        return Chars.countHan(segment) >= 2 && Chars.countHan(segment) <= parameters.maxDisplayHan() && Punctuation.canEndTitle(segment)
                && !Punctuation.endsSentence(segment) && active.stream()
                .noneMatch(stream -> stream.isMeasured() && Measures.same(width, stream.measure, parameters.joinedWidthTolerance()));
    }

    /** Some column left mid-sentence reads on into the segment with a pair of characters the page uses. */
    private static boolean continuesAColumn(String segment, List<Stream> active, PairStatistics pairs) {
        return active.stream().anyMatch(stream -> stream.isOpen() && pairs.evidence(stream.last, segment) > 0);
    }

    private static double skipScore(Stream stream) {
        return stream.isOpen() ? stream.parameters.openSkip() : stream.parameters.closedSkip();
    }

    /** One column as it is read down the page. */
    private static final class Stream {
        final PrepareParameters parameters;
        final List<SourceLine> lines = new ArrayList<>();
        final int firstRow;
        final int firstPlace;
        int lastRow;
        int measure;
        String last;

        private Stream(PrepareParameters parameters, int firstRow, int firstPlace) {
            this.parameters = parameters;
            this.firstRow = firstRow;
            this.firstPlace = firstPlace;
        }

        /** A new stream holding {@code text}, the {@code place}-th segment of its row, added to {@code streams}. */
        static Stream open(PrepareParameters parameters, List<Stream> streams, String text, int row, int place, int number) {
            Stream stream = new Stream(parameters, row, place);
            stream.add(text, row, number);
            streams.add(stream);
            return stream;
        }

        void add(String text, int row, int number) {
            lines.add(new SourceLine(number, text));
            measure = Math.max(measure, TextWidth.quarterEms(text));
            last = text;
            lastRow = row;
        }

        /** Two lines or more: its widest line is its measure. */
        boolean isMeasured() {
            return lines.size() >= 2;
        }

        /** The last line reaches the measure and leaves its sentence open: the column goes on. */
        boolean isOpen() {
            if (Punctuation.endsSentence(last)) {
                return false;
            }
            return isMeasured() ? TextWidth.quarterEms(last) >= measure - parameters.joinedWidthTolerance()
                    : Chars.countHan(last) >= parameters.minOpenLineHan();
        }

        double fit(String segment, PairStatistics pairs) {
            int width = TextWidth.quarterEms(segment);
            int narrow = parameters.narrowSegment();
            int tolerance = parameters.joinedWidthTolerance();
            boolean narrowSegment = width <= narrow;
            if (measure <= narrow && !narrowSegment) {
                return IMPOSSIBLE;   // a vertical title's characters take no line of text
            }
            if (narrowSegment && measure > narrow && !(isOpen() && Punctuation.endsSentence(segment))) {
                return IMPOSSIBLE;   // one or two characters close a paragraph (了。) or stand in a vertical title
            }
            if (isMeasured() && width > measure + tolerance) {
                return IMPOSSIBLE;
            }
            boolean measured = isMeasured();
            boolean full = width >= measure - tolerance;
            boolean indented = measured && !full && width >= measure - parameters.indentWidth() - tolerance
                    && !Punctuation.endsSentence(segment);
            if (Punctuation.endsSentence(last)) {
                return !measured ? 0 : indented ? parameters.indentedStart() : full ? parameters.fullStart() : 0;
            }
            double evidence = pairs.evidence(last, segment);
            if (evidence < 0) {
                return evidence;
            }
            double shape = measured && !full && !Punctuation.endsSentence(segment) ? parameters.shortContinuation() : 0;
            return (isOpen() ? parameters.openContinuation() : 0) + evidence + shape;
        }
    }

    /** How much more often than chance the page sets two characters side by side within a column. */
    private static final class PairStatistics {
        private final PrepareParameters parameters;
        private final CharacterPairs pairs = new CharacterPairs(8192);
        private final IntCounts singles = new IntCounts(4096);
        private int total;

        PairStatistics(PrepareParameters parameters, List<List<String>> rows) {
            this.parameters = parameters;
            for (List<String> row : rows) {
                for (String segment : row) {
                    pairs.countPairsOf(segment, CharacterPairs.Filter.HAN);
                    for (int i = 0; i < segment.length(); i++) {
                        char c = segment.charAt(i);
                        if (Chars.isHan(c)) {
                            singles.add(c, 1);
                            total++;
                        }
                    }
                }
            }
        }

        double evidence(String tail, String head) {
            char last = tail.charAt(tail.length() - 1);
            char first = head.charAt(0);
            if (!Chars.isHan(last) || !Chars.isHan(first)) {
                return 0;
            }
            int pair = pairs.count(last, first);
            if (pair == 0) {
                return parameters.unseenPair();
            }
            double pmi = Math.log((double) pair * total / ((singles.get(last) + 1.0) * (singles.get(first) + 1.0)));
            return Math.max(0, Math.min(parameters.maxPairEvidence(), pmi));
        }
    }
}
