package banmian.nlp;

import java.util.List;

/** One word of segmented text: its characters, HanLP part-of-speech tag, and offsets in the text. */
record Token(String word, String tag, int start, int end) {
    /** Tags of words that are names or their abbreviations (person, place, organisation, other proper noun, abbreviation). */
    static final List<String> NAME_TAGS = List.of("nr", "ns", "nt", "nz", "nx", "j");

    boolean tagged(String prefix) {
        return tag.startsWith(prefix);
    }

    /** Whether the segmenter tagged this word a name or an abbreviation. */
    boolean taggedAsName() {
        return NAME_TAGS.stream().anyMatch(this::tagged);
    }

    boolean isPunctuation() {
        return tag.equals("w");
    }
}
