package banmian.archive.export;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.Caption;
import banmian.model.Geometry;
import banmian.model.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A page's text as the export writes it: one block per title field, paragraph, heading, caption and
 * unassigned block, in the page's reading order (each article's title fields, body and captions, then
 * what belongs to no article), each with the id its ALTO {@code TextBlock} carries and METS points at.
 * Ids are {@code P7_A2_B3} (page 7, article 2, its third block) and {@code P7_U1} (the page's first
 * unassigned block): stable for a stored page, and unique across an issue.
 */
final class PageBlocks {
    /** The article title fields in FORMAT.md's order. */
    private static final List<Function<Article, Block>> TITLE_FIELDS = List.of(Article::kicker, Article::headline,
            Article::subtitle, Article::dateline, Article::byline, Article::authorNote);
    static final String CAPTION_ROLE = "caption";

    /**
     * One block: {@code article} is its article's place on the page (from 0), -1 for an unassigned
     * block; {@code role} the block type's JSON name ({@code headline}, {@code authorNote}) or
     * {@code caption}; {@code lines} its text, one entry a line (a caption's text, then its credit);
     * {@code box} null where the page does not know where its lines are (a text-layer page).
     */
    record TextBlock(String id, int article, String role, List<String> lines, Geometry box) {
        TextBlock {
            lines = List.copyOf(lines);
        }
    }

    private PageBlocks() {
    }

    static String pageId(int number) {
        return "P" + number;
    }

    static List<TextBlock> of(Page page, int number) {
        String pageId = pageId(number);
        List<TextBlock> blocks = new ArrayList<>();
        for (int a = 0; a < page.articles().size(); a++) {
            Article article = page.articles().get(a);
            String prefix = pageId + "_A" + (a + 1) + "_B";
            List<TextBlock> own = new ArrayList<>();
            for (Function<Article, Block> field : TITLE_FIELDS) {
                Block block = field.apply(article);
                if (block != null) {
                    own.add(block(page, prefix + (own.size() + 1), a, block));
                }
            }
            for (Block block : article.body()) {
                own.add(block(page, prefix + (own.size() + 1), a, block));
            }
            for (Caption caption : article.captions()) {
                own.add(caption(page, prefix + (own.size() + 1), a, caption));
            }
            blocks.addAll(own);
        }
        for (int u = 0; u < page.unassigned().size(); u++) {
            blocks.add(block(page, pageId + "_U" + (u + 1), -1, page.unassigned().get(u)));
        }
        return blocks;
    }

    /** The ids of one article's blocks, in order. */
    static List<String> idsOf(List<TextBlock> blocks, int article) {
        return blocks.stream().filter(block -> block.article() == article).map(TextBlock::id).toList();
    }

    /** The smallest box around every block that has one, or null when none has. */
    static Geometry around(List<TextBlock> blocks) {
        return Geometry.around(blocks.stream().map(TextBlock::box).toList());
    }

    private static TextBlock block(Page page, String id, int article, Block block) {
        return new TextBlock(id, article, block.type().jsonName(), List.of(block.text()), box(page, block.lines()));
    }

    private static TextBlock caption(Page page, String id, int article, Caption caption) {
        List<String> lines = new ArrayList<>();
        if (caption.text() != null) {
            lines.add(caption.text());
        }
        if (caption.credit() != null) {
            lines.add(caption.credit());
        }
        return new TextBlock(id, article, CAPTION_ROLE, lines, box(page, caption.lines()));
    }

    /** Where the lines are, in points from the page's top-left (the box the page JSON writes); null when unknown. */
    private static Geometry box(Page page, List<Integer> lines) {
        double[] box = page.boundingBox(lines);
        return box == null ? null : new Geometry(box[0], box[1], box[2], box[3], 0, false);
    }
}
