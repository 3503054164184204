package banmian.nlp;

import banmian.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * The names HanLP's recognisers tagged ({@code nr*} person, {@code ns*} place, {@code nt*}
 * organisation), corrected by its own core dictionary where a custom-dictionary entry mistags a
 * place ({@code 兴县} as a verb).
 */
final class ModelCandidates {
    private ModelCandidates() {
    }

    static List<Candidate> of(List<Token> tokens) {
        List<Candidate> candidates = new ArrayList<>();
        for (Token token : tokens) {
            EntityType type = typeOf(token);
            if (type == null || token.word().length() < 2) {
                continue;
            }
            boolean known = type == EntityType.PLACE ? Segmenter.placeInDictionary(token.word())
                    : Segmenter.anyDictionaryTag(token.word(), tagOf(type));
            candidates.add(new Candidate(type, token.start(), token.end(), known ? Evidence.DICTIONARY : Evidence.MODEL));
        }
        return candidates;
    }

    static EntityType typeOf(Token token) {
        if (token.tagged("nr")) {
            return EntityType.PERSON;
        }
        if (token.tagged("ns") || !token.tagged("n") && Segmenter.dictionaryTag(token.word(), "ns")) {
            return EntityType.PLACE;
        }
        if (token.tagged("nt")) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    private static String tagOf(EntityType type) {
        return type == EntityType.PERSON ? "nr" : "nt";
    }
}
