package banmian.layout.assemble;

import banmian.layout.line.AssembleParameters;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.TextLine;
import banmian.layout.line.TitleGroup;

import java.util.ArrayList;
import java.util.List;

/**
 * Parts a run of display boxes that holds the headlines of several articles. Without geometry,
 * consecutive title lines make one group; but an extractor that lists display type by height
 * (poppler's default mode) puts the headlines of several articles one after another, each in a box
 * of its own ({@code 法治与德治何以相得益彰} / {@code “一国两制”是保持……} / {@code 为维护海权……}).
 * Once the groups are placed, a box of a run of three or more opens a group of its own when its
 * words clearly name an article that no other headline has taken and the boxes before it name
 * another. Two boxes (a kicker and its headline, which often speak of different parts of one text)
 * are never parted, nor is a kicker whose words name no article from its headline. How clearly is
 * the assemble family's ({@link AssembleParameters}).
 */
final class TitleGroupParting {
    private TitleGroupParting() {
    }

    /** {@code titleArticle}: for each group, the article it was placed on, or -1. */
    static List<TitleGroup> part(PageAnalysis page, List<TitleGroup> groups, List<String> articleBodies, int[] titleArticle) {
        AssembleParameters parameters = page.parameters().assemble();
        List<TitleGroup> result = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            TitleGroup group = groups.get(g);
            List<List<TextLine>> boxes = new ArrayList<>(TextLine.byBox(group.lines));
            if (boxes.size() < parameters.minRunBoxes()) {
                result.add(group);
                continue;
            }
            boolean[] titledElsewhere = new boolean[articleBodies.size()];
            for (int other = 0; other < groups.size(); other++) {
                if (other != g && titleArticle[other] >= 0) {
                    titledElsewhere[titleArticle[other]] = true;
                }
            }
            LexicalMatcher matcher = new LexicalMatcher(articleBodies, boxes.stream().map(TitleGroupParting::text).toList());
            List<TextLine> current = new ArrayList<>(boxes.get(0));
            int currentArticle = namedArticle(parameters, matcher, 0, articleBodies.size());
            for (int b = 1; b < boxes.size(); b++) {
                int article = namedArticle(parameters, matcher, b, articleBodies.size());
                // Only a part that itself names an article is parted from: a kicker naming none stays with its headline.
                boolean opens = article >= 0 && currentArticle >= 0 && article != currentArticle && !titledElsewhere[article]
                        && matcher.score(b, article) - matcher.score(b, currentArticle) >= parameters.minNamingMargin();
                if (opens) {
                    int box = b;
                    int named = article;
                    page.note("headline-run-parted", () -> "opens a headline group of its own", boxes.get(b),
                            () -> String.format("names article %d (score %.2f) apart from the boxes before it", named + 1, matcher.score(box, named)));
                    result.add(TitleGroup.of(current));
                    current = new ArrayList<>();
                }
                current.addAll(boxes.get(b));
                if (opens || currentArticle < 0) {
                    currentArticle = article;
                }
            }
            result.add(TitleGroup.of(current));
        }
        return result;
    }

    /** The article whose body holds most of the box's words, at least {@link AssembleParameters#minNamingScore} of them, or -1. */
    private static int namedArticle(AssembleParameters parameters, LexicalMatcher matcher, int query, int articles) {
        int best = -1;
        double bestScore = 0;
        for (int a = 0; a < articles; a++) {
            double score = matcher.score(query, a);
            if (score >= parameters.minNamingScore() && score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return best;
    }

    private static String text(List<TextLine> box) {
        StringBuilder text = new StringBuilder();
        box.forEach(line -> text.append(line.title()));
        return text.toString();
    }
}
