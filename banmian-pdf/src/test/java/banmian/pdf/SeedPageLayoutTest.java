package banmian.pdf;

import banmian.eval.PageScore;
import banmian.eval.PageScorer;
import banmian.io.PageJson;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed page's articles (../shared/samples, the editor's gold) set by this test into a page PDF of
 * its own making: headline groups over three columns, indented paragraphs, the wire or local lead-in
 * opening the text, photos with their captions and credits, jump lines, rules between articles. The
 * PDF path must give the gold back. The layout is invented; the text is real newspaper text.
 */
@RealPages
class SeedPageLayoutTest {
    private static final float LEFT = 40;
    private static final float COLUMN = 160;
    private static final float GUTTER = 20;
    private static final float BODY = 10;
    private static final float LEADING = 15;
    private static final int PER_LINE = 16;
    private static final float HEADING_SIZE = 13;
    /** Marks a heading among the laid-out lines (never in newspaper text). */
    private static final String HEADING = "\u0000";

    @Test
    void seedArticlesComeBackFromAPdf() throws Exception {
        JsonNode gold = SharedCorpus.luliangGold();
        TestPdf pdf = new TestPdf(600, 3600);
        float y = 40;
        for (JsonNode article : gold.path("articles")) {
            y = layOut(pdf, article, y) + 30;
            pdf.rule(30, y - 15, 570, y - 15);
        }
        Page page = new PdfPageParser().parse(pdf.read(), PageMeta.UNKNOWN);
        PageScore score = PageScorer.score(gold, PageJson.toTree(page), true);
        assertEquals(4, score.articlesPaired(), score::report);
        assertEquals(1.0, score.fieldsExact(), score::report);
        assertEquals(1.0, score.captionsExact(), score::report);
        assertTrue(score.bodyF1() >= 0.995, score::report);
        assertTrue(score.paragraphF1() >= 0.95, score::report);
    }

    /** Sets one article from {@code top}; returns the bottom of what it set. */
    private static float layOut(TestPdf pdf, JsonNode article, float top) {
        float y = top;
        if (!article.path("kicker").isNull()) {
            y = centred(pdf, article.path("kicker").asText(), y, 14);
        }
        if (!article.path("headline").isNull()) {
            y = centred(pdf, article.path("headline").asText(), y, 24);
        }
        if (!article.path("subtitle").isNull()) {
            y = centred(pdf, article.path("subtitle").asText(), y, 14);
        }
        List<String> lines = new ArrayList<>();
        List<Boolean> indented = new ArrayList<>();
        boolean first = true;
        for (JsonNode block : article.path("body")) {
            String text = block.path("text").asText();
            if (block.path("type").asText().equals("heading")) {
                lines.add(HEADING + text);
                indented.add(false);
                continue;
            }
            if (first) {
                text = leadIn(article) + text;
                first = false;
            }
            wrap(text, lines, indented);
        }
        if (!article.path("continuedTo").isNull()) {
            lines.add("（下转" + article.path("continuedTo").asInt() + "版）");
            indented.add(false);
        }
        float columnTop = y + 10;
        float textTop = columnTop;
        for (JsonNode caption : article.path("captions")) {
            // A photo at the head of the first column, its caption and credit under it.
            pdf.image(LEFT, textTop, COLUMN, 90);
            textTop += 100;
            List<String> captionLines = new ArrayList<>();
            wrap(caption.path("text").asText(), captionLines, new ArrayList<>());
            for (String line : captionLines) {
                pdf.text(line.strip(), LEFT, textTop + 9, 9);
                textTop += 12;
            }
            pdf.text(caption.path("credit").asText(), LEFT + COLUMN - 9 * caption.path("credit").asText().length(), textTop + 9, 9);
            textTop += 20;
        }
        int perColumn = (int) Math.ceil((lines.size() + (textTop - columnTop) / LEADING) / 3.0);
        float bottom = columnTop;
        int at = 0;
        for (int column = 0; column < 3 && at < lines.size(); column++) {
            float x = LEFT + column * (COLUMN + GUTTER);
            float lineTop = column == 0 ? textTop : columnTop;
            int room = column == 0 ? perColumn - (int) ((textTop - columnTop) / LEADING) : perColumn;
            for (int k = 0; k < room && at < lines.size(); k++, at++) {
                String line = lines.get(at);
                if (line.startsWith(HEADING)) {
                    // An in-article heading: centred in the column, a size up, with space around it.
                    String heading = line.substring(HEADING.length());
                    lineTop += LEADING / 2;
                    pdf.text(heading, x + (COLUMN - heading.length() * HEADING_SIZE) / 2, lineTop + HEADING_SIZE, HEADING_SIZE);
                    lineTop += LEADING * 1.5f;
                    continue;
                }
                float indent = indented.get(at) ? 2 * BODY : 0;
                pdf.text(line.strip(), x + indent, lineTop + BODY, BODY);
                lineTop += LEADING;
            }
            bottom = Math.max(bottom, lineTop);
        }
        return bottom;
    }

    /** The dateline and reporters the paper prints at the head of the text. */
    private static String leadIn(JsonNode article) {
        String dateline = article.path("dateline").isNull() ? "" : article.path("dateline").asText();
        String byline = article.path("byline").isNull() ? "" : "（" + article.path("byline").asText() + "）";
        return dateline.isEmpty() && byline.isEmpty() ? "" : dateline + byline + (byline.isEmpty() ? " " : "");
    }

    /** A paragraph cut into column lines, its first line two characters in. */
    private static void wrap(String text, List<String> lines, List<Boolean> indented) {
        int at = 0;
        boolean first = true;
        while (at < text.length()) {
            int width = first ? PER_LINE - 2 : PER_LINE;
            int end = Math.min(text.length(), at + width);
            lines.add(text.substring(at, end));
            indented.add(first);
            first = false;
            at = end;
        }
    }

    private static float centred(TestPdf pdf, String text, float top, float size) {
        // A clause space prints as a gap of one em between the clauses.
        String[] clauses = text.split(" ");
        float width = (text.replace(" ", "").length() + clauses.length - 1) * size;
        float x = (600 - width) / 2;
        for (String clause : clauses) {
            pdf.text(clause, x, top + size, size);
            x += (clause.length() + 1) * size;
        }
        return top + size * 1.6f;
    }
}
