package banmian.model;

import java.util.List;

/** What enrichment adds to an article: named entities, figures, keywords and a one-sentence summary. */
public record Enrichment(List<Entity> entities, List<Figure> figures, List<String> keywords, String summary) {
    public Enrichment {
        entities = List.copyOf(entities);
        figures = List.copyOf(figures);
        keywords = List.copyOf(keywords);
    }

    /** The entities of one type, in order of first mention. */
    public List<Entity> entities(EntityType type) {
        return entities.stream().filter(entity -> entity.type() == type).toList();
    }
}
