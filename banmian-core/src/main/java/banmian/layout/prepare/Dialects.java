package banmian.layout.prepare;

import banmian.layout.line.Dialect;
import banmian.layout.line.Facts;
import banmian.layout.line.PrepareParameters;
import banmian.layout.line.Stage;
import banmian.model.SourceLine;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Tells which {@link Dialect} a page's text is in: a small registry of recognisers tried in order,
 * the first that recognises the text naming it. The three that change what the first stages do
 * (layout columns, joined columns, lines cut after commas) are the stages' own tests; the others
 * go by what their extractors always do at the end of a page or between blocks.
 */
public final class Dialects {
    private record Recogniser(Dialect dialect, BiPredicate<List<SourceLine>, PrepareParameters> recognises) {
    }

    private static final List<Recogniser> REGISTRY = List.of(
            new Recogniser(Dialect.PDF_LAYOUT, (input, parameters) -> input.stream().anyMatch(line -> line.geometry() != null)),
            new Recogniser(Dialect.PDFTOTEXT_LAYOUT, LayoutColumns::isLayout),
            new Recogniser(Dialect.JOINED_COLUMNS, JoinedColumns::isJoinedText),
            new Recogniser(Dialect.PDFTOTEXT_RAW, (input, parameters) -> LinePreparer.isCutAtCommas(input, parameters)
                    || partsNoBlocks(input, parameters) && endsWithBareFormFeed(input)),
            // mutool ends a page with a form feed and a line break; poppler and pdfminer with the form feed
            // alone (pdftotext -raw right after the text, the others after a blank line); PDFBox with neither.
            new Recogniser(Dialect.MUTOOL, (input, parameters) -> endsWithFormFeedLine(input)),
            new Recogniser(Dialect.PDFBOX_STRIPPER, Dialects::partsNoBlocks));

    /** The dialect of the input, or the forced one; a page in none of the others is {@link Dialect#BOXES}. */
    public static final Stage STAGE = Stage.of("dialect", Set.of(Facts.INPUT, Facts.FORCED_DIALECT), Set.of(Facts.DIALECT), page -> {
        Dialect forced = page.get(Facts.FORCED_DIALECT);
        page.put(Facts.DIALECT, forced != null ? forced : detect(page.get(Facts.INPUT), page.parameters().prepare()));
    });

    private Dialects() {
    }

    /** The dialect of {@code input} under the default parameters. */
    public static Dialect detect(List<SourceLine> input) {
        return detect(input, PrepareParameters.DEFAULTS);
    }

    public static Dialect detect(List<SourceLine> input, PrepareParameters parameters) {
        for (Recogniser recogniser : REGISTRY) {
            if (recogniser.recognises().test(input, parameters)) {
                return recogniser.dialect();
            }
        }
        return Dialect.BOXES;
    }

    private static boolean endsWithFormFeedLine(List<SourceLine> input) {
        // Split at line breaks, a text ending "\f\n" gives a last line "\f" followed by an empty one.
        int last = input.size() - 1;
        while (last >= 0 && input.get(last).text().isEmpty()) {
            last--;
        }
        return last >= 0 && last < input.size() - 1 && input.get(last).text().equals("\f");
    }

    private static boolean endsWithBareFormFeed(List<SourceLine> input) {
        int last = input.size() - 1;
        return last >= 1 && input.get(last).text().equals("\f") && !input.get(last - 1).isBlank();
    }

    /** Blank lines under {@link PrepareParameters#maxBlankShareWithoutBlocks} of all lines: an extractor that parts no blocks (PDFBox's stripper). */
    private static boolean partsNoBlocks(List<SourceLine> input, PrepareParameters parameters) {
        long blank = input.stream().filter(SourceLine::isBlank).count();
        return input.size() >= parameters.minLinesToJudge() && blank <= parameters.maxBlankShareWithoutBlocks() * input.size() + 1;
    }
}
