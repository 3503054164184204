package banmian.io;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Caption;
import banmian.model.Page;
import banmian.model.PageMeta;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A page as FORMAT.md JSON, and back. Title fields are plain strings in JSON; their provenance
 * travels in a separate {@code provenance} object so that readers who only want text never see it.
 */
public final class PageJson {
    /** The article fields that hold one title-like block, in FORMAT.md order. */
    static final List<BlockType> TITLE_FIELDS = List.of(BlockType.KICKER, BlockType.HEADLINE,
            BlockType.SUBTITLE, BlockType.DATELINE, BlockType.BYLINE, BlockType.AUTHOR_NOTE);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(new PagePrettyPrinter());
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PageJson() {
    }

    /** Indented JSON for one page, without a trailing newline. */
    public static String toJson(Page page) {
        return write(PRETTY, page);
    }

    /** The page on one line, as a JSON Lines record (without the newline). */
    public static String toJsonLine(Page page) {
        return write(COMPACT, page);
    }

    public static Page read(String json) throws IOException {
        return PageJsonReader.page(MAPPER.readTree(json));
    }

    public static Page read(Path file) throws IOException {
        return read(Files.readString(file));
    }

    /** Reads a page from an already parsed tree, e.g. one element of a JSON array. */
    public static Page fromTree(JsonNode tree) throws IOException {
        return PageJsonReader.page(tree);
    }

    /** The JSON tree of a page: what the scorer compares, and what both text forms print. */
    public static ObjectNode toTree(Page page) {
        ObjectNode root = NODES.objectNode();
        root.set("page", meta(page.meta()));
        ArrayNode articles = root.putArray("articles");
        page.articles().forEach(article -> articles.add(article(article, page)));
        root.set("unassigned", blocks(page.unassigned(), page));
        return root;
    }

    /** The block an article holds in one of the {@link #TITLE_FIELDS}. */
    static Block titleField(Article article, BlockType field) {
        return switch (field) {
            case KICKER -> article.kicker();
            case HEADLINE -> article.headline();
            case SUBTITLE -> article.subtitle();
            case DATELINE -> article.dateline();
            case BYLINE -> article.byline();
            case AUTHOR_NOTE -> article.authorNote();
            default -> throw new IllegalArgumentException(field + " is not an article title field");
        };
    }

    private static String write(ObjectWriter writer, Page page) {
        try {
            return writer.writeValueAsString(toTree(page));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a page tree always serialises", e);
        }
    }

    private static ObjectNode meta(PageMeta meta) {
        ObjectNode node = NODES.objectNode();
        node.put("paper", meta.paper());
        node.put("date", meta.date() == null ? null : meta.date().toString());
        node.put("number", meta.number());
        node.put("section", meta.section());
        return node;
    }

    private static ObjectNode article(Article article, Page page) {
        ObjectNode node = NODES.objectNode();
        for (BlockType field : TITLE_FIELDS) {
            Block block = titleField(article, field);
            node.put(field.jsonName(), block == null ? null : block.text());
        }
        node.set("body", blocks(article.body(), page));
        ArrayNode captions = node.putArray("captions");
        article.captions().forEach(caption -> captions.add(caption(caption, page)));
        node.put("continuedTo", article.continuedTo());
        node.put("continuedFrom", article.continuedFrom());
        if (article.enrichment() != null) {
            EnrichmentJson.write(article.enrichment(), node);
        }
        ObjectNode provenance = node.putObject("provenance");
        for (BlockType field : TITLE_FIELDS) {
            Block block = titleField(article, field);
            if (block != null) {
                provenance.set(field.jsonName(), lines(block.lines()));
                putBoundingBox(provenance, field.jsonName() + "Bbox", block.lines(), page);
            }
        }
        return node;
    }

    private static ArrayNode blocks(List<Block> blocks, Page page) {
        ArrayNode array = NODES.arrayNode();
        for (Block block : blocks) {
            ObjectNode node = array.addObject();
            node.put("type", block.type().jsonName());
            node.put("text", block.text());
            node.set("lines", lines(block.lines()));
            putBoundingBox(node, "bbox", block.lines(), page);
        }
        return array;
    }

    private static ObjectNode caption(Caption caption, Page page) {
        ObjectNode node = NODES.objectNode();
        node.put("text", caption.text());
        node.put("credit", caption.credit());
        node.set("lines", lines(caption.lines()));
        putBoundingBox(node, "bbox", caption.lines(), page);
        return node;
    }

    /** {@code [x, y, width, height]} in points from the page's top-left, when the lines' places are known. */
    private static void putBoundingBox(ObjectNode node, String name, List<Integer> lines, Page page) {
        double[] box = page.boundingBox(lines);
        if (box != null) {
            ArrayNode array = node.putArray(name);
            for (double value : box) {
                array.add(Math.round(value * 10) / 10.0);
            }
        }
    }

    private static ArrayNode lines(List<Integer> numbers) {
        ArrayNode array = NODES.arrayNode();
        numbers.forEach(array::add);
        return array;
    }
}
