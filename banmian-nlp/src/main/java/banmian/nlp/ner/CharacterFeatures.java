package banmian.nlp.ner;

import java.util.Arrays;
import java.util.List;

/**
 * The features of every character of a text, each packed into a {@code long}: a template number in
 * the top byte and what it saw below. Per character, {@link #PER_CHARACTER} of them: a bias; the
 * characters two before to two after; the four adjacent pairs, the pair around it and the three
 * triples holding it; the kinds of character before, at and after it (Han, Chinese numeral, digit,
 * Latin, mark, space); what HanLP's core dictionary knows of the words starting, ending
 * and running across it ({@link DictionaryWords}); and, from the segmenter's cut ({@link Word}),
 * where it stands in its word with the word's tag, the word itself, the words and tags either side,
 * and how far ahead in its clause a word tagged as an organisation (or its suffix, 委员会) ends —
 * what lets a place at the head of a long organisation's name be read as its start. Characters are
 * normalised first: full-width ASCII as ASCII, every digit as 0 (a name's edge does not depend on
 * which digit stands beside it). Which templates: measured on the held-apart MSRA sentences
 * (docs/entities.md); templates 11, 18 and 19 (triples) and 20 to 26 (words) took F1 from 0.827 to 0.845.
 */
final class CharacterFeatures {
    static final int PER_CHARACTER = 24;
    /** Stands for the characters before a text's start and after its end. */
    private static final char START = '\u0002';
    private static final char END = '\u0003';
    private static final String CHINESE_NUMERALS = "〇零一二三四五六七八九十百千万亿两";

    private CharacterFeatures() {
    }

    /** {@link #PER_CHARACTER} keys per character of the text, character by character. */
    static long[] of(String text, List<Word> words) {
        char[] chars = normalised(text);
        int n = chars.length;
        DictionaryWords core = DictionaryWords.core(text.toCharArray());
        long[] keys = new long[n * PER_CHARACTER];
        int[] wordAt = wordAt(n, words);
        int k = 0;
        for (int i = 0; i < n; i++) {
            char before2 = at(chars, i - 2);
            char before = at(chars, i - 1);
            char here = chars[i];
            char after = at(chars, i + 1);
            char after2 = at(chars, i + 2);
            keys[k++] = key(0, 0);
            keys[k++] = key(1, before2);
            keys[k++] = key(2, before);
            keys[k++] = key(3, here);
            keys[k++] = key(4, after);
            keys[k++] = key(5, after2);
            keys[k++] = key(6, pair(before2, before));
            keys[k++] = key(7, pair(before, here));
            keys[k++] = key(8, pair(here, after));
            keys[k++] = key(9, pair(after, after2));
            keys[k++] = key(10, pair(before, after));
            keys[k++] = key(11, pair(before, here) << 16 | after);
            keys[k++] = key(12, kind(before) << 8 | kind(here) << 4 | kind(after));
            keys[k++] = key(13, word(core.startLength[i], core.startKind[i]) << 8 | word(core.endLength[i], core.endKind[i]));
            keys[k++] = key(14, core.acrossKind[i]);
            keys[k++] = key(18, pair(before2, before) << 16 | here);
            keys[k++] = key(19, pair(here, after) << 16 | after2);
            int w = wordAt[i];
            Word word = w < 0 ? null : words.get(w);
            Word previousWord = w > 0 ? words.get(w - 1) : null;
            Word nextWord = w >= 0 && w + 1 < words.size() ? words.get(w + 1) : null;
            long place = word == null ? 0 : placeInWord(word, i);
            keys[k++] = key(20, place << 32 | tagOf(word));
            keys[k++] = key(21, wordItself(place, text, word));
            keys[k++] = key(22, place << 32 | tagOf(previousWord));
            keys[k++] = key(23, place << 32 | tagOf(nextWord));
            keys[k++] = key(24, wordItself(place, text, previousWord));
            keys[k++] = key(25, wordItself(place, text, nextWord));
            keys[k++] = key(26, organisationAhead(words, w, i));
        }
        return keys;
    }

    /** Per character, the index of the word holding it, or -1. */
    private static int[] wordAt(int n, List<Word> words) {
        int[] at = new int[n];
        Arrays.fill(at, -1);
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            for (int i = Math.max(0, word.start()); i < Math.min(n, word.end()); i++) {
                at[i] = w;
            }
        }
        return at;
    }

    /** 1 begins, 2 inside, 3 ends, 4 is the whole of a word. */
    private static long placeInWord(Word word, int i) {
        if (word.end() - word.start() == 1) {
            return 4;
        }
        return i == word.start() ? 1 : i == word.end() - 1 ? 3 : 2;
    }

    private static long tagOf(Word word) {
        return word == null ? 0 : word.tag().hashCode() & 0xFFFFFFFFL;
    }

    /** A word of two or more characters, by a hash of its characters, with the place of the character in its own word; or 0. */
    private static long wordItself(long place, String text, Word word) {
        return word == null || word.end() - word.start() < 2 ? 0 : place << 44 | hash(text, word) & 0xFFFFFFFFFFFL;
    }

    /** A 64-bit FNV-1a hash of the word's characters. */
    private static long hash(String text, Word word) {
        long h = 0xcbf29ce484222325L;
        for (int i = word.start(); i < word.end(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** How far ahead, in characters, the nearest word the segmenter tags as an organisation or its suffix ends, within the clause (bucketed), or 0. */
    private static long organisationAhead(List<Word> words, int w, int i) {
        if (w < 0) {
            return 0;
        }
        for (int v = w; v < words.size() && words.get(v).end() - i <= 16; v++) {
            String tag = words.get(v).tag();
            if (tag.equals("w")) {
                return 0;
            }
            if (tag.startsWith("nt") || tag.equals("nis")) {
                int distance = words.get(v).end() - i;
                return distance <= 2 ? 1 : distance <= 4 ? 2 : distance <= 8 ? 3 : 4;
            }
        }
        return 0;
    }

    private static long key(int template, long seen) {
        return (long) template << 56 | seen;
    }

    private static long pair(char first, char second) {
        return (long) first << 16 | second;
    }

    private static long word(int length, int kind) {
        return Math.min(length, DictionaryWords.LONGEST) << 4 | kind;
    }

    private static char at(char[] chars, int i) {
        return i < 0 ? START : i >= chars.length ? END : chars[i];
    }

    private static char[] normalised(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            chars[i] = Character.isDigit(c) ? '0' : c;
        }
        return chars;
    }

    private static int kind(char c) {
        if (c == START || c == END) {
            return 0;
        }
        if (CHINESE_NUMERALS.indexOf(c) >= 0) {
            return 2;
        }
        if (Character.isIdeographic(c)) {
            return 1;
        }
        if (c == '0') {
            return 3;
        }
        if (c < 128 && Character.isLetter(c)) {
            return 4;
        }
        return Character.isWhitespace(c) ? 6 : 5;
    }
}
