package banmian.layout.line;



/**
 * The tuned values of the order family: how {@link ReadingOrder} repairs an extractor's order by
 * wording ({@link JunctionEvidence} scoring the joins), and how {@link TitleOwnership} puts text
 * under its headline by geometry. {@link #DEFAULTS} holds the values the text path runs with; a test
 * or benchmark gives others through {@link banmian.layout.line.LayoutParameters}. Widths are in
 * quarter ems, distances on the page in type sizes (ems). Where a value is said to do the same over a
 * range, {@code ParameterPlateauTest} sweeps it.
 *
 * @param sameMeasure quarter ems within which two lines' column measures are one, so a sentence may run on from one into the other (4: one character; width estimates miss by about that where punctuation is squeezed or digits are set, and twice this bounds a near measure)
 * @param minBoxLines lines an extractor's box needs to count as a real text block whose boundary may cut a run (2: where an extractor emits every line as its own box, boxes say nothing about where it jumped)
 * @param maxMeasurelessLines lines at most of a box too short to have a measure of its own to compare (2: a paragraph's first line left alone at the foot of a column)
 * @param cohesionWeight weight of two runs' shared vocabulary (the share of the smaller run's bigrams the other uses, 0 to 1) in a join's score, beside the wording evidence (3.0: tuned on the development pages)
 * @param minCohesionBigrams bigrams below which a run is too short to say anything about its vocabulary: the share is taken of at least this many (30)
 * @param strongEvidence wording evidence (PMI plus trigram log counts) that outweighs the extractor's order on its own, as a strongly bound character pair (3.0; on the development pages any value from 0.5 to 4 does the same, 5 scores pages lower)
 * @param acrossMeasuresEvidence wording evidence a join needs between measures up to twice {@code sameMeasure} apart (6.0: a join whose words plainly run on may bridge width estimates that missed by a character)
 * @param naturalOrderBonus added to the join in the extractor's own order (4.0: the extractor's order is right far more often than not, so a rival join must read much better; on the development pages any value from 3 to 5 does the same, 2 and 6 score pages lower)
 * @param minEvidence wording evidence a join away from the extractor's order needs above (0.0: some support from the page's wording)
 * @param distancePenalty subtracted per run between the two of a join (0.001: of otherwise equal joins the nearer in the extractor's order wins, and nothing else changes)
 * @param reduplicationEvidence evidence of a join that completes an AABB word ({@code 松松垮|垮}) (8.0: as strong as a page-seen trigram on both sides of the join; the form is too rare for the page to repeat)
 * @param bylineReachEms type sizes of its headline within which a byline stands to be set against it (2.0)
 * @param besideReachEms type sizes of its own within which a headline beside text owns it (2.0)
 * @param columnGapEms body type sizes at most between two columns of one article (3.0)
 * @param sameRow share of the shorter column's height two columns side by side have in common (0.5)
 * @param levelTopsEms body type sizes within which the tops of two columns stand level, set from one top as one article's columns (1.5: within a line's leading)
 * @param headedTextReachEms type sizes of a section heading within which the text it heads starts under it (2.0: a heading stands over its text with at most a blank line between)
 */
public record OrderParameters(int sameMeasure, int minBoxLines, int maxMeasurelessLines, double cohesionWeight, int minCohesionBigrams,
                              double strongEvidence, double acrossMeasuresEvidence, double naturalOrderBonus, double minEvidence,
                              double distancePenalty, double reduplicationEvidence, double bylineReachEms, double besideReachEms,
                              double columnGapEms, double sameRow, double levelTopsEms, double headedTextReachEms) {

    /** The values the text path runs with. */
    public static final OrderParameters DEFAULTS = new OrderParameters(
            4,      // sameMeasure
            2,      // minBoxLines
            2,      // maxMeasurelessLines
            3.0,    // cohesionWeight
            30,     // minCohesionBigrams
            3.0,    // strongEvidence
            6.0,    // acrossMeasuresEvidence
            4.0,    // naturalOrderBonus
            0.0,    // minEvidence
            0.001,  // distancePenalty
            8.0,    // reduplicationEvidence
            2.0,    // bylineReachEms
            2.0,    // besideReachEms
            3.0,    // columnGapEms
            0.5,    // sameRow
            1.5,    // levelTopsEms
            2.0);   // headedTextReachEms
}
