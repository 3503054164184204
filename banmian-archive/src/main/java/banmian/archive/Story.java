package banmian.archive;

import banmian.model.Article;
import banmian.model.Entity;
import banmian.model.EntityType;
import banmian.model.PageMeta;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An article as the archive keeps it: one or more parts, each an article of one page, read in order
 * (a report that starts on page 1 and goes on {@code （下转2版）} on page 2 is one story of two parts).
 * The story's id is its first part's.
 */
public record Story(List<Part> parts) {
    /** The field of a mention in the byline, as enrichment records it. */
    private static final String BYLINE = "byline";

    public Story {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one part");
        }
    }

    /** One page's share of a story: the article, the page it stands on and its place there. */
    public record Part(String id, PageMeta page, int index, Article article) {
    }

    public String id() {
        return first().id();
    }

    public Part first() {
        return parts.get(0);
    }

    public List<Integer> pageNumbers() {
        return parts.stream().map(part -> part.page().number()).toList();
    }

    /** The names of one kind found in any part, most mentioned first (within each part). */
    public List<String> names(EntityType type) {
        Set<String> names = new LinkedHashSet<>();
        for (Part part : parts) {
            if (part.article().enrichment() != null) {
                part.article().enrichment().entities(type).stream()
                        .sorted((a, b) -> Integer.compare(b.count(), a.count()))
                        .map(Entity::name).forEach(names::add);
            }
        }
        return List.copyOf(names);
    }

    /**
     * The people of the byline: the persons enrichment found with a mention in it (named without the
     * byline's letter spacing, {@code 李 斌} as 李斌). A story not enriched has none.
     */
    public List<String> authors() {
        Set<String> authors = new LinkedHashSet<>();
        for (Part part : parts) {
            if (part.article().enrichment() != null) {
                part.article().enrichment().entities(EntityType.PERSON).stream()
                        .filter(person -> person.mentions().stream().anyMatch(mention -> BYLINE.equals(mention.field())))
                        .map(Entity::name).forEach(authors::add);
            }
        }
        return List.copyOf(authors);
    }

    /** The body of every part, in order. */
    public String bodyText() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.article().bodyText()));
        return text.toString();
    }
}
