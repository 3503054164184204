package banmian.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Trains an {@link EntityTagger} by the averaged structured perceptron (Collins 2002): decode each
 * sentence with the current weights, and where the labels differ from the annotation, reward the
 * annotation's features and penalise the guess's. The weights returned are the average over every
 * step, which generalises far better than the last ones. Features seen fewer than
 * {@code minimumCount} times in the training text are left out (they are mostly noise and make the
 * model large). Deterministic for a given seed.
 */
public final class TaggerTrainer {
    private static final int LABELS = EntityLabels.COUNT;
    private final int iterations;
    private final int minimumCount;
    private final long seed;

    public TaggerTrainer(int iterations, int minimumCount, long seed) {
        this.iterations = iterations;
        this.minimumCount = minimumCount;
        this.seed = seed;
    }

    /** The tagger trained on these sentences (their words cut); {@code progress} hears of each finished pass over them. */
    public EntityTagger train(List<LabelledSentence> sentences, IntConsumer progress) {
        List<long[]> keys = new ArrayList<>(sentences.size());
        FeatureIndex counted = new FeatureIndex(1 << 20);
        int[] counts = new int[1 << 20];
        for (LabelledSentence sentence : sentences) {
            long[] sentenceKeys = CharacterFeatures.of(sentence.text(), sentence.words());
            keys.add(sentenceKeys);
            for (long key : sentenceKeys) {
                int id = counted.add(key);
                if (id >= counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
                counts[id]++;
            }
        }
        FeatureIndex index = new FeatureIndex(counted.size() / 2);
        long[] byIndex = counted.keysByIndex();
        for (int id = 0; id < byIndex.length; id++) {
            if (counts[id] >= minimumCount) {
                index.add(byIndex[id]);
            }
        }
        List<int[]> features = new ArrayList<>(sentences.size());
        List<int[]> gold = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            long[] sentenceKeys = keys.get(s);
            int[] ids = new int[sentenceKeys.length];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = index.get(sentenceKeys[k]);
            }
            keys.set(s, null);
            features.add(ids);
            LabelledSentence sentence = sentences.get(s);
            gold.add(EntityLabels.of(sentence.text().length(), sentence.entities()));
        }
        return averagedPerceptron(index, features, gold, progress);
    }

    private EntityTagger averagedPerceptron(FeatureIndex index, List<int[]> features, List<int[]> gold, IntConsumer progress) {
        float[] weights = new float[index.size() * LABELS];
        float[] transitions = new float[(LABELS + 1) * LABELS];
        // Sums of step x change, from which the average is recovered at the end (Daume's trick).
        double[] weightSteps = new double[weights.length];
        double[] transitionSteps = new double[transitions.length];
        int[] order = new int[features.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        long step = 1;
        for (int iteration = 1; iteration <= iterations; iteration++) {
            shuffle(order, random);
            for (int s : order) {
                int[] expected = gold.get(s);
                int[] ids = features.get(s);
                int[] guessed = EntityTagger.decode(ids, expected.length, weights, transitions);
                for (int i = 0; i < expected.length; i++) {
                    int want = expected[i];
                    int got = guessed[i];
                    if (want != got) {
                        for (int k = i * CharacterFeatures.PER_CHARACTER; k < (i + 1) * CharacterFeatures.PER_CHARACTER; k++) {
                            int feature = ids[k];
                            if (feature >= 0) {
                                change(weights, weightSteps, feature * LABELS + want, 1, step);
                                change(weights, weightSteps, feature * LABELS + got, -1, step);
                            }
                        }
                    }
                    int wantBefore = i == 0 ? LABELS : expected[i - 1];
                    int gotBefore = i == 0 ? LABELS : guessed[i - 1];
                    if (want != got || wantBefore != gotBefore) {
                        change(transitions, transitionSteps, wantBefore * LABELS + want, 1, step);
                        change(transitions, transitionSteps, gotBefore * LABELS + got, -1, step);
                    }
                }
                step++;
            }
            progress.accept(iteration);
        }
        average(weights, weightSteps, step);
        average(transitions, transitionSteps, step);
        return new EntityTagger(index, weights, transitions);
    }

    private static void change(float[] weights, double[] steps, int at, int by, long step) {
        weights[at] += by;
        steps[at] += (double) by * step;
    }

    private static void average(float[] weights, double[] steps, long step) {
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (weights[i] - steps[i] / step);
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
