package banmian.model;

import java.util.List;

/**
 * One article of a page. Title fields are blocks (null when absent) so their provenance survives;
 * {@code body} holds paragraphs and in-article headings in reading order. {@code enrichment} is
 * null until an enricher has read the article.
 */
public record Article(Block kicker, Block headline, Block subtitle, Block dateline, Block byline,
                      Block authorNote, List<Block> body, List<Caption> captions,
                      Integer continuedTo, Integer continuedFrom, Enrichment enrichment) {
    public Article {
        body = List.copyOf(body);
        captions = List.copyOf(captions);
    }

    public Article(Block kicker, Block headline, Block subtitle, Block dateline, Block byline,
                   Block authorNote, List<Block> body, List<Caption> captions,
                   Integer continuedTo, Integer continuedFrom) {
        this(kicker, headline, subtitle, dateline, byline, authorNote, body, captions, continuedTo, continuedFrom, null);
    }

    public Article withEnrichment(Enrichment added) {
        return new Article(kicker, headline, subtitle, dateline, byline, authorNote, body, captions,
                continuedTo, continuedFrom, added);
    }

    public String headlineText() {
        return headline == null ? null : headline.text();
    }

    /** All body text run together, the unit that articles are compared and matched on. */
    public String bodyText() {
        StringBuilder text = new StringBuilder();
        for (Block block : body) {
            text.append(block.text());
        }
        return text.toString();
    }
}
