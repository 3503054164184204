package banmian.pdf.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The real articles the pages are made of: ../shared/corpus/articles/rmrb-2019-10/YYYYMMDD/YYYYMMDD-PP-NN.txt
 * (line 1 kicker, line 2 headline, line 3 subtitle, then paragraphs opening with two ideographic spaces),
 * read once, in file-name order, and picked by page number with a seeded random.
 */
final class ArticleSource {
    /** One article as the paper's site gives it. {@code page} is its page number in the paper. */
    record SourceArticle(String id, String date, int page, String kicker, String headline, String subtitle, List<String> paragraphs) {
        int length() {
            return paragraphs.stream().mapToInt(String::length).sum();
        }

        String text() {
            return kicker + headline + subtitle + String.join("", paragraphs);
        }
    }

    private final List<SourceArticle> articles;
    private final Map<Integer, List<SourceArticle>> byPage = new TreeMap<>();

    ArticleSource(Path directory) {
        List<SourceArticle> read = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                SourceArticle article = read(file);
                if (article != null) {
                    read.add(article);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (read.isEmpty()) {
            throw new IllegalStateException("no articles under " + directory);
        }
        articles = List.copyOf(read);
        for (SourceArticle article : articles) {
            byPage.computeIfAbsent(article.page(), p -> new ArrayList<>()).add(article);
        }
    }

    private static SourceArticle read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String[] parts = name.substring(0, name.length() - 4).split("-");
        if (parts.length != 3) {
            return null;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 4 || lines.get(1).isBlank()) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines.subList(3, lines.size())) {
            String text = clean(line);
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            return null;
        }
        String date = parts[0].substring(0, 4) + "-" + parts[0].substring(4, 6) + "-" + parts[0].substring(6, 8);
        return new SourceArticle(parts[0] + "-" + parts[1] + "-" + parts[2], date, Integer.parseInt(parts[1]),
                clean(lines.get(0)), clean(lines.get(1)), clean(lines.get(2)), List.copyOf(paragraphs));
    }

    /**
     * The text as printed: no leading or trailing blanks, and spaces kept only between two Latin letters or
     * digits (the site puts spaces after datelines and between clauses; the printed page sets a gap there).
     */
    static String clean(String line) {
        String text = line.replace('\u3000', ' ').replace('\u00a0', ' ').strip();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (out.isEmpty() || out.charAt(out.length() - 1) == ' ') {
                    continue;
                }
                int next = i + 1;
                while (next < text.length() && text.charAt(next) == ' ') {
                    next++;
                }
                if (next < text.length() && latin(out.charAt(out.length() - 1)) && latin(text.charAt(next))) {
                    out.append(' ');
                }
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /**
     * An article of one of {@code pages} (any page when none has one) that {@code fits}, not yet in
     * {@code used}; null when none is left.
     */
    SourceArticle pick(Random random, List<Integer> pages, Predicate<SourceArticle> fits, java.util.Set<String> used) {
        List<SourceArticle> pool = new ArrayList<>();
        for (int page : pages) {
            pool.addAll(byPage.getOrDefault(page, List.of()));
        }
        if (pool.isEmpty()) {
            pool = articles;
        }
        for (int tries = 0; tries < 200; tries++) {
            SourceArticle article = pool.get(random.nextInt(pool.size()));
            if (!used.contains(article.id()) && fits.test(article)) {
                used.add(article.id());
                return article;
            }
        }
        for (SourceArticle article : articles) {
            if (!used.contains(article.id()) && fits.test(article)) {
                used.add(article.id());
                return article;
            }
        }
        return null;
    }
}
