package banmian.pdf.synth;

import banmian.layout.Pipelines;
import banmian.layout.PageParser;
import banmian.layout.line.DecisionLog;
import banmian.layout.line.Facts;
import banmian.layout.line.LayoutParameters;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.TextLine;
import banmian.layout.line.LineRole;
import banmian.layout.tag.HeadlineLineFeatures;
import banmian.layout.tag.LearnedHeadlines;
import banmian.eval.RmrbTruth;
import banmian.learn.BoostedTrees;
import banmian.learn.Thresholds;
import banmian.model.PageGraphics;
import banmian.model.PageMeta;
import banmian.text.Chars;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code TrainHeadlineLines --seeds 101,102,103,104,105 --pages 70 --work DIR --out FILE}: trains the text
 * path's headline-line model ({@code banmian.layout.tag.LearnedHeadlines}) on synthetic pages. Pages of
 * each seed are made in {@code DIR/seedN} unless already there (PDF, truth, pdfminer and pdftotext
 * text layers); each text layer is read by the text path up to its wording rules for titles, and every
 * line still open between text, heading and headline gets its label from the truth: part of a kicker,
 * headline or subtitle, or not (part of the text, or of nothing an article holds: a column label, a
 * chart's title); lines found both in a title and in the text are left out. The real development
 * pages' text layers ({@code --real}, corpus/rmrb with its scraped truth) are read the same way, so
 * that the model also sees real type and real extractors. The seeds must differ from those the
 * figures are measured on (7, 11 and the floors' 20191001; docs/learned-headlines.md).
 */
public final class TrainHeadlineLines {
    /**
     * The decision threshold is the best F-measure's with precision weighed twice as much as recall
     * (F0.5): the model adds headlines to rules that already find most of them on the pages they were
     * written for, and a false headline parts an article in two.
     */
    private static final double PRECISION_WEIGHT = 0.5;
    /** The seeds the figures and the synthetic floors are measured on: never trained on. */
    private static final Set<Long> MEASURED_SEEDS = Set.of(7L, 11L, 20191001L);
    /** The text layers kept beside each real page ({@code corpus/rmrb/text}). */
    private static final List<String> REAL_LAYERS = List.of("pdfminer", "pdftotext", "pdftotext-raw");

    private TrainHeadlineLines() {
    }

    public static void main(String[] args) throws Exception {
        List<Long> seeds = List.of(101L, 102L, 103L, 104L, 105L);
        int pages = 70;
        Path work = Path.of("target/headline-training");
        Path out = Path.of("banmian-core/src/main/resources/banmian/layout/tag/headline-lines.model");
        Path corpus = Path.of("../shared/corpus/articles/rmrb-2019-10");
        Path real = Path.of("../shared/corpus/rmrb");
        Set<String> leftOut = Set.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seeds" -> seeds = Stream.of(args[++i].split(",")).map(Long::parseLong).toList();
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--real" -> real = Path.of(args[++i]);
                case "--leave-out" -> leftOut = Set.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (usage: TrainHeadlineLines --seeds S,S --pages N --work DIR --out FILE [--corpus DIR] [--real DIR] [--leave-out PAGE,PAGE])");
            }
        }
        for (long seed : seeds) {
            if (MEASURED_SEEDS.contains(seed)) {
                throw new IllegalArgumentException("seed " + seed + " is one the figures are measured on; train on others");
            }
        }
        // One fold per seed; the real pages are dealt over the folds in turn.
        LabelledLines data = new LabelledLines();
        for (int fold = 0; fold < seeds.size(); fold++) {
            long seed = seeds.get(fold);
            Path set = work.resolve("seed" + seed);
            makePages(set, seed, pages, corpus);
            try (Stream<Path> files = Files.list(set)) {
                for (Path truth : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode page = Synthesizer.JSON.readTree(truth.toFile());
                    for (String layer : List.of("pdfminer", "pdftotext")) {
                        Path text = Path.of(truth.toString().replaceFirst("\\.json$", "." + layer + ".txt"));
                        data.addLines(Files.readString(text, StandardCharsets.UTF_8), page, fold);
                    }
                }
            }
            System.out.println("seed " + seed + ": " + data.size() + " labelled lines so far");
        }
        int synthetic = data.size();
        try (Stream<Path> files = Files.list(real)) {
            int dealt = 0;
            for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
                if (leftOut.contains(name)) {
                    continue;
                }
                JsonNode page = RmrbTruth.load(real.resolve("truth"), name);
                for (String layer : REAL_LAYERS) {
                    data.addLines(Files.readString(real.resolve("text").resolve(name + "." + layer + ".txt"), StandardCharsets.UTF_8),
                            page, dealt % seeds.size());
                }
                dealt++;
            }
        }
        System.out.println("real pages: " + (data.size() - synthetic) + " labelled lines");
        double threshold = data.outOfFoldThreshold(seeds.size());
        BoostedTrees model = BoostedTrees.fit(HeadlineLineFeatures.NAMES, data.rows, data.labels, BoostedTrees.Settings.DEFAULTS)
                .withThreshold(threshold);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("# banmian headline-line model: boosted trees, trained by banmian.pdf.synth.TrainHeadlineLines\n");
            writer.write("# on seeds " + seeds + ", " + pages + " pages each, " + data.size() + " lines (docs/learned-headlines.md)\n");
            model.write(writer);
        }
        System.out.println("model written to " + out);
    }

    private static void makePages(Path set, long seed, int pages, Path corpus) throws IOException, InterruptedException {
        if (Files.isDirectory(set)) {
            try (Stream<Path> files = Files.list(set)) {
                if (files.filter(f -> f.toString().endsWith(".pdftotext.txt")).count() >= pages) {
                    return;
                }
            }
        }
        Files.createDirectories(set);
        Synthesizer synthesizer = new Synthesizer(new ArticleSource(corpus));
        for (int i = 0; i < pages; i++) {
            Synthesize.write(synthesizer.page(Synthesizer.type(i), Synthesizer.seed(seed, i)), set, true);
        }
    }

    /**
     * Candidate lines with their features, labels, folds, and whether the stage may change them (the
     * rules' own headline lines it never does).
     */
    static final class LabelledLines {
        final List<double[]> rows = new ArrayList<>();
        final List<Boolean> labels = new ArrayList<>();
        final List<Integer> folds = new ArrayList<>();
        final List<Boolean> promotable = new ArrayList<>();

        int size() {
            return rows.size();
        }

        /** Reads {@code text} up to the title rules and adds every candidate line the truth labels, in {@code fold}. */
        void addLines(String text, JsonNode truth, int fold) {
            List<String> titles = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (JsonNode article : truth.path("articles")) {
                for (String field : List.of("kicker", "headline", "subtitle")) {
                    if (article.path(field).isTextual()) {
                        titles.add(Chars.squash(article.path(field).asText()));
                    }
                }
                for (JsonNode block : article.path("body")) {
                    texts.add(Chars.squash(block.path("text").asText()));
                }
            }
            PageAnalysis page = new PageAnalysis(PageParser.lines(text), PageMeta.UNKNOWN, PageGraphics.NONE, null, DecisionLog.off(),
                    LayoutParameters.DEFAULTS).run(Pipelines.upTo(Pipelines.TEXT, "titles"));
            if (!LearnedHeadlines.DIALECTS.contains(page.get(Facts.DIALECT))) {
                System.out.println("left out, a dialect the model does not serve: " + page.get(Facts.DIALECT).id());
                return;
            }
            List<TextLine> lines = page.lines();
            int pageColumn = page.get(Facts.PAGE_MEASURE);
            HeadlineLineFeatures.PageContext context = HeadlineLineFeatures.PageContext.of(lines);
            for (TextLine line : lines) {
                if (!LearnedHeadlines.isCandidate(lines, line)) {
                    continue;
                }
                // A subtitle's dash may be printed and not kept in the truth, or the other way round.
                String key = stripDashes(line.squashed);
                if (key.length() < 2) {
                    continue;
                }
                boolean inTitle = titles.stream().anyMatch(t -> t.contains(key));
                boolean inText = texts.stream().anyMatch(t -> t.contains(key));
                if (!(inTitle && inText)) {
                    rows.add(HeadlineLineFeatures.of(lines, line.position, pageColumn, context));
                    labels.add(inTitle);
                    folds.add(fold);
                    promotable.add(line.role() != LineRole.TITLE);
                }
            }
        }

        /**
         * The threshold with the best F0.5 on probabilities each line got from a model trained
         * without its fold (its seed's pages), over the lines the stage may change; prints their
         * precision and recall there.
         */
        double outOfFoldThreshold(int foldCount) {
            double[] outOfFold = new double[size()];
            for (int fold = 0; fold < foldCount; fold++) {
                List<double[]> trainRows = new ArrayList<>();
                List<Boolean> trainLabels = new ArrayList<>();
                for (int i = 0; i < size(); i++) {
                    if (folds.get(i) != fold) {
                        trainRows.add(rows.get(i));
                        trainLabels.add(labels.get(i));
                    }
                }
                BoostedTrees foldModel = BoostedTrees.fit(HeadlineLineFeatures.NAMES, trainRows, trainLabels, BoostedTrees.Settings.DEFAULTS);
                for (int i = 0; i < size(); i++) {
                    if (folds.get(i) == fold) {
                        outOfFold[i] = foldModel.probability(rows.get(i));
                    }
                }
            }
            List<Double> judged = new ArrayList<>();
            List<Boolean> judgedLabels = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                if (promotable.get(i)) {
                    judged.add(outOfFold[i]);
                    judgedLabels.add(labels.get(i));
                }
            }
            double[] probabilities = judged.stream().mapToDouble(Double::doubleValue).toArray();
            double threshold = Thresholds.bestF(probabilities, judgedLabels, PRECISION_WEIGHT);
            report(probabilities, judgedLabels, threshold);
            return threshold;
        }
    }

    private static String stripDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '—') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '—') {
            end--;
        }
        return text.substring(start, end);
    }

    private static void report(double[] probabilities, List<Boolean> labels, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int positives = 0;
        for (int i = 0; i < probabilities.length; i++) {
            boolean predicted = probabilities[i] >= threshold;
            positives += labels.get(i) ? 1 : 0;
            tp += predicted && labels.get(i) ? 1 : 0;
            fp += predicted && !labels.get(i) ? 1 : 0;
            fn += !predicted && labels.get(i) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%d lines the stage may change, %d of them headline lines; threshold %.3f;"
                + " out of fold P %.3f R %.3f%n", probabilities.length, positives, threshold,
                tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn));
    }
}
