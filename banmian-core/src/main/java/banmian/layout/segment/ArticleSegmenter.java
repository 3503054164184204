package banmian.layout.segment;

import banmian.layout.line.Boundary;
import banmian.layout.line.Datelines;
import banmian.layout.line.Facts;
import banmian.layout.line.Flow;
import banmian.layout.line.LineRole;
import banmian.layout.line.Measures;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.Piece;
import banmian.layout.line.SegmentParameters;
import banmian.layout.line.Stage;
import banmian.layout.line.TextLine;
import banmian.text.Punctuation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts the ordered body flow into articles. A new article starts at a dateline, after a jump to
 * another page ({@code 下转}) or at a jump from one ({@code 上接}), where a new chain of text begins
 * next to a headline, byline or author note or after a column-wide display line, and where a
 * paragraph boundary coincides with a change of column width (articles are set in their own column
 * measure). A line ending in a colon never ends an article.
 */
public final class ArticleSegmenter {
    /** The flow cut into article bodies at datelines, jumps, separators, changes of measure and of owner. */
    public static final Stage STAGE = Stage.of("segments", Set.of(Facts.FLOW, Facts.LINES, Facts.JUMPS, Facts.FURNITURE_ROLES,
            Facts.CAPTION_ROLES, Facts.AUTHOR_ROLES, Facts.TITLE_ROLES, Facts.COLUMN_MEASURES), Set.of(Facts.PIECES),
            page -> page.put(Facts.PIECES, split(page, page.get(Facts.FLOW), page.lines())));

    private ArticleSegmenter() {
    }

    /** The flow cut into pieces (an analysis of {@code all} alone: for tests). */
    public static List<Piece> split(Flow flow, List<TextLine> all) {
        return split(PageAnalysis.ofLines(all, banmian.layout.line.DecisionLog.off()), flow, all);
    }

    static List<Piece> split(PageAnalysis page, Flow flow, List<TextLine> all) {
        SegmentParameters parameters = page.parameters().segment();
        Map<Integer, Integer> boxSizes = new HashMap<>();
        all.forEach(line -> boxSizes.merge(line.box, 1, Integer::sum));
        List<Piece> pieces = new ArrayList<>();
        List<TextLine> lines = flow.lines();
        int start = 0;
        Boundary startedBy = Boundary.NONE;
        for (int k = 1; k <= lines.size(); k++) {
            Boundary boundary = k < lines.size() ? boundaryAt(parameters, flow, all, boxSizes, k) : Boundary.NONE;
            if (boundary != Boundary.NONE && page.explaining()) {
                Boundary cut = boundary;
                TextLine first = lines.get(k);
                page.note("boundary-" + cut.name().toLowerCase().replace('_', '-'), () -> "a new article starts at line " + first.sources.get(0),
                        List.of(lines.get(k - 1), first), () -> describe(cut));
            }
            if (k == lines.size() || boundary != Boundary.NONE) {
                pieces.add(new Piece(lines.subList(start, k), flow.chainStarts().subList(start, k), startedBy, flow.owners().get(start)));
                start = k;
                startedBy = boundary;
            }
        }
        return pieces;
    }

    private static String describe(Boundary boundary) {
        return switch (boundary) {
            case JUMP_MARKER -> "a jump to or from another page lies between";
            case DATELINE -> "a dateline opens the line after a sentence's end or a chain of text";
            case SEPARATOR -> "a headline, byline or author note stands between two chains of text";
            case MEASURE_CHANGE -> "the column measure changes at a paragraph boundary";
            case OWNER_CHANGE -> "page geometry puts the text under another headline";
            case NONE -> "";
        };
    }

    static Boundary boundaryAt(SegmentParameters parameters, Flow flow, List<TextLine> all, Map<Integer, Integer> boxSizes, int k) {
        List<TextLine> lines = flow.lines();
        TextLine previous = lines.get(k - 1);
        TextLine line = lines.get(k);
        // A colon or semicolon may close a line, even a paragraph, but never an article.
        boolean previousEnded = Punctuation.endsSentence(previous.raw) && !endsWithAnnouncingMark(previous.raw);
        if (previous.continuedTo() != null || line.continuedFrom() != null) {
            return Boundary.JUMP_MARKER;
        }
        int owner = flow.owners().get(k);
        if (owner != flow.owners().get(k - 1)) {
            return Boundary.OWNER_CHANGE;
        }
        String after = k + 1 < lines.size() ? lines.get(k + 1).raw : "";
        if ((previousEnded || flow.chainStarts().get(k)) && Datelines.startsWithDateline(line.raw, after)) {
            // Also under one headline: a column of briefs under a section head, each with its dateline. A dateline
            // never runs on from a sentence, so one opening a chain starts an article whatever the line before
            // it (a caption, a label) left open.
            return Boundary.DATELINE;
        }
        if (owner >= 0) {
            // Geometry has put the text under its headline; the wording cues below guess at that.
            return Boundary.NONE;
        }
        if (flow.chainStarts().get(k) && (separatorBetween(all, previous, line) || isDisplayLineBetweenArticles(lines, k))) {
            return Boundary.SEPARATOR;
        }
        boolean paragraphBoundary = previousEnded && (!previous.isFull() || flow.chainStarts().get(k));
        if (paragraphBoundary && line.role() == LineRole.BODY && (widthJumps(parameters, lines, k)
                || boxMeasureChanges(parameters, boxSizes, previous, line))) {
            return Boundary.MEASURE_CHANGE;
        }
        return Boundary.NONE;
    }

    /**
     * A line taken for a section heading that fills its column, after a paragraph's end and before
     * text that does not run on from it, heads no section: it is a kicker or headline the extractor
     * left between two articles (section headings are set short of the measure, over their text).
     */
    private static boolean isDisplayLineBetweenArticles(List<TextLine> lines, int k) {
        TextLine heading = lines.get(k - 1);
        return heading.role() == LineRole.HEADING && heading.isFull() && k >= 2 && Punctuation.endsSentence(lines.get(k - 2).raw);
    }

    private static boolean endsWithAnnouncingMark(String raw) {
        String text = raw.strip();
        return !text.isEmpty() && Punctuation.ANNOUNCING_MARKS.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /**
     * Two text blocks of some length set to measures a character and a half apart meet at a
     * paragraph boundary: the extractor went from one article's columns to another's. Short boxes (a
     * heading set over a few narrow lines, a pull quote) say too little about their measure.
     */
    private static boolean boxMeasureChanges(SegmentParameters parameters, Map<Integer, Integer> boxSizes, TextLine previous, TextLine next) {
        return previous.box != next.box && Math.abs(previous.columnWidth() - next.columnWidth()) >= parameters.boxMeasureChange()
                && boxSizes.get(previous.box) >= parameters.minMeasuredBoxLines() && boxSizes.get(next.box) >= parameters.minMeasuredBoxLines();
    }

    /** A headline, byline, author note or column label stands right after {@code previous} or right before {@code next}. */
    private static boolean separatorBetween(List<TextLine> all, TextLine previous, TextLine next) {
        return hasSeparator(all, previous.position + 1, +1) || hasSeparator(all, next.position - 1, -1);
    }

    private static boolean hasSeparator(List<TextLine> all, int from, int direction) {
        for (int i = from; i >= 0 && i < all.size(); i += direction) {
            TextLine line = all.get(i);
            if (line.role().isBodyFlow()) {
                return false;
            }
            if (line.separatesArticles()) {
                return true;
            }
        }
        return false;
    }

    /** The column measure before position {@code k} of the flow differs from the one from {@code k} on. */
    private static boolean widthJumps(SegmentParameters parameters, List<TextLine> lines, int k) {
        int before = dominantWidth(parameters, lines, Math.max(0, k - parameters.widthSpan()), k);
        int after = dominantWidth(parameters, lines, k, Math.min(lines.size(), k + parameters.widthSpan()));
        return before > 0 && after > 0 && Math.abs(before - after) >= parameters.widthJump();
    }

    private static int dominantWidth(SegmentParameters parameters, List<TextLine> lines, int from, int to) {
        int best = -1;
        int bestCount = 0;
        for (int i = from; i < to; i++) {
            int width = lines.get(i).width;
            int count = 0;
            for (int j = from; j < to; j++) {
                if (Measures.same(lines.get(j).width, width, parameters.measureBucket())) {
                    count++;
                }
            }
            if (count > bestCount || count == bestCount && width > best) {
                best = width;
                bestCount = count;
            }
        }
        return bestCount >= parameters.minStableLines() ? best : -1;
    }
}
