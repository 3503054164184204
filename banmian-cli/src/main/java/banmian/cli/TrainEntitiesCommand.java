package banmian.cli;

import banmian.nlp.EntityModels;
import banmian.nlp.ner.EntityTagger;
import banmian.nlp.ner.TrainingData;
import banmian.pipeline.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "train-entities", sortOptions = false,
        description = {"Train the entity recogniser that enrichment uses, from the MSRA NER training",
            "set (its last tenth held apart, never trained on). The model banmian ships was",
            "made with the defaults:",
            "  banmian train-entities --corpus ../shared/corpus/ner \\",
            "    --out banmian-nlp/src/main/resources/banmian/nlp/ner/entity-tagger.bin"},
        footerHeading = "%n",
        footer = {"About 35 s and 3 GB of heap (java -Xmx4g -jar banmian.jar train-entities ...).",
            "",
            "Exit status: 0 trained; 2 no usable corpus; 1 the model could not be written."})
final class TrainEntitiesCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Mixin
    CorpusOption corpusOption;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model.")
    Path out;

    @Option(names = "--with-peoples-daily", description = "Train on People's Daily 1998 (pd199801/) too; lowers the held-apart F1, see docs/entities.md.")
    boolean withPeoplesDaily;

    @Option(names = "--iterations", paramLabel = "N", description = "Passes over the training sentences (default: ${DEFAULT-VALUE}).")
    int iterations = EntityModels.ITERATIONS;

    TrainEntitiesCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws UserError {
        if (iterations < 1 || iterations > 100) {
            throw UserError.badInput("--iterations must be between 1 and 100");
        }
        TrainingData data;
        try {
            data = EntityModels.load(corpusOption.corpus, withPeoplesDaily);
        } catch (IOException e) {
            throw UserError.badInput(e.getMessage());
        }
        long started = System.nanoTime();
        EntityTagger tagger = EntityModels.train(data, iterations, step -> terminal.err().println("train-entities: " + step));
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (AtomicFile model = AtomicFile.create(out)) {
                tagger.write(model.stream());
                model.commit();
            }
        } catch (IOException e) {
            throw UserError.cannotWrite(out + ": " + e.getMessage());
        }
        terminal.err().printf("train-entities: %d features, written to %s in %.0f s%n", tagger.features(), out,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
