package banmian.layout;

import banmian.eval.PageScorer;
import banmian.eval.RmrbTruth;
import banmian.io.PageJson;
import banmian.layout.line.LayoutParameters;
import banmian.model.PageMeta;
import banmian.model.SourceLine;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import banmian.text.InputDecoder;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tuned values the README calls insensitive, swept over the real pages: the seed page against
 * its gold and the development pages' text layers (pdfminer, pdftotext, pdftotext -raw) against
 * their scraped truth. Across the stated plateau every page scores the same body_f1 as with the
 * default; values outside it are swept too, so that the table this prints shows where the
 * plateau ends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RealPages
class ParameterPlateauTest {
    private static final String[] DEVELOPMENT_PAGES = {
        "rmrb2018010207", "rmrb2018010307", "rmrb2018010407", "rmrb2018010507",
        "rmrb2018010807", "rmrb2018011007", "rmrb2018011207", "rmrb2018011707",
    };
    private static final String[] EXTRACTORS = {"pdfminer", "pdftotext", "pdftotext-raw"};

    private record Input(String name, List<SourceLine> lines, JsonNode truth, boolean paragraphs) {
    }

    private final List<Input> inputs = new ArrayList<>();
    private List<Double> defaultScores;

    @BeforeAll
    void readPages() throws Exception {
        Path shared = SharedCorpus.directory();
        inputs.add(new Input("seed", read(shared.resolve("samples/luliang-2024-03-11-p1.txt")), SharedCorpus.luliangGold(), true));
        for (String page : DEVELOPMENT_PAGES) {
            JsonNode truth = RmrbTruth.load(SharedCorpus.rmrbTruthDirectory(), page);
            for (String extractor : EXTRACTORS) {
                inputs.add(new Input(page + "." + extractor, read(shared.resolve("corpus/rmrb/text/" + page + "." + extractor + ".txt")),
                        truth, false));
            }
        }
        defaultScores = scores(LayoutParameters.DEFAULTS);
    }

    /** A parameter the README calls insensitive: the values it does the same for, and values past them. */
    private record Plateau(String parameter, double[] plateau, double[] outside) {
        @Override
        public String toString() {
            return parameter;
        }
    }

    /** The README's table of insensitive values (and each parameter's own javadoc). */
    static List<Plateau> plateaus() {
        return List.of(
                // "any value from 0.8 to 1.2 does the same; 1.5 joins another article's section to its neighbour"
                new Plateau("segment.precedingPieceBonus", new double[] {0.8, 0.9, 1.0, 1.1, 1.2}, new double[] {0.7, 1.5}),
                new Plateau("segment.parallelHeadingBonus", new double[] {1, 2, 3, 6, 10}, new double[] {0.5}),
                new Plateau("order.naturalOrderBonus", new double[] {3, 3.5, 4, 4.5, 5}, new double[] {2, 6}),
                new Plateau("order.strongEvidence", new double[] {0.5, 1, 2, 3, 4}, new double[] {5}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plateaus")
    void scoresTheSameAcrossItsPlateau(Plateau plateau) {
        assertPlateau(plateau.parameter(), plateau.plateau(), plateau.outside());
    }

    /**
     * Runs the pages with {@code parameter} at each value, prints value against body_f1 (the seed
     * page, the mean of the development pages' text layers, how many inputs score otherwise than with
     * the default), and asserts that every value of {@code plateau} scores every input as the default
     * does. {@code outside}: values past the plateau's ends, printed only.
     */
    private void assertPlateau(String parameter, double[] plateau, double... outside) {
        double defaultValue = LayoutParameters.DEFAULTS.value(parameter);
        StringBuilder table = new StringBuilder(String.format("%n%s (default %s; plateau %s to %s)%n", parameter, format(defaultValue),
                format(plateau[0]), format(plateau[plateau.length - 1])));
        table.append(String.format("  %-9s %-10s %-22s %s%n", "value", "seed f1", "development mean f1", "inputs scored otherwise"));
        List<String> failures = new ArrayList<>();
        double[] values = DoubleStream.concat(DoubleStream.of(plateau), DoubleStream.of(outside)).sorted().toArray();
        for (double value : values) {
            boolean onPlateau = DoubleStream.of(plateau).anyMatch(v -> v == value);
            List<Double> scores = scores(LayoutParameters.DEFAULTS.with(parameter, value));
            List<String> otherwise = new ArrayList<>();
            for (int i = 0; i < scores.size(); i++) {
                if (!scores.get(i).equals(defaultScores.get(i))) {
                    otherwise.add(inputs.get(i).name());
                }
            }
            double developmentMean = scores.subList(1, scores.size()).stream().mapToDouble(Double::doubleValue).average().orElse(0);
            table.append(String.format("%s %-9s %-10.4f %-22.4f %s%n", onPlateau ? "*" : " ", format(value), scores.get(0), developmentMean,
                    otherwise.isEmpty() ? "-" : otherwise.size() + " " + otherwise));
            if (onPlateau && !otherwise.isEmpty()) {
                failures.add(format(value) + " scores " + otherwise + " otherwise");
            }
        }
        System.out.print(table);
        assertEquals(List.of(), failures, () -> parameter + " is not flat over its stated plateau:" + table);
    }

    /** body_f1 of every input, the seed page first. */
    private List<Double> scores(LayoutParameters parameters) {
        PageParser parser = new PageParser(parameters);
        List<Double> scores = new ArrayList<>();
        for (Input input : inputs) {
            JsonNode parsed = PageJson.toTree(parser.parse(input.lines(), PageMeta.UNKNOWN));
            scores.add(PageScorer.score(input.truth(), parsed, input.paragraphs()).bodyF1());
        }
        return scores;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static List<SourceLine> read(Path input) throws Exception {
        return PageParser.lines(InputDecoder.decode(Files.readAllBytes(input), input.toString()));
    }
}
