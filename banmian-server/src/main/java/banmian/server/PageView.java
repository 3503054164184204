package banmian.server;

import banmian.archive.Archive;
import banmian.archive.Facsimile;
import banmian.archive.Ids;
import banmian.model.Article;
import banmian.model.Page;
import banmian.model.PageMeta;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the page view shows: the page as printed with every article's region outlined on it (or why
 * there is no image), the page's articles in reading order, and the issue's other pages.
 * {@code previous} and {@code next} are the neighbouring pages' addresses, null at the ends.
 */
record PageView(String title, String paper, PageMeta meta, Printed printed, List<Item> articles, List<IssuePage> issue,
                String previous, String next, String json) {

    /** The page image and the articles drawn over it, all in PDF points: the SVG's viewBox is the page. */
    record Printed(double width, double height, String image, String pdf, List<Item> regions) {
        String viewBox() {
            return "0 0 " + points(width) + " " + points(height);
        }
    }

    /** An article of the page: its number in reading order, where it opens, and its outline (null without one). */
    record Item(int order, String url, String headline, String excerpt, Integer continuedFrom, String region) {
    }

    /** A page of the same issue: its thumbnail when it has a facsimile. */
    record IssuePage(int number, String url, String thumbnail, boolean current) {
    }

    /** How much of an article's text the list beside the page shows. */
    private static final int EXCERPT = 60;

    static PageView of(Archive archive, Page page) throws IOException {
        PageMeta meta = page.meta();
        String paper = Ids.paperName(meta.paper());
        String slug = archive.ids().paper(paper);
        LocalDate date = meta.date();
        List<Item> articles = new ArrayList<>();
        for (int a = 0; a < page.articles().size(); a++) {
            Article article = page.articles().get(a);
            String text = article.bodyText();
            articles.add(new Item(a + 1, ReaderLinks.article(archive.storyIdOf(archive.ids().article(meta, a))),
                    headline(article), text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text, article.continuedFrom(),
                    ArticleRegion.of(page, article).map(ArticleRegion::svgPath).orElse(null)));
        }
        Printed printed = archive.facsimile(slug, date, meta.number()).map(facsimile -> new Printed(facsimile.width(), facsimile.height(),
                image(slug, date, meta.number(), facsimile, "page.jpg"), ReaderLinks.pageFile(slug, date, meta.number(), "page.pdf"),
                articles.stream().filter(item -> item.region() != null).toList())).orElse(null);
        List<Integer> numbers = archive.pageNumbers(slug, date);
        List<IssuePage> issue = new ArrayList<>();
        for (int number : numbers) {
            String thumbnail = archive.facsimile(slug, date, number).map(f -> image(slug, date, number, f, "thumb.jpg")).orElse(null);
            issue.add(new IssuePage(number, ReaderLinks.page(slug, date, number), thumbnail, number == meta.number()));
        }
        int at = numbers.indexOf(meta.number());
        String previous = at > 0 ? ReaderLinks.page(slug, date, numbers.get(at - 1)) : null;
        String next = at >= 0 && at < numbers.size() - 1 ? ReaderLinks.page(slug, date, numbers.get(at + 1)) : null;
        String title = paper + " " + date + " 第" + meta.number() + "版" + (meta.section() == null ? "" : " " + meta.section());
        return new PageView(title, paper, meta, printed, articles, issue, previous, next,
                "/api" + ReaderLinks.page(slug, date, meta.number()));
    }

    static String headline(Article article) {
        return article.headline() == null ? "（无标题）" : article.headline().text();
    }

    /** An image's address carries the facsimile's hash, so a browser never keeps a replaced page's image. */
    static String image(String slug, LocalDate date, int number, Facsimile facsimile, String file) {
        return ReaderLinks.pageFile(slug, date, number, file) + "?v=" + facsimile.sha256().substring(0, 16);
    }

    static String points(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
