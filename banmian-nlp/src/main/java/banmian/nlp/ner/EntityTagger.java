package banmian.nlp.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained recogniser of persons, places and organisations: a linear model over each character's
 * features ({@link CharacterFeatures}) and the label before it, decoded by Viterbi over the labels
 * {@link EntityLabels} allows. Trained by {@link TaggerTrainer} (averaged perceptron) from the MSRA
 * and People's Daily corpora; the trained model ships in the jar ({@link #builtIn()}). Immutable and
 * thread-safe.
 */
public final class EntityTagger {
    /** The model bundled with banmian. */
    public static final String RESOURCE = "/banmian/nlp/ner/entity-tagger.bin";
    private static final int MAGIC = 0x424D4E45;
    /** Changes whenever {@link CharacterFeatures} or {@link EntityLabels} change meaning: an old model then fails to load. */
    static final int FORMAT = 2;
    private static final int LABELS = EntityLabels.COUNT;

    private final FeatureIndex index;
    /** Per feature index, one weight per label. */
    private final float[] weights;
    /** Per previous label (the last row: the start of a text), one weight per label. */
    private final float[] transitions;

    EntityTagger(FeatureIndex index, float[] weights, float[] transitions) {
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
    }

    private static final class BuiltIn {
        static final EntityTagger MODEL = load();

        private static EntityTagger load() {
            try (InputStream in = EntityTagger.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the entity model " + RESOURCE + " is missing from the classpath");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the entity model " + RESOURCE, e);
            }
        }
    }

    /** The model shipped in the jar, read once. */
    public static EntityTagger builtIn() {
        return BuiltIn.MODEL;
    }

    /** Number of features the model weighs. */
    public int features() {
        return index.size();
    }

    /** The entities in a text, in text order. */
    public List<EntitySpan> tag(String text, List<Word> words) {
        if (text.isEmpty()) {
            return List.of();
        }
        long[] keys = CharacterFeatures.of(text, words);
        int[] features = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            features[k] = index.get(keys[k]);
        }
        return EntityLabels.spans(decode(features, text.length(), weights, transitions));
    }

    /**
     * The best label sequence for a text whose characters have these feature indices
     * ({@link CharacterFeatures#PER_CHARACTER} per character, -1 for a feature the model lacks).
     */
    static int[] decode(int[] features, int length, float[] weights, float[] transitions) {
        int perCharacter = CharacterFeatures.PER_CHARACTER;
        float[] previous = new float[LABELS];
        float[] current = new float[LABELS];
        float[] emission = new float[LABELS];
        int[] back = new int[length * LABELS];
        for (int i = 0; i < length; i++) {
            Arrays.fill(emission, 0f);
            for (int k = i * perCharacter, end = k + perCharacter; k < end; k++) {
                int feature = features[k];
                if (feature >= 0) {
                    int base = feature * LABELS;
                    for (int label = 0; label < LABELS; label++) {
                        emission[label] += weights[base + label];
                    }
                }
            }
            int row = i * LABELS;
            for (int label = 0; label < LABELS; label++) {
                float best = Float.NEGATIVE_INFINITY;
                int from = -1;
                if (i == 0) {
                    if (EntityLabels.MAY_START[label]) {
                        best = transitions[LABELS * LABELS + label];
                    }
                } else {
                    for (int before : EntityLabels.ALLOWED_BEFORE[label]) {
                        float score = previous[before] + transitions[before * LABELS + label];
                        if (score > best) {
                            best = score;
                            from = before;
                        }
                    }
                }
                current[label] = best + emission[label];
                back[row + label] = from;
            }
            float[] swap = previous;
            previous = current;
            current = swap;
        }
        int last = EntityLabels.OUTSIDE;
        for (int label = 0; label < LABELS; label++) {
            if (EntityLabels.mayEnd(label) && previous[label] > previous[last]) {
                last = label;
            }
        }
        int[] labels = new int[length];
        for (int i = length - 1; i >= 0; i--) {
            labels[i] = last;
            last = back[i * LABELS + last];
        }
        return labels;
    }

    /**
     * This model with only the {@code keep} features that weigh most (by their largest weight over
     * the labels): rare features with small weights cost memory and lookups for next to no accuracy.
     */
    public EntityTagger strongest(int keep) {
        if (keep >= index.size()) {
            return this;
        }
        long[] keys = index.keysByIndex();
        float[] strength = new float[keys.length];
        for (int feature = 0; feature < keys.length; feature++) {
            for (int label = 0; label < LABELS; label++) {
                strength[feature] = Math.max(strength[feature], Math.abs(weights[feature * LABELS + label]));
            }
        }
        float[] sorted = strength.clone();
        Arrays.sort(sorted);
        float threshold = sorted[sorted.length - keep];
        FeatureIndex kept = new FeatureIndex(keep);
        float[] keptWeights = new float[keep * LABELS];
        for (int feature = 0; feature < keys.length && kept.size() < keep; feature++) {
            if (strength[feature] >= threshold) {
                int at = kept.add(keys[feature]);
                System.arraycopy(weights, feature * LABELS, keptWeights, at * LABELS, LABELS);
            }
        }
        return new EntityTagger(kept, Arrays.copyOf(keptWeights, kept.size() * LABELS), transitions);
    }

    /** Writes the model: the features whose weights are not all zero, weights as 16-bit fixed point. */
    public void write(OutputStream target) throws IOException {
        long[] keys = index.keysByIndex();
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        float largest = 0;
        for (float weight : weights) {
            largest = Math.max(largest, Math.abs(weight));
        }
        float scale = largest == 0 ? 1 : largest / Short.MAX_VALUE;
        int[] masks = new int[keys.length];
        List<Integer> kept = new ArrayList<>();
        for (int feature : order) {
            masks[feature] = mask(feature, scale);
            if (masks[feature] != 0) {
                kept.add(feature);
            }
        }
        GZIPOutputStream compressed = new GZIPOutputStream(target);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(compressed));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(LABELS);
        out.writeInt(kept.size());
        out.writeFloat(scale);
        for (float transition : transitions) {
            out.writeFloat(transition);
        }
        long previousKey = 0;
        for (int feature : kept) {
            writeVarLong(out, keys[feature] - previousKey);
            previousKey = keys[feature];
            int mask = masks[feature];
            out.writeShort(mask);
            for (int label = 0; label < LABELS; label++) {
                if ((mask & 1 << label) != 0) {
                    out.writeShort(Math.round(weights[feature * LABELS + label] / scale));
                }
            }
        }
        out.flush();
        compressed.finish();
    }

    private int mask(int feature, float scale) {
        int mask = 0;
        for (int label = 0; label < LABELS; label++) {
            if (Math.round(weights[feature * LABELS + label] / scale) != 0) {
                mask |= 1 << label;
            }
        }
        return mask;
    }

    /** Reads a model {@link #write} wrote; a model of another feature format is refused. */
    public static EntityTagger read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a banmian entity model");
        }
        int format = in.readInt();
        int labels = in.readInt();
        if (format != FORMAT || labels != LABELS) {
            throw new IOException("entity model of format " + format + " with " + labels + " labels; this banmian reads format "
                    + FORMAT + " with " + LABELS + ": retrain it (banmian train-entities)");
        }
        int count = in.readInt();
        float scale = in.readFloat();
        float[] transitions = new float[(LABELS + 1) * LABELS];
        for (int t = 0; t < transitions.length; t++) {
            transitions[t] = in.readFloat();
        }
        FeatureIndex index = new FeatureIndex(count);
        float[] weights = new float[count * LABELS];
        long key = 0;
        for (int feature = 0; feature < count; feature++) {
            key += readVarLong(in);
            index.add(key);
            int mask = in.readUnsignedShort();
            for (int label = 0; label < LABELS; label++) {
                if ((mask & 1 << label) != 0) {
                    weights[feature * LABELS + label] = in.readShort() * scale;
                }
            }
        }
        return new EntityTagger(index, weights, transitions);
    }

    private static void writeVarLong(DataOutputStream out, long value) throws IOException {
        while ((value & ~0x7FL) != 0) {
            out.writeByte((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte((int) value);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
