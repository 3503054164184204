package banmian.io;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Caption;
import banmian.model.Enrichment;
import banmian.model.Entity;
import banmian.model.EntityType;
import banmian.model.Figure;
import banmian.model.FigureType;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.model.TextSpan;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads FORMAT.md JSON leniently: a missing field is null or empty (gold files carry no provenance,
 * and fields get added over time), but a field of the wrong kind is an error that names its path.
 */
final class PageJsonReader {
    /** A whole number written as a string, as an int holds it. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private PageJsonReader() {
    }

    static Page page(JsonNode root) throws IOException {
        require(root.isObject(), "", "expected a JSON object for a page");
        JsonNode metaNode = root.path("page");
        PageMeta meta = metaNode.isMissingNode() || metaNode.isNull() ? PageMeta.UNKNOWN : meta(metaNode);
        List<Article> articles = new ArrayList<>();
        int index = 0;
        for (JsonNode article : array(root, "articles", "")) {
            articles.add(article(article, "articles[" + index++ + "]"));
        }
        return new Page(meta, articles, blocks(root, "unassigned", ""), StoredBoxes.of(root));
    }

    private static PageMeta meta(JsonNode node) throws IOException {
        String date = text(node, "date", "page");
        try {
            return new PageMeta(text(node, "paper", "page"), date == null ? null : LocalDate.parse(date),
                    integer(node, "number", "page"), text(node, "section", "page"));
        } catch (DateTimeParseException e) {
            throw new IOException("page.date: not a YYYY-MM-DD date: " + date, e);
        }
    }

    private static Article article(JsonNode node, String path) throws IOException {
        require(node.isObject(), path, "expected an object");
        JsonNode provenance = node.path("provenance");
        Map<BlockType, Block> titles = new EnumMap<>(BlockType.class);
        for (BlockType field : PageJson.TITLE_FIELDS) {
            String text = text(node, field.jsonName(), path);
            if (text != null) {
                titles.put(field, new Block(field, text, lines(provenance, field.jsonName(), path + ".provenance")));
            }
        }
        List<Caption> captions = new ArrayList<>();
        int index = 0;
        for (JsonNode caption : array(node, "captions", path)) {
            String captionPath = path + ".captions[" + index++ + "]";
            captions.add(new Caption(text(caption, "text", captionPath), text(caption, "credit", captionPath),
                    lines(caption, "lines", captionPath)));
        }
        return new Article(titles.get(BlockType.KICKER), titles.get(BlockType.HEADLINE),
                titles.get(BlockType.SUBTITLE), titles.get(BlockType.DATELINE), titles.get(BlockType.BYLINE),
                titles.get(BlockType.AUTHOR_NOTE), blocks(node, "body", path), captions,
                integer(node, "continuedTo", path), integer(node, "continuedFrom", path),
                node.has("entities") || node.has("figures") ? enrichment(node, path) : null);
    }

    private static Enrichment enrichment(JsonNode node, String path) throws IOException {
        List<Entity> entities = new ArrayList<>();
        int index = 0;
        for (JsonNode entity : array(node, "entities", path)) {
            String entityPath = path + ".entities[" + index++ + "]";
            List<TextSpan> mentions = new ArrayList<>();
            for (JsonNode mention : array(entity, "mentions", entityPath)) {
                mentions.add(span(mention, entityPath + ".mentions"));
            }
            entities.add(new Entity(enumValue(EntityType::fromJson, text(entity, "type", entityPath), entityPath),
                    text(entity, "name", entityPath), mentions));
        }
        List<Figure> figures = new ArrayList<>();
        index = 0;
        for (JsonNode figure : array(node, "figures", path)) {
            String figurePath = path + ".figures[" + index++ + "]";
            JsonNode value = figure.path("value");
            require(value.isMissingNode() || value.isNull() || value.isNumber(), figurePath + ".value", "expected a number");
            figures.add(new Figure(enumValue(FigureType::fromJson, text(figure, "type", figurePath), figurePath),
                    text(figure, "text", figurePath), span(figure, figurePath),
                    value.isNumber() ? value.decimalValue() : null, text(figure, "unit", figurePath),
                    text(figure, "resolved", figurePath), text(figure, "granularity", figurePath),
                    text(figure, "qualifier", figurePath)));
        }
        List<String> keywords = new ArrayList<>();
        for (JsonNode keyword : array(node, "keywords", path)) {
            require(keyword.isTextual(), path + ".keywords", "expected strings");
            keywords.add(keyword.textValue());
        }
        return new Enrichment(entities, figures, keywords, text(node, "summary", path));
    }

    private static TextSpan span(JsonNode node, String path) throws IOException {
        Integer block = integer(node, "block", path);
        Integer start = integer(node, "start", path);
        Integer end = integer(node, "end", path);
        require(start != null && end != null && start <= end, path, "expected start <= end offsets");
        return new TextSpan(text(node, "field", path), block == null ? 0 : block, start, end);
    }

    private static <E extends Enum<E>> E enumValue(java.util.function.Function<String, E> parse, String name, String path)
            throws IOException {
        try {
            return parse.apply(String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new IOException(path + ".type: unknown type \"" + name + "\"", e);
        }
    }

    private static List<Block> blocks(JsonNode parent, String field, String parentPath) throws IOException {
        List<Block> blocks = new ArrayList<>();
        int index = 0;
        for (JsonNode node : array(parent, field, parentPath)) {
            String path = join(parentPath, field) + "[" + index++ + "]";
            require(node.isObject(), path, "expected an object");
            String type = text(node, "type", path);
            blocks.add(new Block(type == null ? BlockType.PARAGRAPH : blockType(type, path),
                    text(node, "text", path), lines(node, "lines", path)));
        }
        return blocks;
    }

    private static BlockType blockType(String name, String path) throws IOException {
        try {
            return BlockType.fromJsonName(name);
        } catch (IllegalArgumentException e) {
            throw new IOException(path + ".type: unknown block type \"" + name + "\"", e);
        }
    }

    private static List<Integer> lines(JsonNode parent, String field, String parentPath) throws IOException {
        List<Integer> lines = new ArrayList<>();
        for (JsonNode number : array(parent, field, parentPath)) {
            require(number.canConvertToInt() && number.isIntegralNumber(), join(parentPath, field),
                    "expected line numbers");
            lines.add(number.intValue());
        }
        return lines;
    }

    /** The elements of an array field; none when the field is missing or null. */
    private static Iterable<JsonNode> array(JsonNode parent, String field, String parentPath) throws IOException {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        require(node.isArray(), join(parentPath, field), "expected an array");
        return node;
    }

    private static String text(JsonNode parent, String field, String parentPath) throws IOException {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        require(node.isTextual(), join(parentPath, field), "expected a string");
        return node.textValue();
    }

    /** Page numbers sometimes arrive as strings ({@code "07"}) from hand-made files; both are fine. */
    private static Integer integer(JsonNode parent, String field, String parentPath) throws IOException {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        require(node.isTextual() && WHOLE_NUMBER.matcher(node.textValue()).matches(), join(parentPath, field),
                "expected a whole number");
        return Integer.valueOf(node.textValue());
    }

    private static void require(boolean condition, String path, String problem) throws IOException {
        if (!condition) {
            throw new IOException((path.isEmpty() ? "" : path + ": ") + problem);
        }
    }

    private static String join(String parentPath, String field) {
        return parentPath.isEmpty() ? field : parentPath + "." + field;
    }
}
