package banmian.io;

import banmian.model.Enrichment;
import banmian.model.Entity;
import banmian.model.Figure;
import banmian.model.TextSpan;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The enrichment fields of an article in JSON: {@code entities}, {@code figures}, {@code keywords}
 * and {@code summary}, added beside FORMAT.md's own fields only when an enricher ran.
 */
final class EnrichmentJson {
    private EnrichmentJson() {
    }

    static void write(Enrichment enrichment, ObjectNode article) {
        ArrayNode entities = article.putArray("entities");
        for (Entity entity : enrichment.entities()) {
            ObjectNode node = entities.addObject();
            node.put("type", entity.type().jsonName());
            node.put("name", entity.name());
            node.put("count", entity.count());
            ArrayNode mentions = node.putArray("mentions");
            entity.mentions().forEach(span -> span(span, mentions.addObject()));
        }
        ArrayNode figures = article.putArray("figures");
        for (Figure figure : enrichment.figures()) {
            ObjectNode node = figures.addObject();
            node.put("type", figure.type().jsonName());
            node.put("text", figure.text());
            if (figure.value() != null) {
                node.put("value", figure.value());
            }
            putIfPresent(node, "unit", figure.unit());
            putIfPresent(node, "resolved", figure.resolved());
            putIfPresent(node, "granularity", figure.granularity());
            putIfPresent(node, "qualifier", figure.qualifier());
            span(figure.span(), node);
        }
        ArrayNode keywords = article.putArray("keywords");
        enrichment.keywords().forEach(keywords::add);
        article.put("summary", enrichment.summary());
    }

    private static void span(TextSpan span, ObjectNode node) {
        node.put("field", span.field());
        node.put("block", span.block());
        node.put("start", span.start());
        node.put("end", span.end());
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
