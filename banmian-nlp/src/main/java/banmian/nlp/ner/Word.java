package banmian.nlp.ner;

/** A word of the text as a segmenter cut it: offsets (UTF-16, end exclusive) and its part-of-speech tag. */
public record Word(int start, int end, String tag) {
}
