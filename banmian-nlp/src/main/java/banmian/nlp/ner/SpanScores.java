package banmian.nlp.ner;

import banmian.model.EntityType;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of predicted entities against annotated ones, strictly: a prediction
 * counts only if its span and its type are both exactly right. Overall and per type.
 */
public final class SpanScores {
    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

    public SpanScores() {
        for (EntityType type : EntityType.values()) {
            counts.put(type, new int[3]);
        }
    }

    /** Adds one sentence's annotated and predicted entities. */
    public void add(List<EntitySpan> truth, List<EntitySpan> predicted) {
        Set<EntitySpan> expected = new HashSet<>(truth);
        for (EntitySpan span : predicted) {
            int[] c = counts.get(span.type());
            c[1]++;
            if (expected.contains(span)) {
                c[0]++;
            }
        }
        for (EntitySpan span : truth) {
            counts.get(span.type())[2]++;
        }
    }

    /** Precision, recall and F1 of one type, or of all types together when {@code type} is null. */
    public double[] prf(EntityType type) {
        int correct = 0;
        int predicted = 0;
        int annotated = 0;
        for (Map.Entry<EntityType, int[]> entry : counts.entrySet()) {
            if (type == null || entry.getKey() == type) {
                correct += entry.getValue()[0];
                predicted += entry.getValue()[1];
                annotated += entry.getValue()[2];
            }
        }
        double precision = predicted == 0 ? 0 : (double) correct / predicted;
        double recall = annotated == 0 ? 0 : (double) correct / annotated;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[]{precision, recall, f1};
    }

    /** One line: overall and per-type P, R and F1. */
    public String summary() {
        StringBuilder line = new StringBuilder(format("all", prf(null)));
        for (EntityType type : EntityType.values()) {
            line.append("  ").append(format(type.jsonName(), prf(type)));
        }
        return line.toString();
    }

    private static String format(String name, double[] prf) {
        return String.format(Locale.ROOT, "%s P %.3f R %.3f F1 %.3f", name, prf[0], prf[1], prf[2]);
    }
}
