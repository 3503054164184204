package banmian.nlp;

/** One word of segmented text: its characters, HanLP part-of-speech tag, and offsets in the text. */
record Token(String word, String tag, int start, int end) {
    boolean tagged(String prefix) {
        return tag.startsWith(prefix);
    }

    boolean isPunctuation() {
        return tag.equals("w");
    }
}
