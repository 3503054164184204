package banmian.layout.tag;

import banmian.layout.line.Dialect;
import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.Stage;
import banmian.layout.line.TextLine;
import banmian.learn.BoostedTrees;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Headline lines the wording rules missed, found by a model trained on synthetic pages' text layers
 * (laid out from real articles in the conventions of Chinese dailies, every line's role known from
 * the truth; {@code docs/learned-headlines.md} says how it is trained and what it scores). The rules
 * were written on pages of long articles and leave many short news items' headlines as text; the
 * model weighs the same evidence — shape, neighbours, datelines and bylines, whether the text on
 * either side reads as one article — with weights learnt from thousands of lines instead of chosen.
 * It only adds headline lines: every line is judged on the roles the rules gave, as in training.
 */
public final class LearnedHeadlines {
    /** The model file, beside this class in the jar. */
    static final String MODEL_RESOURCE = "headline-lines.model";

    /**
     * The extractors' dialects the model learned from (pdfminer's and poppler's boxes, poppler's -raw
     * lines). On others its features mean something else (PDFBox's stripper and mutool put a page in
     * one box or in content-stream blocks), so there it leaves the rules' roles as they are.
     */
    public static final Set<Dialect> DIALECTS = EnumSet.of(Dialect.BOXES, Dialect.PDFTOTEXT_RAW);

    public static final Stage STAGE = Stage.of("learned-headlines", Set.of(Facts.DIALECT, Facts.LINES, Facts.TITLE_ROLES, Facts.AUTHOR_ROLES,
            Facts.CAPTION_ROLES, Facts.FURNITURE_ROLES, Facts.COLUMN_MEASURES, Facts.PAGE_MEASURE, Facts.JUMPS), Set.of(Facts.TITLE_ROLES),
            LearnedHeadlines::tag);

    private LearnedHeadlines() {
    }

    private static final class Holder {
        static final BoostedTrees MODEL = load();

        private static BoostedTrees load() {
            try (InputStream in = LearnedHeadlines.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the headline-line model " + MODEL_RESOURCE + " is missing from the jar");
                }
                return BoostedTrees.read(in, HeadlineLineFeatures.NAMES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void tag(PageAnalysis page) {
        if (!DIALECTS.contains(page.get(Facts.DIALECT))) {
            return;
        }
        List<TextLine> lines = page.lines();
        int pageColumn = page.get(Facts.PAGE_MEASURE);
        // Judged all at once on the rules' roles, as the model was trained, before any is changed; the
        // rules' own headline lines are candidates in training (they shape the model) but never changed.
        HeadlineLineFeatures.PageContext context = HeadlineLineFeatures.PageContext.of(lines);
        List<TextLine> promoted = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.role() != LineRole.TITLE && isCandidate(lines, line)) {
                double p = Holder.MODEL.probability(HeadlineLineFeatures.of(lines, line.position, pageColumn, context));
                if (p >= Holder.MODEL.threshold()) {
                    promoted.add(line);
                    probabilities.add(p);
                }
            }
        }
        for (int i = 0; i < promoted.size(); i++) {
            double p = probabilities.get(i);
            page.assign(promoted.get(i), LineRole.TITLE, "learned-headline-line",
                    () -> String.format(Locale.ROOT, "p=%.2f, the model's threshold %.2f", p, Holder.MODEL.threshold()));
        }
    }

    /**
     * Lines whose role is still open between text, heading and headline, and that are shaped like a
     * title (no clause or sentence punctuation), or like a kicker: ending in a dash that points on to
     * a headline, a title-shaped line right after it. A line with a comma in it is a headline too
     * rarely for a model to find it among the lines of text that have one; a line ending in a dash
     * before a line of text is a sentence going on ({@code 个好消息传来——} / {@code 2月23日，……}). A line
     * with a jump ({@code （上接第1版）……}) is text going on from or to another page.
     */
    public static boolean isCandidate(List<TextLine> lines, TextLine line) {
        boolean open = (line.role() == LineRole.BODY || line.role() == LineRole.HEADING || line.role() == LineRole.TITLE)
                && line.continuedFrom() == null && line.continuedTo() == null;
        return open && (line.couldBeTitle() || line.vertical || pointsOnToATitle(lines, line));
    }

    private static boolean pointsOnToATitle(List<TextLine> lines, TextLine line) {
        int next = line.position + 1;
        return line.endsWithDash() && next < lines.size()
                && (lines.get(next).couldBeTitle() || lines.get(next).role() == LineRole.TITLE);
    }
}
