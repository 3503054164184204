package banmian.layout;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text path's packages are layered in the order its stages run: the line model, then preparing,
 * tagging, ordering, segmenting and assembling, then {@code banmian.layout} itself, which composes
 * them. No main source file uses a class of a later layer, by import or by its full name; comments
 * and string literals are not read.
 */
class LayoutLayersTest {
    /** Earliest first; the empty name is {@code banmian.layout} itself. */
    private static final List<String> LAYERS = List.of("line", "prepare", "tag", "order", "segment", "assemble", "");
    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+banmian\\.layout(?:\\.(\\w+))?\\s*;");
    /** A name in a sub-package ({@code banmian.layout.tag.X}), or a class of banmian.layout itself ({@code banmian.layout.Pipelines}). */
    private static final Pattern REFERENCE = Pattern.compile("\\bbanmian\\s*\\.\\s*layout\\s*\\.\\s*(?:([a-z]\\w*)\\s*\\.\\s*([\\w*]+)|([A-Z]\\w*))");
    private static final Path SOURCES = Path.of("src/main/java/banmian/layout");

    @Test
    void noPackageUsesALaterOne() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), SOURCES.toAbsolutePath() + " (surefire runs in the module's folder)");
        List<String> problems = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                files++;
                laterReferences(Files.readString(file)).forEach(problem -> problems.add(SOURCES.relativize(file) + ": " + problem));
            }
        }
        assertTrue(files > 40, "the layout sources are where they were: " + files + " files");
        assertEquals(List.of(), problems);
    }

    @Test
    void everySubPackageIsALayer() throws IOException {
        try (Stream<Path> list = Files.list(SOURCES)) {
            List<String> packages = list.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList();
            assertEquals(LAYERS.stream().filter(layer -> !layer.isEmpty()).sorted().toList(), packages,
                    "a new package under banmian.layout needs its place in LAYERS");
        }
    }

    @Test
    void theParserSeesImportsAndFullNamesButNotCommentsOrStrings() {
        String source = """
                package banmian.layout.tag;

                import banmian.layout.line.TextLine;
                import banmian.layout.prepare.LinePreparer;
                import static banmian.layout.segment.ArticleSegmenter.split;
                import banmian.layout.assemble.*;

                /** Unlike {@link banmian.layout.order.ReadingOrder}, this tags. */
                final class Example {
                    // banmian.layout.order.TitleOwnership is mentioned, not used
                    private static final String NAME = "banmian.layout.order.ReadingOrder";
                    private static final char DOT = '.';
                    private final banmian.layout.order.Flow flow = null;
                    private final Object parser = banmian.layout.PageParser.class;
                    private final String block = \"""
                        banmian.layout.segment.Piece in a text block
                        \""";
                }
                """;
        assertEquals(List.of("tag uses segment: banmian.layout.segment.ArticleSegmenter",
                        "tag uses assemble: banmian.layout.assemble.*",
                        "tag uses order: banmian.layout.order.Flow",
                        "tag uses banmian.layout: banmian.layout.PageParser"),
                laterReferences(source));
        assertEquals(List.of(), laterReferences("package banmian.layout;\nimport banmian.layout.assemble.ArticleAssembler;\n"));
        assertEquals(List.of("line uses prepare: banmian.layout.prepare.Dialects"),
                laterReferences("package banmian.layout.line;\nclass A { Object d = banmian.layout.prepare.Dialects.STAGE; }\n"));
    }

    /** Each use in {@code source} of a layer later than its own package's, as "tag uses order: banmian.layout.order.Flow". */
    static List<String> laterReferences(String source) {
        String code = withoutCommentsAndStrings(source);
        Matcher declared = PACKAGE.matcher(code);
        if (!declared.find()) {
            return List.of();
        }
        String own = declared.group(1) == null ? "" : declared.group(1);
        int ownRank = rank(own);
        List<String> problems = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(code);
        reference.region(declared.end(), code.length());
        while (reference.find()) {
            String layer = reference.group(1) == null ? "" : reference.group(1);
            String name = reference.group(1) == null ? reference.group(3) : layer + "." + reference.group(2);
            int rank = rank(layer);
            if (rank < 0 || rank > ownRank) {
                problems.add(describe(own) + " uses " + (rank < 0 ? "an unlayered package " : "") + describe(layer) + ": banmian.layout." + name);
            }
        }
        return problems;
    }

    private static int rank(String layer) {
        return LAYERS.indexOf(layer);
    }

    private static String describe(String layer) {
        return layer.isEmpty() ? "banmian.layout" : layer;
    }

    /** The source with comments, string and character literals and text blocks blanked out (line breaks kept). */
    static String withoutCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = closing(source, i + 3, "\"\"\"");
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                end = closing(source, i + 1, String.valueOf(source.charAt(i)));
            } else {
                out.append(source.charAt(i++));
                continue;
            }
            for (int j = i; j < end; j++) {
                out.append(source.charAt(j) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** Just past the unescaped {@code quote} that closes a literal whose text starts at {@code from}. */
    private static int closing(String source, int from, String quote) {
        int i = from;
        while (i < source.length()) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith(quote, i)) {
                return i + quote.length();
            } else {
                i++;
            }
        }
        return source.length();
    }
}
