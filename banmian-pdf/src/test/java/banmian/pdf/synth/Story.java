package banmian.pdf.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One article as it is to be printed, and its truth: the fields FORMAT.md names. The typesetter fills
 * {@link #printed} with the paragraphs as far as they fit on the page, so the truth is what the page shows.
 */
final class Story {
    record Block(boolean heading, String text) {
    }

    record Caption(String text, String credit) {
    }

    String kicker;
    String headline;
    String subtitle;
    String dateline;
    String byline;
    /** The byline printed in brackets after the dateline (else on a line of its own under the headline). */
    boolean bylineInText;
    String authorNote;
    /** A column label (栏目) printed above the headline; not part of the article. */
    String label;
    final List<Block> blocks = new ArrayList<>();
    final List<Caption> captions = new ArrayList<>();
    Integer continuedTo;
    Integer continuedFrom;
    /** What was printed of {@link #blocks}, filled in by the layout. */
    final List<Block> printed = new ArrayList<>();
    boolean notePrinted;

    /** The lead-in printed before the first paragraph's text. */
    String leadIn() {
        StringBuilder lead = new StringBuilder();
        if (dateline != null) {
            lead.append(dateline);
        }
        if (byline != null && bylineInText) {
            lead.append('（').append(byline.replace(' ', '\u3000')).append('）');
        } else if (dateline != null) {
            lead.append('\u3000');
        }
        return lead.toString();
    }

    ObjectNode truth(ObjectMapper json) {
        ObjectNode article = json.createObjectNode();
        article.put("kicker", emptyToNull(kicker));
        article.put("headline", emptyToNull(headline));
        article.put("subtitle", emptyToNull(subtitle));
        article.put("dateline", dateline);
        article.put("byline", byline);
        if (authorNote != null && notePrinted) {
            article.put("authorNote", authorNote);
        }
        ArrayNode body = article.putArray("body");
        for (Block block : printed) {
            body.addObject().put("type", block.heading() ? "heading" : "paragraph").put("text", block.text());
        }
        ArrayNode captionArray = article.putArray("captions");
        for (Caption caption : captions) {
            captionArray.addObject().put("text", caption.text()).put("credit", caption.credit());
        }
        article.put("continuedTo", continuedTo);
        article.put("continuedFrom", continuedFrom);
        return article;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
