package banmian.layout.line;



/**
 * The tuned values of the tag family: the stages that give lines their roles ({@link PageFurniture},
 * {@link CaptionTagger}, {@link AuthorTagger}, {@link TitleTagger} with {@link HeadlineEvidence},
 * {@link DisplayTypeTagger}) and {@link ColumnWidths}, which measures the columns they judge by.
 * {@link #DEFAULTS} holds the values the text path runs with; a test or benchmark gives others
 * through {@link banmian.layout.line.LayoutParameters}. Widths are in quarter ems, distances on the
 * page in type sizes (ems) or points.
 *
 * @param edgeLines lines from the top or bottom of a page's text within which running heads and masthead data stand (6)
 * @param furnitureBox lines at most of a box that holds running heads (3: they come alone or with the other head lines, never inside running text)
 * @param maxRunningHeadChars characters at most of a page number and section head (12)
 * @param maxCaptionLines lines at most of a block under or beside a picture taken for its caption (4)
 * @param maxSmallCaptionLines the same for a block set smaller than body type (10: the type tells such a caption from a column's start)
 * @param creditReachEms credit type sizes within which a line above or beside a photo credit belongs to its caption (1.5)
 * @param pictureReachEms type sizes within which a block under or beside a picture's foot is its caption (1.5)
 * @param pictureGapTolerance points a caption may overlap its picture's edge (2)
 * @param minPictureEms type sizes at least of a picture's height (3: smaller images are logos, bullets and rules drawn as pictures)
 * @param captionLineGapEms type sizes at most between two lines of one caption (0.8: caption lines follow at their leading; the text after a caption, or the next caption, stands at least a line's height apart)
 * @param sameSizeShare share of its type size within which a line is set in a caption's size (0.1: sizes read from glyph boxes vary by a few percent)
 * @param minCaptionShare share of its picture's width at least that a caption under it spans, when no credit ends it (0.6: a caption runs across its photo, the first column of text under a wide picture takes only its share)
 * @param maxBylineChars characters at most of a byline, with or without a role (30)
 * @param minRunningLine characters at least of a line above that makes it running text, not another name or a title (8)
 * @param maxNoteLines lines at most of an author's note {@code （作者为……）} (6)
 * @param minTextWidth quarter ems at least of a line of running text: narrower lines (under four characters) are fragments, a vertical name or a stray word, and count toward no column's measure (16)
 * @param minMeasuredBox lines at least of a box large enough to speak for its own column's measure (4)
 * @param maxMeasuredBox lines at most of such a box (60: a longer one is no column block; extractors without blank lines give one box per page)
 * @param neighbours lines before and after a line whose widths estimate its column's measure when its box cannot (6)
 * @param sameMeasure quarter ems within which two lines' column measures are one when a paragraph is told to end before or begin after a line (8: two characters; quotes and digits blur the count, and a heading is judged against text on both sides)
 * @param minNarrowHeadingLines lines at least of a heading set in a narrower measure over its section (2: one narrow line is a paragraph's end)
 * @param maxHeadingChars characters at most of an in-article heading (30)
 * @param headingSlack quarter ems a heading may run past three quarters of its column (2: half a character)
 * @param minTextBlock lines a box needs to be a text block when telling whether the extractor boxes text at all (3)
 * @param bylineReach lines within which a byline stands from its headline group or author note: evidence for a headline, and where the byline is placed (2)
 * @param maxBoldTitleLines lines at most of a box of bold body-size type read as a title or heading (3)
 */
public record TagParameters(int edgeLines, int furnitureBox, int maxRunningHeadChars, int maxCaptionLines, int maxSmallCaptionLines,
                            double creditReachEms, double pictureReachEms, double pictureGapTolerance, double minPictureEms,
                            double captionLineGapEms, double sameSizeShare, double minCaptionShare,
                            int maxBylineChars, int minRunningLine, int maxNoteLines, int minTextWidth, int minMeasuredBox,
                            int maxMeasuredBox, int neighbours, int sameMeasure, int minNarrowHeadingLines, int maxHeadingChars,
                            int headingSlack, int minTextBlock, int bylineReach, int maxBoldTitleLines) {

    /** The values the text path runs with. */
    public static final TagParameters DEFAULTS = new TagParameters(
            6,      // edgeLines
            3,      // furnitureBox
            12,     // maxRunningHeadChars
            4,      // maxCaptionLines
            10,     // maxSmallCaptionLines
            1.5,    // creditReachEms
            1.5,    // pictureReachEms
            2,      // pictureGapTolerance
            3,      // minPictureEms
            0.8,    // captionLineGapEms
            0.1,    // sameSizeShare
            0.6,    // minCaptionShare
            30,     // maxBylineChars
            8,      // minRunningLine
            6,      // maxNoteLines
            16,     // minTextWidth
            4,      // minMeasuredBox
            60,     // maxMeasuredBox
            6,      // neighbours
            8,      // sameMeasure
            2,      // minNarrowHeadingLines
            30,     // maxHeadingChars
            2,      // headingSlack
            3,      // minTextBlock
            2,      // bylineReach
            3);     // maxBoldTitleLines
}
