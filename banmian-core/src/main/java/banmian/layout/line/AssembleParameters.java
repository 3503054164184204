package banmian.layout.line;



/**
 * The tuned values of the assemble family: how {@link ArticleAssembler} places headline groups and
 * captions on the article bodies, and when {@link TitleGroupParting} parts a run of several
 * articles' headlines. Scores are shares of IDF-weighted bigrams ({@link LexicalMatcher}, 0 to 1)
 * plus bonuses for where a block sat. {@link #DEFAULTS} holds the values the text path runs with; a
 * test or benchmark gives others through {@link banmian.layout.line.LayoutParameters}.
 *
 * @param titleThreshold score a headline group needs with an article to be placed on it by score (0.2: headlines are often worded apart from their text; one left over still goes to an untitled article beside it)
 * @param captionThreshold score a caption needs with an article to be placed on it; below it a caption goes to the article before it (0.25)
 * @param startsAfterBonus added when the article's body starts right after the headline group (0.2: a headline stands above its text)
 * @param followedByBonus added when the body after the headline group is the article's, though not its start (0.15: the extractor's order may jump into the article's middle)
 * @param endsBeforeBonus added when the article's body ends right before the headline group (0.1)
 * @param ownerBonus added when page geometry put the body under the headline (1.0: outweighs any wording)
 * @param placedCaptionBonus added when page geometry puts the caption in the article's place (0.3: strong, but a caption that names another article's subject, a photo above the next headline, may still go there)
 * @param minRunBoxes display boxes a run of title lines needs before it may be parted (3: a kicker and its headline, two boxes that often speak of different parts of one text, are never parted)
 * @param minNamingScore share of a box's weighted bigrams found in an article for the box to name it (0.5)
 * @param minNamingMargin how much more of them than in the article the boxes before it name (0.2)
 */
public record AssembleParameters(double titleThreshold, double captionThreshold, double startsAfterBonus, double followedByBonus,
                                 double endsBeforeBonus, double ownerBonus, double placedCaptionBonus, int minRunBoxes,
                                 double minNamingScore, double minNamingMargin) {

    /** The values the text path runs with. */
    public static final AssembleParameters DEFAULTS = new AssembleParameters(
            0.2,    // titleThreshold
            0.25,   // captionThreshold
            0.2,    // startsAfterBonus
            0.15,   // followedByBonus
            0.1,    // endsBeforeBonus
            1.0,    // ownerBonus
            0.3,    // placedCaptionBonus
            3,      // minRunBoxes
            0.5,    // minNamingScore
            0.2);   // minNamingMargin
}
