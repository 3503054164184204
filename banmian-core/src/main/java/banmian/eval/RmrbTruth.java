package banmian.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static banmian.eval.PythonWhitespace.squash;

/**
 * Port of the referee's {@code load_rmrb}: the scraped 人民日报 article files of one page (title, title_sub, author,
 * contents→chapter→section→sentences) turned into a FORMAT.md page, to be scored with {@code paragraphs = false}.
 */
public final class RmrbTruth {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A page PDF's stem names the page ({@code rmrb2018010207}); its articles drop the page number. */
    private static final int PAGE_STEM_LENGTH = 14;
    /** What follows the stem in an article file's name: two digits and {@code .json}. */
    private static final Pattern ARTICLE_FILE_SUFFIX = Pattern.compile("[0-9]{2}\\.json");

    private RmrbTruth() {
    }

    /**
     * @param truthDir corpus/rmrb/truth
     * @param page     a page PDF's stem such as {@code rmrb2018010207}, or the date stem {@code rmrb20180102}
     * @return {@code {"articles": [...], "_paragraphs": false}}, one article per file {@code <stem>NN.json}, in name order
     * @throws IOException when no file belongs to the page, or one cannot be read
     */
    public static ObjectNode load(Path truthDir, String page) throws IOException {
        String stem = page.codePointCount(0, page.length()) == PAGE_STEM_LENGTH
                ? ArticleText.firstCodePoints(page, PAGE_STEM_LENGTH - 2) : page;
        ArrayNode articles = NODES.arrayNode();
        for (Path file : articleFiles(truthDir, stem)) {
            articles.add(article(JSON.readTree(file.toFile()), file.getFileName().toString()));
        }
        if (articles.isEmpty()) {
            throw new IOException("no truth files for page " + page + " in " + truthDir);
        }
        ObjectNode truth = NODES.objectNode();
        truth.set("articles", articles);
        truth.put("_paragraphs", false);
        return truth;
    }

    /** The referee's {@code sorted(glob(stem + "[0-9][0-9].json"))}. */
    private static List<Path> articleFiles(Path truthDir, String stem) throws IOException {
        if (!Files.isDirectory(truthDir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(truthDir)) {
            return entries.filter(entry -> isArticleFile(entry.getFileName().toString(), stem))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isArticleFile(String name, String stem) {
        return name.startsWith(stem) && ARTICLE_FILE_SUFFIX.matcher(name.substring(stem.length())).matches();
    }

    private static ObjectNode article(JsonNode scraped, String fileName) {
        ObjectNode article = NODES.objectNode();
        // A title with a wide gap is "kicker  headline"; otherwise the whole title, as scraped, is the headline.
        List<String> titleParts = PythonWhitespace.splitOnWideGaps(PythonJson.text(scraped, "title"));
        if (titleParts.size() > 1) {
            article.put("kicker", titleParts.get(0));
            article.put("headline", String.join(" ", titleParts.subList(1, titleParts.size())));
        } else {
            article.putNull("kicker");
            article.set("headline", scraped.hasNonNull("title") ? scraped.get("title").deepCopy() : NODES.nullNode());
        }
        String subtitle = PythonJson.text(scraped, "title_sub");
        article.put("subtitle", subtitle.isEmpty() ? null : subtitle);
        String byline = String.join(" ", PythonJson.items(scraped, "author").stream()
                .map(author -> PythonJson.text(author, "name")).toList());
        article.put("byline", byline.isEmpty() ? null : byline);
        article.set("body", body(scraped));
        article.put("_file", fileName);
        return article;
    }

    /** Each named chapter becomes a heading, and its sentences one paragraph. */
    private static ArrayNode body(JsonNode scraped) {
        ArrayNode body = NODES.arrayNode();
        for (JsonNode content : PythonJson.items(scraped, "contents")) {
            for (JsonNode chapter : PythonJson.items(content, "chapter")) {
                String name = PythonWhitespace.strip(PythonJson.text(chapter, "name"));
                List<String> sentences = sentences(chapter);
                if (!name.isEmpty()) {
                    body.add(block("heading", name));
                    // The scrape repeats the heading as the chapter's first sentence.
                    if (!sentences.isEmpty() && squash(sentences.get(0)).equals(squash(name))) {
                        sentences = sentences.subList(1, sentences.size());
                    }
                }
                if (!sentences.isEmpty()) {
                    body.add(block("paragraph", String.join("", sentences)));
                }
            }
        }
        return body;
    }

    private static List<String> sentences(JsonNode chapter) {
        List<String> sentences = new ArrayList<>();
        for (JsonNode section : PythonJson.items(chapter, "section")) {
            for (JsonNode sentence : PythonJson.items(section, "sentences")) {
                sentences.add(PythonJson.text(sentence, "sentence"));
            }
        }
        return sentences;
    }

    private static ObjectNode block(String type, String text) {
        return NODES.objectNode().put("type", type).put("text", text);
    }
}
