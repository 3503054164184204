package banmian.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static banmian.eval.PythonWhitespace.squash;

/** The referee's per-field verdicts for one truth article and its paired prediction. */
final class ArticleFields {
    private static final List<String> FIELDS = List.of("kicker", "headline", "subtitle", "dateline", "byline");
    /** Scraped truth joins these inconsistently, so they are judged together as the title block. */
    private static final Set<String> TITLE_FIELDS = Set.of("kicker", "headline", "subtitle");

    private ArticleFields() {
    }

    /**
     * Field name to whether the prediction has it right, in the referee's order. Only fields present in the truth
     * are judged. With scraped truth ({@code paragraphs == false}) the byline is judged by names and the title
     * fields as one block, reported as "title".
     */
    static Map<String, Boolean> judge(JsonNode truth, JsonNode pred, boolean paragraphs) {
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (!truth.has(field) || (!paragraphs && TITLE_FIELDS.contains(field))) {
                continue;
            }
            boolean scrapedByline = !paragraphs && field.equals("byline");
            verdicts.put(field, scrapedByline ? bylineNamesFound(truth, pred)
                    : squash(PythonJson.text(truth, field)).equals(squash(PythonJson.text(pred, field))));
        }
        if (!paragraphs) {
            verdicts.put("title", ArticleText.titleBlock(truth).equals(ArticleText.titleBlock(pred)));
        }
        return verdicts;
    }

    /**
     * Scraped truth has only names: each must appear in the predicted byline or author note. The referee splits the
     * squashed byline, which has no whitespace left, so the whole squashed byline is the one "name" to find. A truth
     * without a byline wants none predicted.
     */
    private static boolean bylineNamesFound(JsonNode truth, JsonNode pred) {
        String truthByline = PythonJson.text(truth, "byline");
        if (truthByline.isEmpty()) {
            return !PythonJson.isTruthy(pred.get("byline"));
        }
        String names = squash(truthByline);
        String predicted = squash(PythonJson.text(pred, "byline")) + squash(PythonJson.text(pred, "authorNote"));
        return names.isEmpty() || predicted.contains(names);
    }
}
