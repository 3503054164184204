package banmian.nlp;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Caption;

import java.util.ArrayList;
import java.util.List;

/** The pieces of text of an article that enrichment reads, each with the field and index its offsets refer to. */
final class ArticleTexts {
    record Unit(String field, int block, String text, boolean paragraph) {
        Unit(String field, int block, String text) {
            this(field, block, text, false);
        }
    }

    private ArticleTexts() {
    }

    static List<Unit> of(Article article) {
        List<Unit> units = new ArrayList<>();
        add(units, "kicker", article.kicker());
        add(units, "headline", article.headline());
        add(units, "subtitle", article.subtitle());
        add(units, "dateline", article.dateline());
        add(units, "byline", article.byline());
        add(units, "authorNote", article.authorNote());
        for (int b = 0; b < article.body().size(); b++) {
            Block block = article.body().get(b);
            units.add(new Unit("body", b, block.text(), block.type() == BlockType.PARAGRAPH));
        }
        for (int c = 0; c < article.captions().size(); c++) {
            Caption caption = article.captions().get(c);
            if (caption.text() != null) {
                units.add(new Unit("caption", c, caption.text()));
            }
            if (caption.credit() != null) {
                units.add(new Unit("credit", c, caption.credit()));
            }
        }
        return units;
    }

    private static void add(List<Unit> units, String field, Block block) {
        if (block != null && block.text() != null && !block.text().isBlank()) {
            units.add(new Unit(field, 0, block.text()));
        }
    }
}
