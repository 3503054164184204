package banmian.nlp.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences banmian's entity model is trained and measured on, from a corpus folder laid out
 * as ../shared/corpus/ner: the MSRA training set less its last tenth, which is held apart and never
 * trained on, plus People's Daily January 1998. The held-apart tenth is what the model's figures
 * are measured on.
 */
public record TrainingData(List<LabelledSentence> training, List<LabelledSentence> heldApart) {
    /** The share of the MSRA sentences, at its end, held apart. */
    public static final double HELD_APART = 0.1;

    public static TrainingData load(Path corpus, boolean withPeoplesDaily) throws IOException {
        List<LabelledSentence> msra = NerCorpora.msra(corpus.resolve("msra-train"));
        int split = (int) Math.round(msra.size() * (1 - HELD_APART));
        List<LabelledSentence> training = new ArrayList<>(msra.subList(0, split));
        if (withPeoplesDaily) {
            training.addAll(NerCorpora.peoplesDaily(corpus.resolve("pd199801")));
        }
        return new TrainingData(training, List.copyOf(msra.subList(split, msra.size())));
    }
}
