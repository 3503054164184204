package banmian.nlp.ner;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * What HanLP's core dictionary knows about each character of a text: the longest word of two or more
 * characters that starts there, ends there or runs across it, and whether the dictionary lists that
 * word first as a person's name, a place or an organisation. These let the tagger use the
 * dictionary's names and words (a county never seen in training, a word
 * that only looks like a name) where its training text is silent.
 */
final class DictionaryWords {
    /** What a dictionary word is, by the first tag the dictionary gives it. */
    static final int OTHER = 1;
    static final int PERSON = 2;
    static final int PLACE = 3;
    static final int ORGANIZATION = 4;
    /** Longer words are counted as this long. */
    static final int LONGEST = 8;

    /** Per character: the length and kind of the longest word starting, ending, and running across it; 0 where none. */
    final int[] startLength;
    final int[] startKind;
    final int[] endLength;
    final int[] endKind;
    final int[] acrossKind;
    private final int[] acrossLength;

    private DictionaryWords(int length) {
        acrossLength = new int[length];
        startLength = new int[length];
        startKind = new int[length];
        endLength = new int[length];
        endKind = new int[length];
        acrossKind = new int[length];
    }

    /** The words of HanLP's core dictionary in a text. */
    static DictionaryWords core(char[] text) {
        DictionaryWords words = new DictionaryWords(text.length);
        DoubleArrayTrie<CoreDictionary.Attribute>.Searcher searcher = CoreDictionary.trie.getSearcher(text, 0);
        while (searcher.next()) {
            words.add(searcher.begin, searcher.length, kindOf(searcher.value));
        }
        return words;
    }

    /** Records a word found at {@code begin}: words of one character are not counted. */
    private void add(int begin, int length, int kind) {
        if (length < 2) {
            return;
        }
        int end = begin + length - 1;
        if (length > startLength[begin]) {
            startLength[begin] = length;
            startKind[begin] = kind;
        }
        if (length > endLength[end]) {
            endLength[end] = length;
            endKind[end] = kind;
        }
        for (int i = begin + 1; i < end; i++) {
            if (length > acrossLength[i]) {
                acrossLength[i] = length;
                acrossKind[i] = kind;
            }
        }
    }

    private static int kindOf(CoreDictionary.Attribute attribute) {
        if (attribute == null || attribute.nature.length == 0) {
            return OTHER;
        }
        String tag = attribute.nature[0].toString();
        if (tag.startsWith("nr")) {
            return PERSON;
        }
        if (tag.startsWith("ns")) {
            return PLACE;
        }
        return tag.startsWith("nt") ? ORGANIZATION : OTHER;
    }
}
