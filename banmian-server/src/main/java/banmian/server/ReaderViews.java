package banmian.server;

import banmian.archive.SearchQuery;
import banmian.archive.SearchResults;
import banmian.archive.Story;
import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Caption;
import banmian.model.EntityType;
import banmian.model.Page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web reader's pages, rendered on the server: the search page (box, facets, hits with
 * highlighted snippets), an article (titles, paragraphs, captions, names linking to searches,
 * continuation links) and a page of a paper (its articles in reading order).
 */
final class ReaderViews {
    private static final Map<String, String> FACET_TITLES = new LinkedHashMap<>();

    static {
        FACET_TITLES.put("paper", "报纸");
        FACET_TITLES.put("date", "日期");
        FACET_TITLES.put(EntityType.PERSON.jsonName(), "人物");
        FACET_TITLES.put(EntityType.PLACE.jsonName(), "地点");
        FACET_TITLES.put(EntityType.ORGANIZATION.jsonName(), "机构");
    }

    private ReaderViews() {
    }

    static String search(SearchQuery query, SearchResults results, Map<String, String> filters) {
        StringBuilder body = new StringBuilder();
        body.append(searchForm(query.text(), filters));
        if (!filters.isEmpty()) {
            body.append("<p class=\"filters\">");
            for (Map.Entry<String, String> filter : filters.entrySet()) {
                Map<String, String> without = new LinkedHashMap<>(filters);
                without.remove(filter.getKey());
                body.append("<a class=\"filter\" href=\"").append(searchUrl(query.text(), without, 0)).append("\">")
                        .append(Html.escape(FACET_TITLES.getOrDefault(filter.getKey(), filter.getKey()))).append("：")
                        .append(Html.escape(filter.getValue())).append(" ✕</a> ");
            }
            body.append("</p>");
        }
        body.append("<div class=\"results\"><aside class=\"facets\">");
        for (Map.Entry<String, List<SearchResults.FacetValue>> facet : results.facets().entrySet()) {
            if (facet.getValue().isEmpty()) {
                continue;
            }
            body.append("<section data-facet=\"").append(facet.getKey()).append("\"><h3>")
                    .append(Html.escape(FACET_TITLES.getOrDefault(facet.getKey(), facet.getKey()))).append("</h3><ul>");
            for (SearchResults.FacetValue value : facet.getValue()) {
                Map<String, String> narrowed = new LinkedHashMap<>(filters);
                narrowed.put(facet.getKey(), value.value());
                body.append("<li><a href=\"").append(searchUrl(query.text(), narrowed, 0)).append("\">")
                        .append(Html.escape(value.value())).append("</a> <span class=\"count\">")
                        .append(results.facetsEstimated() ? "≈" : "").append(value.count())
                        .append("</span></li>");
            }
            body.append("</ul></section>");
        }
        body.append("</aside><main>");
        body.append("<p class=\"total\">").append(results.total()).append(" 篇文章</p><ol class=\"hits\" start=\"")
                .append(query.offset() + 1).append("\">");
        for (SearchResults.Hit hit : results.hits()) {
            body.append("<li class=\"hit\"><a class=\"headline\" href=\"/articles/").append(Html.url(hit.id())).append("\">")
                    .append(Html.escape(hit.headline() == null ? "（无标题）" : hit.headline())).append("</a>")
                    .append("<div class=\"where\">").append(Html.escape(hit.paper())).append(" · ").append(hit.date());
            for (int page : hit.pages()) {
                body.append(" · 第").append(page).append("版");
            }
            body.append("</div><p class=\"snippet\">").append(Html.marked(hit.snippet())).append("</p>");
            if (!hit.alsoIn().isEmpty()) {
                body.append("<p class=\"also\">also in ").append(hit.alsoIn().size()).append(hit.alsoIn().size() == 1 ? " paper: " : " papers: ")
                        .append(Html.escape(String.join("、", hit.alsoIn()))).append("</p>");
            }
            body.append("</li>");
        }
        body.append("</ol>");
        if (query.offset() > 0) {
            body.append("<a class=\"prev\" href=\"").append(searchUrl(query.text(), filters, Math.max(0, query.offset() - query.limit())))
                    .append("\">上一页</a> ");
        }
        if (query.offset() + results.hits().size() < results.total() && results.hits().size() == query.limit()) {
            body.append("<a class=\"next\" href=\"").append(searchUrl(query.text(), filters, query.offset() + query.limit()))
                    .append("\">下一页</a>");
        }
        body.append("</main></div>");
        String title = query.text() == null || query.text().isBlank() ? "版面" : query.text() + " · 版面";
        return layout(title, body.toString());
    }

    static String story(Story story, List<String> alsoIn) {
        Article first = story.first().article();
        StringBuilder body = new StringBuilder("<article class=\"story\">");
        body.append("<div class=\"where\">").append(pageLink(story.first())).append("</div>");
        if (first.kicker() != null) {
            body.append("<p class=\"kicker\">").append(Html.escape(first.kicker().text())).append("</p>");
        }
        body.append("<h1>").append(Html.escape(first.headline() == null ? "（无标题）" : first.headline().text())).append("</h1>");
        if (first.subtitle() != null) {
            body.append("<p class=\"subtitle\">——").append(Html.escape(first.subtitle().text())).append("</p>");
        }
        List<String> credits = new ArrayList<>();
        if (first.dateline() != null) {
            credits.add("<span class=\"dateline\">" + Html.escape(first.dateline().text()) + "</span>");
        }
        if (first.byline() != null) {
            credits.add("<span class=\"byline\">" + Html.escape(first.byline().text()) + "</span>");
        }
        if (!credits.isEmpty()) {
            body.append("<p class=\"credits\">").append(String.join("　", credits)).append("</p>");
        }
        for (int p = 0; p < story.parts().size(); p++) {
            Story.Part part = story.parts().get(p);
            Article article = part.article();
            if (p > 0) {
                body.append("<p class=\"continued-from\">（上接").append(pageLink(story.parts().get(p - 1))).append("）").append(pageLink(part)).append("</p>");
            }
            for (Block block : article.body()) {
                body.append(block.type() == BlockType.HEADING ? "<h3>" + Html.escape(block.text()) + "</h3>"
                        : "<p>" + Html.escape(block.text()) + "</p>");
            }
            if (article.authorNote() != null) {
                body.append("<p class=\"author-note\">").append(Html.escape(article.authorNote().text())).append("</p>");
            }
            for (Caption caption : article.captions()) {
                body.append("<figure><figcaption>").append(Html.escape(caption.text()));
                if (caption.credit() != null) {
                    body.append(" <span class=\"credit\">").append(Html.escape(caption.credit())).append("</span>");
                }
                body.append("</figcaption></figure>");
            }
            boolean lastPart = p == story.parts().size() - 1;
            if (lastPart && article.continuedTo() != null) {
                body.append("<p class=\"continued-to\">（下转<a href=\"/pages/").append(Html.url(part.page().paper() == null ? "unknown" : part.page().paper()))
                        .append('/').append(part.page().date()).append('/').append(article.continuedTo()).append("\">")
                        .append(article.continuedTo()).append("版</a>）</p>");
            }
        }
        body.append(entities(story));
        if (!alsoIn.isEmpty()) {
            body.append("<p class=\"also\">also in ").append(alsoIn.size()).append(alsoIn.size() == 1 ? " paper: " : " papers: ")
                    .append(Html.escape(String.join("、", alsoIn))).append("</p>");
        }
        body.append("<p class=\"api\"><a href=\"/api/articles/").append(Html.url(story.id())).append("\">JSON</a></p></article>");
        String title = first.headline() == null ? "文章" : first.headline().text();
        return layout(title + " · 版面", searchForm("", Map.of()) + body);
    }

    private static String entities(Story story) {
        StringBuilder out = new StringBuilder();
        for (EntityType type : EntityType.values()) {
            List<String> names = story.names(type);
            if (names.isEmpty()) {
                continue;
            }
            out.append("<p class=\"entities\" data-type=\"").append(type.jsonName()).append("\"><span class=\"label\">")
                    .append(FACET_TITLES.get(type.jsonName())).append("</span> ");
            for (String name : names) {
                out.append("<a class=\"entity\" href=\"/?").append(type.jsonName()).append('=').append(Html.url(name)).append("\">")
                        .append(Html.escape(name)).append("</a> ");
            }
            out.append("</p>");
        }
        Article first = story.first().article();
        if (first.enrichment() != null && !first.enrichment().keywords().isEmpty()) {
            out.append("<p class=\"keywords\"><span class=\"label\">关键词</span> ");
            for (String keyword : first.enrichment().keywords()) {
                out.append("<a href=\"/?q=").append(Html.url(keyword)).append("\">").append(Html.escape(keyword)).append("</a> ");
            }
            out.append("</p>");
        }
        return out.isEmpty() ? "" : "<section class=\"names\">" + out + "</section>";
    }

    static String page(Page page, List<Integer> numbers, List<String> storyIds) {
        String paper = page.meta().paper() == null ? "unknown" : page.meta().paper();
        StringBuilder body = new StringBuilder(searchForm("", Map.of()));
        body.append("<h1>").append(Html.escape(paper)).append(" ").append(page.meta().date()).append(" 第")
                .append(page.meta().number()).append("版");
        if (page.meta().section() != null) {
            body.append(" ").append(Html.escape(page.meta().section()));
        }
        body.append("</h1><nav class=\"pages\">");
        for (int number : numbers) {
            body.append(number == page.meta().number() ? "<b>" + number + "</b> "
                    : "<a href=\"/pages/" + Html.url(paper) + "/" + page.meta().date() + "/" + number + "\">" + number + "</a> ");
        }
        body.append("</nav><ol class=\"page-articles\">");
        for (int a = 0; a < page.articles().size(); a++) {
            Article article = page.articles().get(a);
            String id = storyIds.get(a);
            body.append("<li><a href=\"/articles/").append(Html.url(id)).append("\">")
                    .append(Html.escape(article.headline() == null ? "（无标题）" : article.headline().text())).append("</a>");
            if (article.continuedFrom() != null) {
                body.append(" <span class=\"continued-from\">（上接").append(article.continuedFrom()).append("版）</span>");
            }
            String text = article.bodyText();
            body.append("<p>").append(Html.escape(text.length() > 90 ? text.substring(0, 90) + "…" : text)).append("</p></li>");
        }
        body.append("</ol><p class=\"api\"><a href=\"/api/pages/").append(Html.url(paper)).append('/').append(page.meta().date())
                .append('/').append(page.meta().number()).append("\">JSON</a></p>");
        return layout(paper + " 第" + page.meta().number() + "版 · 版面", body.toString());
    }

    static String notFound(String what) {
        return layout("找不到 · 版面", searchForm("", Map.of()) + "<p class=\"missing\">" + Html.escape(what) + "</p>");
    }

    /** A stored file the view needs is damaged: the one-line problem, naming the file inside the archive. */
    static String damaged(String problem) {
        return layout("出错了 · 版面", searchForm("", Map.of()) + "<p class=\"missing\">存档中的文件已损坏，无法显示："
                + Html.escape(problem) + "</p>");
    }

    private static String pageLink(Story.Part part) {
        String paper = part.page().paper() == null ? "unknown" : part.page().paper();
        return "<a class=\"page-link\" href=\"/pages/" + Html.url(paper) + "/" + part.page().date() + "/" + part.page().number()
                + "\">" + Html.escape(paper) + " " + part.page().date() + " 第" + part.page().number() + "版</a>";
    }

    private static String searchForm(String text, Map<String, String> filters) {
        StringBuilder form = new StringBuilder("<form class=\"search\" action=\"/\" method=\"get\">");
        form.append("<input type=\"search\" name=\"q\" value=\"").append(Html.escape(text == null ? "" : text))
                .append("\" placeholder=\"搜索文章、人物、地点…\" autofocus>");
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            form.append("<input type=\"hidden\" name=\"").append(Html.escape(filter.getKey())).append("\" value=\"")
                    .append(Html.escape(filter.getValue())).append("\">");
        }
        return form.append("<button type=\"submit\">搜索</button></form>").toString();
    }

    private static String searchUrl(String text, Map<String, String> filters, int offset) {
        StringBuilder url = new StringBuilder("/?q=").append(Html.url(text == null ? "" : text));
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            url.append('&').append(filter.getKey()).append('=').append(Html.url(filter.getValue()));
        }
        if (offset > 0) {
            url.append("&offset=").append(offset);
        }
        return Html.escape(url.toString());
    }

    private static String layout(String title, String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + Html.escape(title) + "</title>"
                + "<style>" + STYLE + "</style></head><body><header><a class=\"home\" href=\"/\">版面 banmian</a></header>"
                + body + "</body></html>";
    }

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:0 auto;max-width:62rem;padding:0 1rem;color:#222;line-height:1.7}
            header{border-bottom:3px double #a00;padding:.6rem 0;margin-bottom:1rem}.home{color:#a00;font-weight:bold;text-decoration:none;font-size:1.3rem}
            form.search{display:flex;gap:.5rem;margin:1rem 0}form.search input[type=search]{flex:1;font-size:1.1rem;padding:.3rem .5rem}
            .results{display:flex;gap:2rem}.facets{width:13rem;flex:none;font-size:.9rem}.facets ul{list-style:none;padding:0;margin:0 0 1rem}
            .facets h3{font-size:1rem;margin:.5rem 0 .2rem;color:#a00}.count{color:#888}main{flex:1}
            .hit{margin-bottom:1.2rem}.hit .headline{font-size:1.15rem;font-weight:bold;color:#123;text-decoration:none}
            .where{color:#777;font-size:.85rem}mark{background:#ffe680;padding:0 .1em}.also{color:#a00;font-size:.85rem}
            .filter{background:#f3e6e6;border-radius:3px;padding:.1rem .4rem;margin-right:.4rem;text-decoration:none;color:#a00}
            .story h1{font-size:1.8rem;margin:.2rem 0}.kicker,.subtitle{color:#555;margin:.2rem 0}.credits{color:#555}
            .story p{text-indent:2em}.story p.where,.story p.kicker,.story p.subtitle,.story p.credits,.story p.entities,.story p.keywords,.story p.api,.story p.also{text-indent:0}
            figure{margin:1rem 0;color:#555;font-size:.9rem}.names{border-top:1px solid #ddd;margin-top:1.5rem;padding-top:.5rem}
            .label{color:#a00;margin-right:.5rem}.entity{margin-right:.6rem}.continued-from,.continued-to{color:#777}
            """;
}
