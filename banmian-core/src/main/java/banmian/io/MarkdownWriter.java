package banmian.io;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Caption;
import banmian.model.Page;

import java.util.regex.Pattern;

/**
 * A page as Markdown that reads like the page: a header line, then per article the kicker as a small
 * italic line, {@code # headline}, {@code ## ——subtitle}, the dateline and byline, paragraphs,
 * {@code ###} in-article headings, captions as quotes, continuation notes and, for an enriched article,
 * a small line of its people, places, organisations and keywords. Blocks the parser could
 * not place come last under their own heading.
 */
public final class MarkdownWriter {
    /** Characters that Markdown would read as a heading, quote, list item, rule or table at a line start. */
    private static final Pattern BLOCK_MARKER = Pattern.compile("^[#>+\\-=|]");
    /** {@code 1.} or {@code 1)} at a line start is an ordered list; the escape goes before the dot. */
    private static final Pattern ORDERED_LIST = Pattern.compile("^(\\d+)([.)])");
    /** Emphasis, code, link and HTML markers, and the backslash itself, anywhere in a line. */
    private static final Pattern INLINE_MARKUP = Pattern.compile("([\\\\*_`\\[\\]<])");

    private MarkdownWriter() {
    }

    public static String write(Page page) {
        StringBuilder out = new StringBuilder();
        String header = PageText.header(page.meta());
        if (header != null) {
            paragraph(out, "**" + escapeInline(header) + "**");
        }
        for (Article article : page.articles()) {
            article(out, article);
        }
        if (!page.unassigned().isEmpty()) {
            paragraph(out, "## " + PageText.UNASSIGNED_TITLE);
            for (Block block : page.unassigned()) {
                paragraph(out, "*" + PageText.label(block.type()) + "* " + escapeInline(block.text()));
            }
        }
        return out.toString();
    }

    private static void article(StringBuilder out, Article article) {
        if (article.kicker() != null) {
            paragraph(out, "*" + escapeInline(article.kicker().text()) + "*");
        }
        // Without a headline the article still needs a visible start, and inventing a title is worse.
        paragraph(out, article.headline() == null ? "* * *" : "# " + escapeInline(article.headline().text()));
        if (article.subtitle() != null) {
            paragraph(out, "## ——" + escapeInline(article.subtitle().text()));
        }
        String credits = PageText.credits(article);
        if (credits != null) {
            paragraph(out, "*" + escapeInline(credits) + "*");
        }
        if (article.continuedFrom() != null) {
            paragraph(out, PageText.continuedFrom(article.continuedFrom()));
        }
        for (Block block : article.body()) {
            paragraph(out, block.type() == BlockType.HEADING
                    ? "### " + escapeInline(block.text()) : escape(block.text()));
        }
        if (article.continuedTo() != null) {
            paragraph(out, PageText.continuedTo(article.continuedTo()));
        }
        if (article.authorNote() != null) {
            paragraph(out, escape(article.authorNote().text()));
        }
        for (Caption caption : article.captions()) {
            paragraph(out, "> " + escapeInline(PageText.caption(caption)));
        }
        String enrichment = PageText.enrichment(article);
        if (enrichment != null) {
            paragraph(out, "<sub>" + escapeInline(enrichment) + "</sub>");
        }
    }

    private static void paragraph(StringBuilder out, String text) {
        if (!out.isEmpty()) {
            out.append('\n');
        }
        out.append(text).append('\n');
    }

    /** Text that starts a line on its own: also guard against it turning into block markup. */
    private static String escape(String text) {
        // Leading spaces carry no meaning on the page, but four of them make a Markdown code block.
        String escaped = escapeInline(text).stripLeading();
        escaped = BLOCK_MARKER.matcher(escaped).replaceFirst("\\\\$0");
        return ORDERED_LIST.matcher(escaped).replaceFirst("$1\\\\$2");
    }

    /** Emphasis and code markers inside running text are the characters' own, not markup. */
    private static String escapeInline(String text) {
        return text == null ? "" : INLINE_MARKUP.matcher(text).replaceAll("\\\\$1");
    }
}
