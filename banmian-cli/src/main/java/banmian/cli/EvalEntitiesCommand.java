package banmian.cli;

import banmian.model.EntityType;
import banmian.nlp.Enricher;
import banmian.nlp.EntityLexicon;
import banmian.nlp.EntityModels;
import banmian.nlp.EntityRule;
import banmian.nlp.ner.EntityTagger;
import banmian.nlp.ner.SpanScores;
import banmian.nlp.ner.TrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "eval-entities", sortOptions = false,
        description = {"Score entity recognition on the held-apart last tenth of the MSRA training set,",
            "strictly (exact span and type): HanLP alone, enrichment before the trained model,",
            "the model alone, the model with the kept rules, and each rule's effect."},
        footerHeading = "%n",
        footer = {"Example: banmian eval-entities --corpus ../shared/corpus/ner",
            "",
            "Exit status: 0 scored; 2 no usable corpus or model."})
final class EvalEntitiesCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Mixin
    CorpusOption corpusOption;

    @Option(names = "--model", paramLabel = "FILE", description = "A model from train-entities (default: the one in banmian).")
    Path model;

    EvalEntitiesCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws UserError {
        TrainingData data;
        EntityTagger tagger;
        try {
            data = EntityModels.load(corpusOption.corpus);
            tagger = model == null ? EntityTagger.builtIn() : read(model);
        } catch (IOException e) {
            throw UserError.badInput(e.getMessage());
        }
        StringBuilder table = new StringBuilder("| recogniser | sentences read | " + header() + "\n");
        row(table, "HanLP's recognisers alone", "each alone", EntityModels.hanlpAlone(data));
        Set<EntityRule> before = EnumSet.complementOf(EnumSet.of(EntityRule.TRAINED_MODEL));
        row(table, "enrichment before the model (HanLP + every rule)", "as one document", score(data, before, tagger, true));
        row(table, "trained model alone", "each alone", score(data, EnumSet.of(EntityRule.TRAINED_MODEL), tagger, false));
        row(table, "model + kept rules " + EntityRule.DEFAULTS, "each alone", score(data, EntityRule.DEFAULTS, tagger, false));
        row(table, "model + kept rules " + EntityRule.DEFAULTS, "as one document", score(data, EntityRule.DEFAULTS, tagger, true));
        for (EntityRule rule : EntityRule.values()) {
            if (rule == EntityRule.TRAINED_MODEL) {
                continue;
            }
            Set<EntityRule> changed = EnumSet.copyOf(EntityRule.DEFAULTS);
            String name = EntityRule.DEFAULTS.contains(rule) ? "kept rules without " + rule : "kept rules with " + rule;
            if (!changed.remove(rule)) {
                changed.add(rule);
            }
            row(table, name, "as one document", score(data, changed, tagger, true));
        }
        terminal.print(table.toString());
        return 0;
    }

    private static EntityTagger read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return EntityTagger.read(in);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static SpanScores score(TrainingData data, Set<EntityRule> rules, EntityTagger tagger, boolean oneDocument) {
        return EntityModels.heldApart(data, new Enricher(EntityLexicon.builtIn(), rules, tagger), oneDocument);
    }

    private static String header() {
        return "all P / R / F1 | person F1 | place F1 | organisation F1 |\n|---|---|---|---|---|---|";
    }

    private static void row(StringBuilder table, String name, String read, SpanScores scores) {
        double[] all = scores.prf(null);
        table.append(String.format(Locale.ROOT, "| %s | %s | %.3f / %.3f / %.3f | %.3f | %.3f | %.3f |%n", name, read,
                all[0], all[1], all[2], scores.prf(EntityType.PERSON)[2], scores.prf(EntityType.PLACE)[2],
                scores.prf(EntityType.ORGANIZATION)[2]));
    }
}
