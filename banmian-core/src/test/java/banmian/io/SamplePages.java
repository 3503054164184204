package banmian.io;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Caption;
import banmian.model.Enrichment;
import banmian.model.Entity;
import banmian.model.EntityType;
import banmian.model.Figure;
import banmian.model.FigureType;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.model.TextSpan;
import banmian.testing.SharedCorpus;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Pages for the writer tests: a hand-built one with every field and provenance, and the shared gold file. */
final class SamplePages {
    private SamplePages() {
    }

    static Page full() {
        Article article = new Article(
                new Block(BlockType.KICKER, "聚焦全国两会", List.of(1)),
                new Block(BlockType.HEADLINE, "全国政协十四届二次会议闭幕", List.of(2)),
                new Block(BlockType.SUBTITLE, "王沪宁发表讲话", List.of(3)),
                new Block(BlockType.DATELINE, "新华社北京3月10日电", List.of(5)),
                new Block(BlockType.BYLINE, "记者 罗丽", List.of(4)),
                new Block(BlockType.AUTHOR_NOTE, "（作者为中国社会科学院研究员）", List.of(12)),
                List.of(new Block(BlockType.PARAGRAPH, "会议圆满完成各项议程，10日上午闭幕。", List.of(5, 6, 7)),
                        new Block(BlockType.HEADING, "项目建设加速度", List.of(8)),
                        new Block(BlockType.PARAGRAPH, "1. 第一条 *重点* 内容", List.of(9, 10))),
                List.of(new Caption("王沪宁主持闭幕会并讲话。", "新华社记者 鞠鹏 摄", List.of(13, 14))),
                2, 1);
        Article untitled = new Article(null, null, null, null, null, null,
                List.of(new Block(BlockType.PARAGRAPH, "简讯正文。", List.of(20))), List.of(), null, null);
        return new Page(new PageMeta("吕梁日报", LocalDate.of(2024, 3, 11), 1, "要闻"),
                List.of(article, untitled),
                List.of(new Block(BlockType.CAPTION, "无主图片说明", List.of(30))));
    }

    /** {@link #full()} with its first article enriched. */
    static Page enriched() {
        Page page = SamplePages.full();
        Enrichment enrichment = new Enrichment(
                List.of(new Entity(EntityType.PERSON, "王沪宁", List.of(new TextSpan("subtitle", 0, 0, 3),
                        new TextSpan("captions", 0, 0, 3))),
                        new Entity(EntityType.ORGANIZATION, "全国政协", List.of(new TextSpan("headline", 0, 0, 4)))),
                List.of(Figure.amount(FigureType.MONEY, "20.64亿元", new TextSpan("body", 0, 3, 10),
                                new BigDecimal("2064000000"), "CNY"),
                        Figure.amount(FigureType.PERCENT, "89.93%", new TextSpan("body", 2, 0, 6), new BigDecimal("89.93"), "%"),
                        Figure.date("10日上午", new TextSpan("body", 0, 10, 15), "2024-03-10", "day", "morning")),
                List.of("会议", "政协"), "会议圆满完成各项议程，10日上午闭幕。");
        List<Article> articles = new ArrayList<>(page.articles());
        articles.set(0, articles.get(0).withEnrichment(enrichment));
        return new Page(page.meta(), articles, page.unassigned());
    }

    static Path goldFile() {
        return SharedCorpus.luliangGoldFile();
    }
}
