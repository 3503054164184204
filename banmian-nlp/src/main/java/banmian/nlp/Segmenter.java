package banmian.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's Viterbi segmenter with its person, place, organisation and transliterated-name recognisers,
 * plus the lexicon's suffixes and user names in a dictionary of this segmenter's own (HanLP's global
 * custom dictionary is left untouched, so several enrichers with different user files can coexist).
 */
final class Segmenter {
    private final Segment segment;

    /**
     * A segmenter with the lexicon's words and HanLP's recognisers of Chinese and transliterated
     * persons' names; with {@code placesAndOrganisations}, HanLP's recognisers of those run too. The
     * trained recogniser reads as well without them (docs/entities.md) and they take half the
     * segmenter's time: only the rule that keeps HanLP's guesses ({@link EntityRule#HANLP_GUESSES})
     * turns them on.
     */
    Segmenter(EntityLexicon lexicon, boolean placesAndOrganisations) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        for (String kind : List.of("place-suffix", "organization-suffix")) {
            for (String word : lexicon.list(kind)) {
                if (word.length() > 1) {
                    dictionary.insert(word, "nz 1000");
                }
            }
        }
        lexicon.names().forEach((name, type) -> dictionary.insert(name, switch (type) {
            case PERSON -> "nr 1000";
            case PLACE -> "ns 1000";
            case ORGANIZATION -> "nt 1000";
        }));
        segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(placesAndOrganisations)
                .enableOrganizationRecognize(placesAndOrganisations)
                .enableTranslatedNameRecognize(true)
                .enableCustomDictionary(dictionary)
                .enableOffset(true);
    }

    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Term term : segment.seg(text)) {
            tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString(), term.offset, term.offset + term.length()));
        }
        return tokens;
    }

    /** HanLP's core dictionary lists the word with this tag as its most frequent one. */
    static boolean dictionaryTag(String word, String tag) {
        return startsWithTag(CoreDictionary.get(word), tag);
    }

    /** HanLP's core or bundled custom dictionary lists the word with this tag first. */
    static boolean anyDictionaryTag(String word, String tag) {
        return dictionaryTag(word, tag) || startsWithTag(CustomDictionary.get(word), tag);
    }

    /**
     * A place by HanLP's dictionaries: the core dictionary where it knows the word, the bundled
     * custom dictionary (a long list of place names with plain words among them: 大道) only for words
     * the core one lacks.
     */
    static boolean placeInDictionary(String word) {
        CoreDictionary.Attribute core = CoreDictionary.get(word);
        return core != null ? startsWithTag(core, "ns") : startsWithTag(CustomDictionary.get(word), "ns");
    }

    private static boolean startsWithTag(CoreDictionary.Attribute attribute, String tag) {
        return attribute != null && attribute.nature.length > 0 && attribute.nature[0].toString().startsWith(tag);
    }
}
