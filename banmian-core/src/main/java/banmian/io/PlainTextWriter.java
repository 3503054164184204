package banmian.io;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Caption;
import banmian.model.Page;

/**
 * A page as plain text, typeset the way Chinese papers are: title lines flush left, each paragraph on
 * one line indented by two ideographic spaces, in-article headings flush left, a blank line between
 * articles. Blocks the parser could not place come last under their own title.
 */
public final class PlainTextWriter {
    private static final String INDENT = "　　";

    private PlainTextWriter() {
    }

    public static String write(Page page) {
        StringBuilder out = new StringBuilder();
        String header = PageText.header(page.meta());
        if (header != null) {
            out.append(header).append('\n');
        }
        for (Article article : page.articles()) {
            separate(out);
            article(out, article);
        }
        if (!page.unassigned().isEmpty()) {
            separate(out);
            out.append(PageText.UNASSIGNED_TITLE).append('\n');
            for (Block block : page.unassigned()) {
                out.append('【').append(PageText.label(block.type())).append('】').append(block.text()).append('\n');
            }
        }
        return out.toString();
    }

    private static void article(StringBuilder out, Article article) {
        line(out, "", article.kicker() == null ? null : article.kicker().text());
        line(out, "", PageText.text(article.headline()));
        line(out, "——", PageText.text(article.subtitle()));
        line(out, "", PageText.credits(article));
        if (article.continuedFrom() != null) {
            line(out, INDENT, PageText.continuedFrom(article.continuedFrom()));
        }
        for (Block block : article.body()) {
            line(out, block.type() == BlockType.HEADING ? "" : INDENT, block.text());
        }
        if (article.continuedTo() != null) {
            line(out, INDENT, PageText.continuedTo(article.continuedTo()));
        }
        line(out, INDENT, PageText.text(article.authorNote()));
        for (Caption caption : article.captions()) {
            line(out, "", PageText.caption(caption));
        }
        line(out, "", PageText.enrichment(article));
    }

    private static void line(StringBuilder out, String prefix, String text) {
        if (text != null) {
            out.append(prefix).append(text).append('\n');
        }
    }

    private static void separate(StringBuilder out) {
        if (!out.isEmpty()) {
            out.append('\n');
        }
    }
}
