package banmian.nlp.ner;

import banmian.model.EntityType;

/** A named entity in a text: its type and its offsets, in UTF-16 code units, end exclusive. */
public record EntitySpan(EntityType type, int start, int end) {
    public EntitySpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }
}
