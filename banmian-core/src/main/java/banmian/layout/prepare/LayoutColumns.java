package banmian.layout.prepare;

import banmian.layout.line.Dialect;
import banmian.layout.line.Facts;
import banmian.layout.line.PrepareParameters;
import banmian.layout.line.Stage;
import banmian.model.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes layout-preserving extraction ({@code pdftotext -layout}), which prints every visual row of
 * the page as one line with the columns side by side, padded with spaces to fixed character
 * positions. The column starts show as character offsets where text resumes after a gap in many
 * lines; each row is cut at those gaps and every column is read top to bottom, a blank line where a
 * column's text pauses, so the page reaches the later stages as column boxes like other extractors'.
 * How many rows make a column start is the prepare family's ({@link PrepareParameters}).
 */
public final class LayoutColumns {
    /**
     * A run of text between gaps of two or more spaces. A gap is taken whole, and only from its first
     * space ({@code (?<!\s)}): tried from every space of a long gap that leads nowhere (trailing
     * spaces), it would be read again from each, quadratic in the gap.
     */
    private static final Pattern SEGMENT = Pattern.compile("(?:^|(?<!\\s)\\s{2,}+)(\\S(?:.*?\\S)?)(?=\\s{2,}|\\s*$)");

    private LayoutColumns() {
    }

    /** Side-by-side columns dealt into column boxes, when the dialect is {@link Dialect#PDFTOTEXT_LAYOUT}. */
    public static final Stage STAGE = Stage.of("layout-columns", Set.of(Facts.INPUT, Facts.DIALECT), Set.of(Facts.COLUMN_LINES),
            page -> {
                List<SourceLine> input = page.get(Facts.INPUT);
                page.put(Facts.COLUMN_LINES, page.get(Facts.DIALECT) == Dialect.PDFTOTEXT_LAYOUT
                        ? dealIntoColumns(input, page.parameters().prepare()) : input);
            });

    /** The input dealt into column boxes if it is layout-preserving output, else as it is. */
    public static List<SourceLine> split(List<SourceLine> input) {
        return isLayout(input, PrepareParameters.DEFAULTS) ? dealIntoColumns(input, PrepareParameters.DEFAULTS) : input;
    }

    /** Whether the text is layout-preserving output: many rows of text hold two or more columns, at shared column starts. */
    public static boolean isLayout(List<SourceLine> input, PrepareParameters parameters) {
        if (!mayBeLayout(input, parameters)) {
            return false;
        }
        Rows rows = rows(input);
        return rows.withText > 0 && rows.withColumns >= parameters.minSideBySideShare() * rows.withText
                && columnStarts(parameters, rows.segments, rows.withText).size() >= 2;
    }

    private record Rows(List<List<Segment>> segments, int withText, int withColumns) {
    }

    private static Rows rows(List<SourceLine> input) {
        List<List<Segment>> rows = new ArrayList<>();
        int rowsWithText = 0;
        int rowsWithColumns = 0;
        for (SourceLine line : input) {
            List<Segment> segments = segments(line);
            rows.add(segments);
            rowsWithText += segments.isEmpty() ? 0 : 1;
            rowsWithColumns += segments.size() > 1 ? 1 : 0;
        }
        return new Rows(rows, rowsWithText, rowsWithColumns);
    }

    /** Each column's text read top to bottom, a blank line where it pauses; the input as it is without two column starts. */
    static List<SourceLine> dealIntoColumns(List<SourceLine> input, PrepareParameters parameters) {
        Rows found = rows(input);
        List<List<Segment>> rows = found.segments;
        List<Integer> starts = columnStarts(parameters, rows, found.withText);
        if (starts.size() < 2) {
            return input;
        }
        List<List<SourceLine>> columns = new ArrayList<>();
        starts.forEach(start -> columns.add(new ArrayList<>()));
        for (int r = 0; r < rows.size(); r++) {
            boolean[] filled = new boolean[starts.size()];
            String[] texts = new String[starts.size()];
            for (Segment segment : rows.get(r)) {
                int column = columnOf(parameters, starts, segment.start);
                texts[column] = texts[column] == null ? segment.text : texts[column] + " " + segment.text;
                filled[column] = true;
            }
            for (int c = 0; c < starts.size(); c++) {
                if (texts[c] != null) {
                    columns.get(c).add(new SourceLine(input.get(r).number(), texts[c]));
                }
            }
            for (int c = 0; c < starts.size(); c++) {
                List<SourceLine> column = columns.get(c);
                if (!filled[c] && !column.isEmpty() && !column.get(column.size() - 1).isBlank()) {
                    column.add(new SourceLine(input.get(r).number(), ""));
                }
            }
        }
        List<SourceLine> out = new ArrayList<>();
        for (List<SourceLine> column : columns) {
            out.addAll(column);
            out.add(new SourceLine(-1, ""));
        }
        return out;
    }

    private record Segment(int start, String text) {
    }

    /** Cheap first look: layout output has many rows with a wide gap inside the text. */
    private static boolean mayBeLayout(List<SourceLine> input, PrepareParameters parameters) {
        int rows = 0;
        int gapped = 0;
        for (SourceLine line : input) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            rows++;
            if (text.contains("   ")) {
                gapped++;
            }
        }
        return rows > 0 && gapped >= parameters.minSideBySideShare() * rows;
    }

    private static List<Segment> segments(SourceLine line) {
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(line.text());
        while (matcher.find()) {
            segments.add(new Segment(matcher.start(1), matcher.group(1)));
        }
        return segments;
    }

    /**
     * Offsets where text starts in many rows, left to right: offsets lying within
     * {@link PrepareParameters#startTolerance} of each other form one cluster, which starts a column when
     * enough rows share it.
     */
    private static List<Integer> columnStarts(PrepareParameters parameters, List<List<Segment>> rows, int rowsWithText) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (List<Segment> row : rows) {
            for (Segment segment : row) {
                counts.merge(segment.start, 1, Integer::sum);
            }
        }
        List<Integer> starts = new ArrayList<>();
        int clusterStart = -1;
        int previous = Integer.MIN_VALUE / 2;
        int support = 0;
        for (var entry : counts.entrySet()) {
            if (entry.getKey() - previous > parameters.startTolerance()) {
                if (clusterStart >= 0 && support >= parameters.minColumnShare() * rowsWithText) {
                    starts.add(clusterStart);
                }
                clusterStart = entry.getKey();
                support = 0;
            }
            support += entry.getValue();
            previous = entry.getKey();
        }
        if (clusterStart >= 0 && support >= parameters.minColumnShare() * rowsWithText) {
            starts.add(clusterStart);
        }
        return starts;
    }

    private static int columnOf(PrepareParameters parameters, List<Integer> starts, int offset) {
        int column = 0;
        for (int c = 0; c < starts.size(); c++) {
            if (starts.get(c) <= offset + parameters.startTolerance()) {
                column = c;
            }
        }
        return column;
    }
}
