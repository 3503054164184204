package banmian.layout;

import banmian.layout.assemble.ArticleAssembler;
import banmian.layout.assemble.CaptionGrouper;
import banmian.layout.line.Fact;
import banmian.layout.line.Stage;
import banmian.layout.line.TitleGroup;
import banmian.layout.line.TypeSizes;
import banmian.layout.order.ReadingOrder;
import banmian.layout.order.TitleOwnership;
import banmian.layout.prepare.ContinuationMarkers;
import banmian.layout.prepare.Dialects;
import banmian.layout.prepare.JoinedColumns;
import banmian.layout.prepare.LayoutColumns;
import banmian.layout.prepare.LinePreparer;
import banmian.layout.segment.ArticleSegmenter;
import banmian.layout.tag.AuthorTagger;
import banmian.layout.tag.CaptionTagger;
import banmian.layout.tag.ColumnWidths;
import banmian.layout.tag.DisplayTypeTagger;
import banmian.layout.tag.PageFurniture;
import banmian.layout.tag.PlacedFurniture;
import banmian.layout.tag.LearnedHeadlines;
import banmian.layout.tag.TitleTagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text path's stages, in order, for each kind of input: the one place the pipeline is composed
 * (each stage declares what it reads and writes where it is defined). A text layer and a laid-out
 * page PDF share most stages; where they differ, the variant is chosen here.
 */
public final class Pipelines {

    /** Putting articles together, the first stages the same for every input: headlines placed, fragments merged. */
    private static final List<Stage> PLACING_HEADLINES = List.of(
            ArticleAssembler.PROMOTE_BODILESS_HEADINGS,
            TitleGroup.STAGE.named("title-groups-final"),
            CaptionGrouper.STAGE,
            ArticleAssembler.PLACE_TITLES,
            ArticleAssembler.MERGE_FRAGMENTS,
            ArticleAssembler.PLACE_TITLES_ON_MERGED);

    /** Putting articles together from a text layer. */
    public static final List<Stage> ASSEMBLY = concat(PLACING_HEADLINES, List.of(
            ArticleAssembler.PART_TITLE_RUNS,
            ArticleAssembler.PLACE_TITLES_ON_PARTED,
            ArticleAssembler.PLACE_AUTHOR_LINES,
            ArticleAssembler.PLACE_CAPTIONS,
            ArticleAssembler.PLACE_JUMPS,
            ArticleAssembler.BUILD_PAGE));

    /**
     * Putting articles together on a laid-out page: bylines and captions placed by where they sit
     * too; no run of headlines to part (geometry groups title lines only where they are set together).
     */
    public static final List<Stage> PLACED_ASSEMBLY = concat(PLACING_HEADLINES, List.of(
            ArticleAssembler.PLACE_AUTHOR_LINES_BY_PLACE,
            ArticleAssembler.PLACE_CAPTIONS_BY_PLACE,
            ArticleAssembler.PLACE_JUMPS,
            ArticleAssembler.BUILD_PAGE));

    /** An extractor's text layer: nothing known but the text and its line and box breaks. */
    public static final List<Stage> TEXT = concat(List.of(
            Dialects.STAGE,
            LayoutColumns.STAGE,
            JoinedColumns.STAGE,
            LinePreparer.FROM_TEXT,
            ContinuationMarkers.STAGE,
            PageFurniture.STAGE,
            ColumnWidths.PAGE_MEASURE,
            CaptionTagger.BY_WORDING,
            AuthorTagger.BY_WORDING,
            ColumnWidths.BY_WIDTH,
            TitleTagger.BY_WORDING,
            LearnedHeadlines.STAGE,
            ReadingOrder.BY_WORDING,
            ArticleSegmenter.STAGE), ASSEMBLY);

    /** A page PDF laid out into lines with geometry, in reading order, with its rules and images. */
    public static final List<Stage> LAID_OUT_PAGE = concat(List.of(
            Dialects.STAGE,
            LinePreparer.FROM_LAID_OUT_PAGE,
            ContinuationMarkers.STAGE,
            PageFurniture.STAGE,
            TypeSizes.STAGE,
            PlacedFurniture.STAGE,
            ColumnWidths.PAGE_MEASURE,
            CaptionTagger.BY_WORDING_AND_PICTURES,
            AuthorTagger.BY_WORDING_AND_PLACE,
            ColumnWidths.BY_WIDTH_AND_PLACE,
            DisplayTypeTagger.BY_SIZE,
            TitleGroup.STAGE,
            TitleOwnership.STAGE,
            ReadingOrder.BY_OWNERSHIP,
            ArticleSegmenter.STAGE), PLACED_ASSEMBLY);

    private Pipelines() {
    }

    /** The stages of {@code pipeline} up to and including the one named {@code last}. */
    public static List<Stage> upTo(List<Stage> pipeline, String last) {
        for (int i = 0; i < pipeline.size(); i++) {
            if (pipeline.get(i).name().equals(last)) {
                return pipeline.subList(0, i + 1);
            }
        }
        throw new IllegalArgumentException("no stage " + last + " in " + pipeline);
    }

    /**
     * The stages of {@code pipeline} as a Markdown table (stage, reads, writes, condition): the table
     * docs/text-path.md shows, checked against the code by a test.
     */
    public static String describe(List<Stage> pipeline) {
        StringBuilder table = new StringBuilder("| stage | reads | writes | runs when |\n| --- | --- | --- | --- |\n");
        for (Stage stage : pipeline) {
            table.append("| `").append(stage.name()).append("` | ").append(names(stage.reads())).append(" | ")
                    .append(names(stage.writes())).append(" | ").append(stage.condition() == null ? "always" : stage.condition())
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String names(Set<Fact<?>> facts) {
        return facts.stream().map(fact -> fact.name()).sorted().map(name -> "`" + name + "`")
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static List<Stage> concat(List<Stage> first, List<Stage> second) {
        List<Stage> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
