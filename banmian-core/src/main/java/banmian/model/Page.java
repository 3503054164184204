package banmian.model;

import java.util.List;

/** A parsed page: its articles in reading order, and whatever could not be attached to one. */
public record Page(PageMeta meta, List<Article> articles, List<Block> unassigned) {
    public Page {
        articles = List.copyOf(articles);
        unassigned = List.copyOf(unassigned);
    }
}
