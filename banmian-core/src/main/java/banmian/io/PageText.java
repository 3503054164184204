package banmian.io;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Caption;
import banmian.model.Entity;
import banmian.model.EntityType;
import banmian.model.PageMeta;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The wording that the Markdown and plain-text writers share, so the two read the same. */
final class PageText {
    /** Heading over the blocks that belong to no article. */
    static final String UNASSIGNED_TITLE = "未归入文章的内容";

    private PageText() {
    }

    /** {@code 吕梁日报 2024年3月11日 星期一 第1版 要闻}, or null when nothing is known about the page. */
    static String header(PageMeta meta) {
        List<String> parts = new ArrayList<>();
        if (meta.paper() != null) {
            parts.add(meta.paper());
        }
        if (meta.date() != null) {
            parts.add(meta.date().getYear() + "年" + meta.date().getMonthValue() + "月"
                    + meta.date().getDayOfMonth() + "日");
            parts.add(meta.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA));
        }
        if (meta.number() != null) {
            parts.add("第" + meta.number() + "版");
        }
        if (meta.section() != null) {
            parts.add(meta.section());
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** Dateline and byline as printed under the headline, or null when the article has neither. */
    static String credits(Article article) {
        String dateline = text(article.dateline());
        String byline = text(article.byline());
        if (dateline == null || byline == null) {
            return dateline != null ? dateline : byline;
        }
        return dateline + "　" + byline;
    }

    /** {@code 图：caption（credit）}; a caption may lack either part. */
    static String caption(Caption caption) {
        String credit = caption.credit() == null ? "" : "（" + caption.credit() + "）";
        return "图：" + (caption.text() == null ? "" : caption.text()) + credit;
    }

    /**
     * {@code 人物：甲、乙　地点：丙　关键词：丁、戊} for an enriched article (most-mentioned names first),
     * or null when the article was not enriched or nothing was found.
     */
    static String enrichment(Article article) {
        if (article.enrichment() == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            List<String> names = article.enrichment().entities(type).stream()
                    .sorted(Comparator.comparingInt(Entity::count).reversed())
                    .map(Entity::name).toList();
            if (!names.isEmpty()) {
                parts.add(entityLabel(type) + "：" + String.join("、", names));
            }
        }
        if (!article.enrichment().keywords().isEmpty()) {
            parts.add("关键词：" + String.join("、", article.enrichment().keywords()));
        }
        return parts.isEmpty() ? null : String.join("　", parts);
    }

    private static String entityLabel(EntityType type) {
        return switch (type) {
            case PERSON -> "人物";
            case PLACE -> "地点";
            case ORGANIZATION -> "机构";
        };
    }

    static String continuedFrom(int page) {
        return "（上接" + page + "版）";
    }

    static String continuedTo(int page) {
        return "（下转" + page + "版）";
    }

    /** What an editor calls a block of this type, for labelling unassigned blocks. */
    static String label(BlockType type) {
        return switch (type) {
            case KICKER -> "引题";
            case HEADLINE -> "标题";
            case SUBTITLE -> "副题";
            case DATELINE -> "电头";
            case BYLINE -> "署名";
            case AUTHOR_NOTE -> "作者简介";
            case PARAGRAPH -> "正文";
            case HEADING -> "小标题";
            case CAPTION -> "图片说明";
            case CREDIT -> "图片署名";
            case CONTINUATION -> "转版";
            case FURNITURE -> "版面信息";
            case MASTHEAD -> "报头";
            case COLUMN -> "栏目";
            case INDEX -> "导读";
            case ADVERTISEMENT -> "广告";
        };
    }

    static String text(Block block) {
        return block == null ? null : block.text();
    }
}
