package banmian.layout.line;



/**
 * The tuned values of the prepare family: how {@link Dialects} tells an extractor's habits, how
 * {@link LayoutColumns} and {@link JoinedColumns} deal side-by-side columns apart, and how
 * {@link LinePreparer} glues broken lines back. {@link JoinedColumns} deals each row's segments to
 * column streams by the best sum of the scores below. {@link #DEFAULTS} holds the values the text
 * path runs with; a test or benchmark gives others through {@link banmian.layout.line.LayoutParameters}.
 * Widths are in quarter ems.
 *
 * @param minLinesToJudge lines a page needs before an extractor's habit is judged from it: lines cut after every comma ({@link LinePreparer}, counting lines with text), no blank lines between blocks ({@link Dialects}, counting every line) (20)
 * @param maxBlankShareWithoutBlocks share of blank lines at most of an extractor that parts no blocks, PDFBox's stripper (0.01)
 * @param minSideBySideShare share of the rows with text that must hold two columns or more side by side for the text to be taken for a dialect that sets them so: {@code pdftotext -layout} (rows with a wide gap, rows at shared column starts) or rows joined by one space (0.3)
 * @param minColumnShare share of the rows with text that must start a segment at an offset for it to be a column start of layout output (0.08)
 * @param startTolerance characters (not quarter ems: layout output pads with spaces) within which segment starts are one column start (3)
 * @param minSegmentHan Han characters at least of a joined row's segment that is a column's line, not a letter-spaced word (4)
 * @param minOpenLineHan Han characters at least of a column's first line, ending no sentence, that leaves the column open (8)
 * @param joinedWidthTolerance quarter ems a column's lines may run past its widest line so far, and within which a segment is as wide as a column (6: a character and a half)
 * @param narrowSegment quarter ems at most of a vertical title's characters (8: two characters)
 * @param maxPause rows with text after which a column stream not continued is closed (2)
 * @param maxOpenPause the same for a column that left a sentence open (6)
 * @param maxDisplayHan Han characters at most of a line of display type, a title or a heading, on a row of its own (24)
 * @param indentWidth quarter ems a paragraph's first line falls short of the measure: the indent (8: two characters)
 * @param openContinuation score of continuing a column whose last line left its sentence open with a pair of characters the page uses (2.0)
 * @param maxPairEvidence score at most added for how much more than chance (PMI) the page uses the pair the join makes (3.0)
 * @param unseenPair score of a join making a pair of characters the page never uses (-1.0)
 * @param shortContinuation score of continuing a column mid-paragraph with a line short of the measure that ends no sentence (-1.0)
 * @param indentedStart score of an indented line after a paragraph's end (1.0)...
 * @param fullStart ...against a full one there (-0.5)
 * @param openSkip score of a row passing by a column left mid-sentence (-3.0)
 * @param closedSkip score of a row passing by a column at a paragraph's end (-0.2)
 * @param newStream score of a segment that continues no column (-3.0)
 * @param rawFragmentShare share of the lines with text at least ending in a clause break for the text to be cut after every comma ({@code pdftotext -raw}) (0.25)
 * @param splitTolerance quarter ems within which two lines split at a justification gap add up to their box's measure (3: most of a character)
 * @param minMeasuredBox lines at least of a box whose measure is known well enough to join split lines in it (4)
 */
public record PrepareParameters(int minLinesToJudge, double maxBlankShareWithoutBlocks, double minSideBySideShare, double minColumnShare,
                                int startTolerance, int minSegmentHan, int minOpenLineHan, int joinedWidthTolerance, int narrowSegment,
                                int maxPause, int maxOpenPause, int maxDisplayHan, int indentWidth, double openContinuation,
                                double maxPairEvidence, double unseenPair, double shortContinuation, double indentedStart,
                                double fullStart, double openSkip, double closedSkip, double newStream, double rawFragmentShare,
                                int splitTolerance, int minMeasuredBox) {

    /** The values the text path runs with. */
    public static final PrepareParameters DEFAULTS = new PrepareParameters(
            20,     // minLinesToJudge
            0.01,   // maxBlankShareWithoutBlocks
            0.3,    // minSideBySideShare
            0.08,   // minColumnShare
            3,      // startTolerance
            4,      // minSegmentHan
            8,      // minOpenLineHan
            6,      // joinedWidthTolerance
            8,      // narrowSegment
            2,      // maxPause
            6,      // maxOpenPause
            24,     // maxDisplayHan
            8,      // indentWidth
            2.0,    // openContinuation
            3.0,    // maxPairEvidence
            -1.0,   // unseenPair
            -1.0,   // shortContinuation
            1.0,    // indentedStart
            -0.5,   // fullStart
            -3.0,   // openSkip
            -0.2,   // closedSkip
            -3.0,   // newStream
            0.25,   // rawFragmentShare
            3,      // splitTolerance
            4);     // minMeasuredBox
}
