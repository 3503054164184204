package banmian.nlp;

import banmian.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Context that makes a person of a name HanLP guessed: a title right before it ({@code 市长张广勇},
 * tagged {@code nnt} by HanLP), a cue word right after it ({@code 王沪宁表示}), or the middle dot of a
 * transliterated name ({@code 雪克来提·扎克尔}).
 */
final class PersonContext {
    private final Set<String> cues;

    PersonContext(EntityLexicon lexicon) {
        cues = lexicon.set("person-cue");
    }

    List<Candidate> apply(String text, List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            if (candidate.type() == EntityType.PERSON && candidate.evidence() == Evidence.MODEL && inContext(text, tokens, candidate)) {
                result.add(new Candidate(EntityType.PERSON, candidate.start(), candidate.end(), Evidence.CONTEXT));
            } else {
                result.add(candidate);
            }
        }
        return result;
    }

    private boolean inContext(String text, List<Token> tokens, Candidate candidate) {
        if (text.substring(candidate.start(), candidate.end()).contains("·")) {
            return true;
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.end() == candidate.start() && (token.tagged("nnt") || token.word().endsWith("记者"))) {
                return true;
            }
            if (token.start() == candidate.end()) {
                return cues.stream().anyMatch(cue -> text.startsWith(cue, token.start()));
            }
        }
        return false;
    }
}
