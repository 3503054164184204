package banmian.server;

import banmian.archive.Archive;
import banmian.archive.SearchResults;
import banmian.archive.Story;
import banmian.io.PageJson;
import banmian.model.Page;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/** The JSON the REST API answers with; articles and pages in the form of FORMAT.md. */
final class ApiJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ApiJson() {
    }

    static ObjectNode error(String message) {
        return NODES.objectNode().put("error", message);
    }

    static ObjectNode results(SearchResults results) {
        ObjectNode root = NODES.objectNode();
        root.put("total", results.total());
        ArrayNode hits = root.putArray("hits");
        for (SearchResults.Hit hit : results.hits()) {
            ObjectNode node = hits.addObject();
            node.put("id", hit.id());
            node.put("paper", hit.paper());
            node.put("date", hit.date().toString());
            ArrayNode pages = node.putArray("pages");
            hit.pages().forEach(pages::add);
            node.put("kicker", hit.kicker());
            node.put("headline", hit.headline());
            node.put("snippet", Html.marked(hit.snippet()));
            node.put("score", hit.score());
            ArrayNode alsoIn = node.putArray("alsoIn");
            hit.alsoIn().forEach(alsoIn::add);
        }
        // The next page, however deep: sent back as cursor (offset paging stops at SearchQuery.MAX_WINDOW).
        root.put("next", results.next() == null ? null : results.next().token());
        root.put("facetsEstimated", results.facetsEstimated());
        ObjectNode facets = root.putObject("facets");
        for (Map.Entry<String, SearchResults.FacetCounts> facet : results.facetCounts().entrySet()) {
            ObjectNode counts = facets.putObject(facet.getKey());
            ArrayNode values = counts.putArray("values");
            facet.getValue().values().forEach(value -> values.addObject().put("value", value.value()).put("count", value.count()));
            counts.put("more", facet.getValue().more());
        }
        return root;
    }

    /** A story: its id, where it stands, and each part as the article JSON of its page. */
    static ObjectNode story(Story story) {
        ObjectNode root = NODES.objectNode();
        root.put("id", story.id());
        root.put("paper", story.first().page().paper());
        root.put("date", story.first().page().date().toString());
        ArrayNode numbers = root.putArray("pages");
        story.pageNumbers().forEach(numbers::add);
        ArrayNode parts = root.putArray("parts");
        for (Story.Part part : story.parts()) {
            ObjectNode node = parts.addObject();
            node.put("id", part.id());
            node.put("page", part.page().number());
            Page alone = new Page(part.page(), List.of(part.article()), List.of());
            node.set("article", PageJson.toTree(alone).get("articles").get(0));
        }
        return root;
    }

    /** What an upload or a replacement stored. */
    static ObjectNode ingested(UploadIngest.Result result) {
        ObjectNode root = NODES.objectNode();
        root.put("pages", result.pages());
        root.put("articles", result.articles());
        result.pageIds().forEach(root.putArray("pageIds")::add);
        result.problems().forEach(root.putArray("problems")::add);
        return root;
    }

    static ObjectNode deletion(Archive.Deletion deletion) {
        ObjectNode root = NODES.objectNode().put("deleted", deletion.pageId());
        deletion.problems().forEach(root.putArray("problems")::add);
        return root;
    }

    static ObjectNode page(Page page) {
        return PageJson.toTree(page);
    }
}
