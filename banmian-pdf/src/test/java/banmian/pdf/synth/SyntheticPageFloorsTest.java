package banmian.pdf.synth;

import banmian.eval.PageScore;
import banmian.eval.PageScorer;
import banmian.io.PageJson;
import banmian.layout.PageParser;
import banmian.model.PageMeta;
import banmian.pdf.PdfPageParser;
import banmian.pdf.PdfReader;
import banmian.testing.RealPages;
import banmian.testing.TsvRows;
import banmian.text.Chars;
import banmian.text.InputDecoder;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every synthetic page of the tests' seed ({@link SyntheticPages}), read from its PDF and from its pdfminer and
 * pdftotext text layers, held to its own floor ({@code synth-floors.tsv}: body_f1, fields_exact, captions_exact
 * and the furniture, index, label and advertisement items that may end up inside articles), so that one page
 * type's loss cannot hide behind another's gain. Prints the figures per page type (the README's table). Raise a
 * row when a change raises the page; never lower one to let a change through. With
 * {@code -Dsynth.floors.print=true} it prints today's rows instead of checking them ({@code -Dsynth.floors.pages=N}
 * for the first N pages).
 */
@RealPages
class SyntheticPageFloorsTest {
    private static final String RESOURCE = "/banmian/pdf/synth/synth-floors.tsv";
    private static final List<String> INPUTS = List.of("pdf", "pdfminer", "pdftotext");
    /** Unassigned truth items that must never be read as part of an article. */
    private static final Set<String> NOT_ARTICLE_TYPES = Set.of("masthead", "furniture", "index", "advertisement", "column");
    /** Shorter items (two-character labels) occur in running text by chance. */
    private static final int LEAK_MIN_CHARS = 4;

    record Floor(String page, String input, double bodyF1, double fieldsExact, Double captionsExact, int leaks) {
    }

    record Figures(Synthesizer.SynthPage page, String input, PageScore score, int leaks) {
    }

    @Test
    void everySyntheticPageHoldsItsFloor(@TempDir Path dir) throws Exception {
        List<Floor> floors = floors();
        int count = Math.max(floors.stream().map(Floor::page).distinct().toList().size(), Integer.getInteger("synth.floors.pages", 0));
        List<Synthesizer.SynthPage> pages = SyntheticPages.first(count);
        Map<String, Figures> figures = new LinkedHashMap<>();
        for (Synthesizer.SynthPage page : pages) {
            Synthesize.write(page, dir, true);
            for (String input : INPUTS) {
                JsonNode parsed = parse(page, input, dir);
                figures.put(page.name() + " " + input, new Figures(page, input,
                        PageScorer.score(page.truth(), parsed, true), leaks(page.truth(), parsed)));
            }
        }
        printByType(figures.values());
        if (Boolean.getBoolean("synth.floors.print")) {
            figures.values().forEach(f -> System.out.println(row(f)));
            return;
        }
        List<String> failures = new ArrayList<>();
        for (Floor floor : floors) {
            Figures got = figures.get(floor.page() + " " + floor.input());
            assertNotNull(got, floor.page() + " is not among the first " + count + " pages of seed " + SyntheticPages.SEED);
            failures.addAll(belowFloor(floor, got));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static List<String> belowFloor(Floor floor, Figures got) {
        List<String> failures = new ArrayList<>();
        String name = floor.page() + " " + floor.input();
        PageScore score = got.score();
        if (score.bodyF1() < floor.bodyF1()) {
            failures.add(name + ": body_f1 " + score.bodyF1() + " under its floor " + floor.bodyF1() + "\n" + score.report());
        }
        if (score.fieldsExact() < floor.fieldsExact()) {
            failures.add(name + ": fields_exact " + score.fieldsExact() + " under its floor " + floor.fieldsExact() + "\n" + score.report());
        }
        if (floor.captionsExact() != null && (score.captionsExact() == null || score.captionsExact() < floor.captionsExact())) {
            failures.add(name + ": captions_exact " + score.captionsExact() + " under its floor " + floor.captionsExact());
        }
        if (got.leaks() > floor.leaks()) {
            failures.add(name + ": " + got.leaks() + " furniture, index, label or advertisement items inside articles, more than "
                    + floor.leaks());
        }
        return failures;
    }

    private static JsonNode parse(Synthesizer.SynthPage page, String input, Path dir) throws Exception {
        if (input.equals("pdf")) {
            return PageJson.toTree(new PdfPageParser().parse(
                    new PdfReader().read(page.pdf(), page.name() + ".pdf").get(0), PageMeta.UNKNOWN));
        }
        Path text = dir.resolve(page.name() + "." + input + ".txt");
        String decoded = InputDecoder.decode(Files.readAllBytes(text), text.toString());
        return PageJson.toTree(new PageParser().parse(PageParser.lines(decoded), PageMeta.UNKNOWN));
    }

    /**
     * The truth's furniture, index, label and advertisement items found inside a parsed article's title fields or
     * body (items that also occur in the truth's own articles are not counted: they prove nothing).
     */
    static int leaks(JsonNode truth, JsonNode parsed) {
        String truthArticles = articleText(truth);
        String parsedArticles = articleText(parsed);
        int leaks = 0;
        for (JsonNode item : truth.path("unassigned")) {
            String text = Chars.squash(item.path("text").asText());
            if (NOT_ARTICLE_TYPES.contains(item.path("type").asText()) && text.length() >= LEAK_MIN_CHARS
                    && !truthArticles.contains(text) && parsedArticles.contains(text)) {
                leaks++;
            }
        }
        return leaks;
    }

    private static String articleText(JsonNode page) {
        StringBuilder text = new StringBuilder();
        for (JsonNode article : page.path("articles")) {
            for (String field : List.of("kicker", "headline", "subtitle", "byline", "dateline")) {
                text.append(Chars.squash(article.path(field).asText())).append('\u0000');
            }
            for (JsonNode block : article.path("body")) {
                text.append(Chars.squash(block.path("text").asText())).append('\u0000');
            }
        }
        return text.toString();
    }

    private static void printByType(Iterable<Figures> all) {
        Map<String, List<Figures>> byType = new TreeMap<>();
        for (Figures f : all) {
            byType.computeIfAbsent(f.input() + " " + f.page().type().name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
        }
        System.out.println("synthetic pages | input | type | pages | body_f1 mean (min) | fields_exact | captions_exact | articles found/truth | leaks");
        byType.forEach((key, list) -> {
            List<Double> captions = list.stream().map(f -> f.score().captionsExact()).filter(c -> c != null).toList();
            System.out.printf(Locale.ROOT, "synthetic pages | %s | %d | %.3f (%.3f) | %.3f | %s | %d/%d | %d%n",
                    key.replace(" ", " | "), list.size(),
                    list.stream().mapToDouble(f -> f.score().bodyF1()).average().orElse(0),
                    list.stream().mapToDouble(f -> f.score().bodyF1()).min().orElse(0),
                    list.stream().mapToDouble(f -> f.score().fieldsExact()).average().orElse(0),
                    captions.isEmpty() ? "–" : String.format(Locale.ROOT, "%.3f", captions.stream().mapToDouble(Double::doubleValue).average().orElse(0)),
                    list.stream().mapToInt(f -> f.score().articlesPred()).sum(),
                    list.stream().mapToInt(f -> f.score().articlesTruth()).sum(),
                    list.stream().mapToInt(Figures::leaks).sum());
        });
    }

    /** Today's figures as a floor row, rounded down to three decimals. */
    private static String row(Figures f) {
        PageScore score = f.score();
        return String.join("\t", f.page().name(), f.input(), down(score.bodyF1()), down(score.fieldsExact()),
                score.captionsExact() == null ? "-" : down(score.captionsExact()), Integer.toString(f.leaks()));
    }

    private static String down(double value) {
        return String.format(Locale.ROOT, "%.3f", Math.floor(value * 1000) / 1000);
    }

    private static List<Floor> floors() throws IOException {
        List<Floor> rows = new ArrayList<>();
        for (String[] f : TsvRows.read(RESOURCE, 6)) {
            rows.add(new Floor(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    f[4].equals("-") ? null : Double.valueOf(f[4]), Integer.parseInt(f[5])));
        }
        return rows;
    }
}
