package banmian.layout.line;



/**
 * The tuned values of the segment family: where {@link ArticleSegmenter} cuts the flow into
 * articles, how {@link FragmentMerger} folds stray pieces back ({@link LanguageModel} scoring
 * them). {@link #DEFAULTS} holds the values the text path runs with; a test or benchmark gives others
 * through {@link banmian.layout.line.LayoutParameters}. Widths are in quarter ems. Where a value is
 * said to do the same over a range, {@code ParameterPlateauTest} sweeps it.
 *
 * @param widthJump quarter ems between the dominant widths before and after a paragraph boundary in the flow that make a change of measure (8: two characters)
 * @param widthSpan lines on either side of the boundary whose dominant width is compared (4: tuned on the development pages)
 * @param measureBucket quarter ems within which lines share a measure when the dominant width of a span is counted (3: pdfminer's widths wobble with punctuation; a span has too few lines for the tighter {@link banmian.layout.line.Measures#BUCKET})
 * @param minStableLines lines of a span that must share its dominant width for it to count (3: most of {@code widthSpan})
 * @param boxMeasureChange quarter ems between two text blocks' column measures that part two articles' columns (6: a character and a half)
 * @param minMeasuredBoxLines lines each of two text blocks needs before a change of their measures counts (6: a heading over a few narrow lines or a pull quote says too little about its measure)
 * @param minAffinity language-model log-likelihood ratio per bigram a stray piece needs with an article to join it (0: it must read more like the article than like the page)
 * @param precedingPieceBonus added to a stray piece's affinity with the piece just before it in reading order when nothing but a change of measure parted them (1.0: same-topic pages put a piece's affinity to its own article between -1 and 0; on the development pages any value from 0.8 to 1.2 does the same, 1.5 joins another article's section to its neighbour)
 * @param parallelHeadingBonus added when a section heading of the piece opens, ends or is patterned the way one of the article's does (2.0: parallel headings say more than wording where every article on the page discusses one theme; on the development pages any value from 1 to 10 does the same, 0.5 scores a page lower)
 * @param parallelPrefix characters two section headings share at their start to be parallel (4: {@code 新时代的价值追求} / {@code 新时代的战略安排})
 * @param parallelSuffix characters two section headings share at their end to be parallel (4: {@code ……准确把握社会主要矛盾的变化})
 * @param minRunIn characters at least of a paragraph's opening sentence taken for a section heading run into it (6: tuned on the development pages)
 * @param maxRunIn characters at most of such a sentence (30: as long as a heading line may run, see {@code TagParameters.maxHeadingChars})
 * @param minLeadIn characters at least before a heading's colon for the lead-in to be a pattern (3: {@code 一是：} is none)
 * @param prior Dirichlet prior mass of the pieces' language models: how many bigrams of page background each borrows (50: tuned on the development pages; unlike a share of shared bigrams, the smoothed model does not favour the longest piece)
 */
public record SegmentParameters(int widthJump, int widthSpan, int measureBucket, int minStableLines, int boxMeasureChange,
                                int minMeasuredBoxLines, double minAffinity, double precedingPieceBonus, double parallelHeadingBonus,
                                int parallelPrefix, int parallelSuffix, int minRunIn, int maxRunIn, int minLeadIn, double prior) {

    /** The values the text path runs with. */
    public static final SegmentParameters DEFAULTS = new SegmentParameters(
            8,      // widthJump
            4,      // widthSpan
            3,      // measureBucket
            3,      // minStableLines
            6,      // boxMeasureChange
            6,      // minMeasuredBoxLines
            0.0,    // minAffinity
            1.0,    // precedingPieceBonus
            2.0,    // parallelHeadingBonus
            4,      // parallelPrefix
            4,      // parallelSuffix
            6,      // minRunIn
            30,     // maxRunIn
            3,      // minLeadIn
            50.0);  // prior
}
