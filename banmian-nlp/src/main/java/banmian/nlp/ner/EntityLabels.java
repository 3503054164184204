package banmian.nlp.ner;

import banmian.model.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The per-character labels of the tagger: outside, or the begin, middle, end or single character of
 * a person, place or organisation (BMES: a single-character entity and an entity's end are told
 * apart, which BIO cannot do). Which label may follow which is fixed here, so decoding never yields
 * a middle without a begin.
 */
final class EntityLabels {
    static final int OUTSIDE = 0;
    static final int COUNT = 1 + 4 * EntityType.values().length;
    private static final int BEGIN = 0;
    private static final int MIDDLE = 1;
    private static final int END = 2;
    private static final int SINGLE = 3;

    /** Per label, the labels that may stand before it (decoding looks these up a dozen times per character). */
    static final int[][] ALLOWED_BEFORE = new int[COUNT][];
    /** Per label, whether a text may start with it. */
    static final boolean[] MAY_START = new boolean[COUNT];

    static {
        for (int label = 0; label < COUNT; label++) {
            int[] before = new int[COUNT];
            int n = 0;
            for (int previous = 0; previous < COUNT; previous++) {
                if (allowed(previous, label)) {
                    before[n++] = previous;
                }
            }
            ALLOWED_BEFORE[label] = Arrays.copyOf(before, n);
            MAY_START[label] = allowed(-1, label);
        }
    }

    private EntityLabels() {
    }

    private static int label(EntityType type, int position) {
        return 1 + 4 * type.ordinal() + position;
    }

    private static int position(int label) {
        return (label - 1) % 4;
    }

    private static EntityType type(int label) {
        return EntityType.values()[(label - 1) / 4];
    }

    /** Whether a label is inside an entity that goes on after it (begin or middle). */
    private static boolean opens(int label) {
        return label != OUTSIDE && (position(label) == BEGIN || position(label) == MIDDLE);
    }

    /** Whether {@code next} may follow {@code previous} ({@code previous} -1 at the start of a text). */
    static boolean allowed(int previous, int next) {
        boolean continues = next != OUTSIDE && (position(next) == MIDDLE || position(next) == END);
        if (previous >= 0 && opens(previous)) {
            return continues && type(next) == type(previous);
        }
        return !continues;
    }

    /** Whether a label may end a text. */
    static boolean mayEnd(int label) {
        return !opens(label);
    }

    /** The labels of each character of a text of {@code length} characters holding these entities. */
    static int[] of(int length, List<EntitySpan> entities) {
        int[] labels = new int[length];
        for (EntitySpan span : entities) {
            if (span.length() == 1) {
                labels[span.start()] = label(span.type(), SINGLE);
                continue;
            }
            labels[span.start()] = label(span.type(), BEGIN);
            for (int i = span.start() + 1; i < span.end() - 1; i++) {
                labels[i] = label(span.type(), MIDDLE);
            }
            labels[span.end() - 1] = label(span.type(), END);
        }
        return labels;
    }

    /** The entities a well-formed label sequence marks, in text order. */
    static List<EntitySpan> spans(int[] labels) {
        List<EntitySpan> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            if (label == OUTSIDE) {
                start = -1;
                continue;
            }
            switch (position(label)) {
                case SINGLE -> spans.add(new EntitySpan(type(label), i, i + 1));
                case BEGIN -> start = i;
                case END -> {
                    if (start >= 0) {
                        spans.add(new EntitySpan(type(label), start, i + 1));
                    }
                    start = -1;
                }
                default -> {
                }
            }
        }
        return spans;
    }
}
