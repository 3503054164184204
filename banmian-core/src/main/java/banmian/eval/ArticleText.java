package banmian.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static banmian.eval.PythonWhitespace.squash;

/** The whitespace-free views of an article (FORMAT.md object) that the referee compares. */
final class ArticleText {
    /** Characters either side of a paragraph boundary that identify it ({@code para_keys(art, k=6)}). */
    private static final int BOUNDARY_CONTEXT = 6;

    /** A paragraph boundary: the end of one paragraph and the start of the next. */
    record ParagraphBoundary(String before, String after) {
    }

    private ArticleText() {
    }

    /** {@code body_text(art)}: all body blocks joined, whitespace removed. */
    static String body(JsonNode article) {
        StringBuilder text = new StringBuilder();
        for (JsonNode block : PythonJson.items(article, "body")) {
            text.append(squash(PythonJson.text(block, "text")));
        }
        return text.toString();
    }

    /** {@code para_keys(art)}: each boundary between consecutive non-empty blocks. */
    static Set<ParagraphBoundary> paragraphBoundaries(JsonNode article) {
        // Emptiness is judged before squashing, as in the referee: a whitespace-only block still makes a boundary.
        List<String> texts = PythonJson.items(article, "body").stream()
                .map(block -> PythonJson.text(block, "text"))
                .filter(text -> !text.isEmpty())
                .map(PythonWhitespace::squash)
                .toList();
        Set<ParagraphBoundary> boundaries = new HashSet<>();
        for (int i = 0; i + 1 < texts.size(); i++) {
            boundaries.add(new ParagraphBoundary(
                    lastCodePoints(texts.get(i), BOUNDARY_CONTEXT), firstCodePoints(texts.get(i + 1), BOUNDARY_CONTEXT)));
        }
        return boundaries;
    }

    /** {@code bigrams(s)}: the distinct pairs of adjacent code points, each packed into one long. */
    static Set<Long> bigrams(String text) {
        int[] codePoints = text.codePoints().toArray();
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i + 1 < codePoints.length; i++) {
            pairs.add(((long) codePoints[i] << Integer.SIZE) | codePoints[i + 1]);
        }
        return pairs;
    }

    /** Kicker, headline and subtitle run together, whitespace removed: scraped truth splits them inconsistently. */
    static String titleBlock(JsonNode article) {
        return squash(PythonJson.text(article, "kicker") + PythonJson.text(article, "headline")
                + PythonJson.text(article, "subtitle"));
    }

    /** What the report calls an article: its headline, else its truth file, else the start of its body. */
    static String label(JsonNode article) {
        for (String field : List.of("headline", "_file")) {
            String text = PythonJson.text(article, field);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return firstCodePoints(body(article), 12);
    }

    /** {@code s[:n]} in code points. */
    static String firstCodePoints(String text, int count) {
        return text.substring(0, text.offsetByCodePoints(0, Math.min(count, text.codePointCount(0, text.length()))));
    }

    /** {@code s[-n:]} in code points. */
    static String lastCodePoints(String text, int count) {
        int length = text.codePointCount(0, text.length());
        return text.substring(text.offsetByCodePoints(0, Math.max(0, length - count)));
    }
}
