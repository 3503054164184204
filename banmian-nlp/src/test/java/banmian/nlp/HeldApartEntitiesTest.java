package banmian.nlp;

import banmian.model.EntityType;
import banmian.nlp.ner.SpanScores;
import banmian.nlp.ner.TrainingData;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped recogniser on the last tenth of the MSRA training set, which it was never trained on,
 * scored strictly (exact span and type) as `banmian eval-entities` does. Floors at the figures of
 * 2026-12-06, a little below: overall F1 0.859, persons 0.897, places 0.873, organisations 0.781
 * (the issue asks 0.88 and 0.83 per type: not reached, see docs/entities.md).
 */
@RealPages
class HeldApartEntitiesTest {
    private static TrainingData data;

    @BeforeAll
    static void load() throws IOException {
        data = EntityModels.load(SharedCorpus.directory().resolve("corpus/ner"));
    }

    @Test
    void trainedRecogniserWithItsRulesKeepsItsFloor() {
        SpanScores scores = EntityModels.heldApart(data, new Enricher(), true);
        System.out.println("held-apart MSRA, model + kept rules: " + scores.summary());
        assertTrue(scores.prf(null)[2] >= 0.85, scores.summary());
        assertTrue(scores.prf(EntityType.PERSON)[2] >= 0.885, scores.summary());
        assertTrue(scores.prf(EntityType.PLACE)[2] >= 0.865, scores.summary());
        assertTrue(scores.prf(EntityType.ORGANIZATION)[2] >= 0.77, scores.summary());
    }

    @Test
    void heldApartSentencesWereNeverTrainedOn() {
        assertTrue(data.heldApart().size() >= 4000, "a tenth of 45,000 sentences");
        java.util.Set<String> training = new java.util.HashSet<>();
        data.training().forEach(sentence -> training.add(sentence.text()));
        long repeated = data.heldApart().stream().filter(sentence -> training.contains(sentence.text())).count();
        // The corpus itself repeats a few short sentences (headlines, "（完）"); none of them is a long one.
        assertTrue(repeated * 100 < data.heldApart().size(), repeated + " held-apart sentences also stand in the training part");
    }
}
