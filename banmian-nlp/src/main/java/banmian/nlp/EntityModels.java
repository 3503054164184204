package banmian.nlp;

import banmian.model.EntityType;
import banmian.nlp.ner.EntitySpan;
import banmian.nlp.ner.EntityTagger;
import banmian.nlp.ner.LabelledSentence;
import banmian.nlp.ner.SpanScores;
import banmian.nlp.ner.TaggerTrainer;
import banmian.nlp.ner.TrainingData;
import banmian.nlp.ner.Word;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Training and measuring banmian's entity recogniser on a corpus folder laid out as
 * ../shared/corpus/ner (`banmian train-entities`, `banmian eval-entities`): sentences are cut by
 * the very segmenter enrichment uses, so the model sees at run time the words it was trained on.
 */
public final class EntityModels {
    /** Passes over the training sentences: measured on the held-apart sentences (docs/entities.md). */
    public static final int ITERATIONS = 14;
    /** Features seen fewer times are left out. */
    public static final int MINIMUM_COUNT = 2;
    /**
     * Features the shipped model keeps, the strongest: the held-apart F1 is the same with 200,000
     * as with all 1.66 million (0.853 and 0.852), and the smaller table keeps enrichment above 1 MB/s.
     */
    public static final int FEATURES = 200_000;
    /** Training shuffles the sentences by this seed, so that a model can be made again bit for bit. */
    public static final long SEED = 20261206L;

    private EntityModels() {
    }

    /** A recogniser trained on the corpus's training part; {@code progress} hears what is being done. */
    public static EntityTagger train(TrainingData data, int iterations, Consumer<String> progress) {
        progress.accept("cutting " + data.training().size() + " sentences into words");
        List<LabelledSentence> training = cut(data.training());
        progress.accept("training (" + iterations + " passes)");
        EntityTagger trained = new TaggerTrainer(iterations, MINIMUM_COUNT, SEED).train(training,
                pass -> progress.accept("pass " + pass + " of " + iterations + " done"));
        progress.accept("keeping the " + FEATURES + " strongest of " + trained.features() + " features");
        return trained.strongest(FEATURES);
    }

    /** The sentences with the words enrichment's segmenter cuts them into. */
    private static List<LabelledSentence> cut(List<LabelledSentence> sentences) {
        Segmenter segmenter = new Segmenter(EntityLexicon.builtIn(), false);
        List<LabelledSentence> cut = new ArrayList<>(sentences.size());
        for (LabelledSentence sentence : sentences) {
            cut.add(sentence.withWords(words(segmenter.tokens(sentence.text()))));
        }
        return cut;
    }

    static List<Word> words(List<Token> tokens) {
        List<Word> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            words.add(new Word(token.start(), token.end(), token.tag()));
        }
        return words;
    }

    /**
     * Strict scores of an enricher's entities on the held-apart sentences, read as one document
     * (one reading per page then works across them, as `banmian entities` does with a file of
     * sentences and no blank lines) or each sentence a document of its own.
     */
    public static SpanScores heldApart(TrainingData data, Enricher enricher, boolean oneDocument) {
        SpanScores scores = new SpanScores();
        List<LabelledSentence> sentences = data.heldApart();
        List<String> texts = sentences.stream().map(LabelledSentence::text).toList();
        List<List<Mention>> found = new ArrayList<>();
        if (oneDocument) {
            found.addAll(enricher.documentEntities(texts));
        } else {
            for (String text : texts) {
                found.addAll(enricher.documentEntities(List.of(text)));
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            scores.add(sentences.get(s).entities(), found.get(s).stream()
                    .map(mention -> new EntitySpan(mention.type(), mention.start(), mention.end())).toList());
        }
        return scores;
    }

    /** Strict scores of HanLP's own recognisers alone (every person, place and organisation word it tags). */
    public static SpanScores hanlpAlone(TrainingData data) {
        Segmenter segmenter = new Segmenter(EntityLexicon.builtIn(), true);
        SpanScores scores = new SpanScores();
        for (LabelledSentence sentence : data.heldApart()) {
            List<EntitySpan> spans = new ArrayList<>();
            for (Token token : segmenter.tokens(sentence.text())) {
                EntityType type = ModelCandidates.typeOf(token);
                if (type != null) {
                    spans.add(new EntitySpan(type, token.start(), token.end()));
                }
            }
            scores.add(sentence.entities(), spans);
        }
        return scores;
    }

    /** The corpus's sentences (see {@link TrainingData}), MSRA's alone. */
    public static TrainingData load(Path corpus) throws IOException {
        return TrainingData.load(corpus, false);
    }

    /**
     * The corpus's sentences with People's Daily 1998 added to the training part when asked: its
     * convention marks far fewer organisations, and with it the held-apart F1 fell from 0.845 to
     * 0.782 (docs/entities.md), so the shipped model is trained without it.
     */
    public static TrainingData load(Path corpus, boolean withPeoplesDaily) throws IOException {
        return TrainingData.load(corpus, withPeoplesDaily);
    }
}
