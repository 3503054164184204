package banmian.nlp.ner;

import java.util.List;

/**
 * A sentence of a training or evaluation corpus, the entities annotated in it, and the words a
 * segmenter cut it into (empty until {@link #withWords} gives them).
 */
public record LabelledSentence(String text, List<EntitySpan> entities, List<Word> words) {
    public LabelledSentence {
        entities = List.copyOf(entities);
        words = List.copyOf(words);
    }

    public LabelledSentence(String text, List<EntitySpan> entities) {
        this(text, entities, List.of());
    }

    public LabelledSentence withWords(List<Word> cut) {
        return new LabelledSentence(text, entities, cut);
    }
}
