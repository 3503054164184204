package banmian.server;

import banmian.archive.Archive;
import banmian.archive.Facsimile;
import banmian.archive.Ids;
import banmian.archive.Story;
import banmian.model.Article;
import banmian.model.EntityType;
import banmian.model.Page;
import banmian.model.PageMeta;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the article view shows: the story's titles from its first part, then each part's text beside
 * its region on its own page (a crop of the page as printed, the region highlighted), the names found
 * in it linking to their searches, and the other papers that printed it.
 */
record StoryView(String title, Article first, List<Part> parts, List<Names> names, List<Link> keywords, String alsoIn,
                 String json) {

    /**
     * One page's share of the story; {@code crop} is null when that page has no facsimile or no boxes,
     * {@code previous} is the part before it (null for the first).
     */
    record Part(Article article, PageMeta meta, String page, String pageUrl, Crop crop, Part previous, boolean last) {
        /** Where the story goes on, when its last part says so (the archive has no next part). */
        String continuedToUrl() {
            return ReaderLinks.page(Ids.paperName(meta.paper()), meta.date(), article.continuedTo());
        }
    }

    /**
     * A window on the page image around the article's region: the SVG's viewBox is the region's bounds
     * plus {@link #MARGIN}, kept on the page; {@code shade} covers the page outside the region.
     */
    record Crop(String viewBox, String width, String height, String image, String region, String shade) {
    }

    /** One kind of name found in the story, with its search. */
    record Names(String type, String label, List<Link> links) {
    }

    record Link(String text, String url) {
    }

    /** Points of page shown around an article's region in its crop. */
    static final double MARGIN = 24;

    static StoryView of(Archive archive, Story story) throws IOException {
        List<Part> parts = new ArrayList<>();
        for (int p = 0; p < story.parts().size(); p++) {
            Story.Part part = story.parts().get(p);
            PageMeta meta = part.page();
            String slug = archive.ids().paper(Ids.paperName(meta.paper()));
            parts.add(new Part(part.article(), meta, Ids.paperName(meta.paper()) + " " + meta.date() + " 第" + meta.number() + "版",
                    ReaderLinks.page(slug, meta.date(), meta.number()), crop(archive, slug, part).orElse(null),
                    p == 0 ? null : parts.get(p - 1), p == story.parts().size() - 1));
        }
        List<Names> names = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            List<String> found = story.names(type);
            if (!found.isEmpty()) {
                names.add(new Names(type.jsonName(), SearchView.facetTitle(type.jsonName()), found.stream()
                        .map(name -> new Link(name, "/?" + type.jsonName() + "=" + Html.url(name))).toList()));
            }
        }
        Article first = story.first().article();
        List<Link> keywords = first.enrichment() == null ? List.of() : first.enrichment().keywords().stream()
                .map(keyword -> new Link(keyword, "/?q=" + Html.url(keyword))).toList();
        return new StoryView(PageView.headline(first), first, parts, names, keywords,
                SearchView.alsoIn(archive.otherPapers(story.id())), "/api" + ReaderLinks.article(story.id()));
    }

    private static Optional<Crop> crop(Archive archive, String slug, Story.Part part) throws IOException {
        PageMeta meta = part.page();
        Optional<Facsimile> facsimile = archive.facsimile(slug, meta.date(), meta.number());
        Optional<Page> page = facsimile.isEmpty() ? Optional.empty() : archive.page(slug, meta.date(), meta.number());
        Optional<ArticleRegion> region = page.flatMap(p -> ArticleRegion.of(p, part.article()));
        if (region.isEmpty()) {
            return Optional.empty();
        }
        Facsimile printed = facsimile.get();
        Rectangle2D bounds = region.get().bounds();
        double left = Math.max(0, bounds.getMinX() - MARGIN);
        double top = Math.max(0, bounds.getMinY() - MARGIN);
        double right = Math.min(printed.width(), bounds.getMaxX() + MARGIN);
        double bottom = Math.min(printed.height(), bounds.getMaxY() + MARGIN);
        String pagePath = "M0 0H" + PageView.points(printed.width()) + "V" + PageView.points(printed.height()) + "H0Z";
        return Optional.of(new Crop(PageView.points(left) + " " + PageView.points(top) + " " + PageView.points(right - left) + " "
                + PageView.points(bottom - top), PageView.points(printed.width()), PageView.points(printed.height()),
                PageView.image(slug, meta.date(), meta.number(), printed, "page.jpg"), region.get().svgPath(),
                pagePath + region.get().svgPath()));
    }
}
