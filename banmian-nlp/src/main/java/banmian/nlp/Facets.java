package banmian.nlp;

import banmian.model.EntityType;

import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.List;

/**
 * Which names an article lists as its entities, the facets readers browse and search by. The
 * recogniser follows the MSRA benchmark's convention, which also marks names that are part of a
 * longer word ({@code 马克思} in 马克思主义, {@code 中华} in 中华民族: 170 and 91 times in its
 * training set) and one-character abbreviations ({@code 中} and {@code 美} of 中美关系); `banmian
 * entities` reports those spans as they are, but as facets they would file an article on Marxism
 * under the person Marx and every page under 中华. An article lists only names that stand as words.
 */
final class Facets {
    private Facets() {
    }

    static boolean browsable(Candidate candidate, String text, List<Token> tokens) {
        if (candidate.length() == 1 && candidate.type() != EntityType.PERSON) {
            return false;
        }
        if (candidate.type() == EntityType.ORGANIZATION && candidate.evidence() == Evidence.LEARNED
                && !hasProperPart(candidate, text, tokens)) {
            return false;
        }
        if (candidate.type() != EntityType.ORGANIZATION && readByModel(candidate) && insideTitle(candidate, text)) {
            return false;
        }
        // A name the user listed or a byline gives stands whatever the dictionary says around it.
        return candidate.evidence() == Evidence.USER || candidate.evidence() == Evidence.CREDIT || !insideDictionaryWord(candidate, text, tokens);
    }

    /** Read by the trained recogniser, here or elsewhere on the page (found again). */
    private static boolean readByModel(Candidate candidate) {
        return candidate.evidence() == Evidence.LEARNED || candidate.evidence() == Evidence.PAGE;
    }

    /**
     * Whether the name stands inside the title of a work (《明史·神宗本纪》, 《格萨尔》): part of a
     * title, not a mention of the person or place. Organisations stay: a paper's name is set in
     * title marks (《人民日报》).
     */
    private static boolean insideTitle(Candidate candidate, String text) {
        int open = text.lastIndexOf('《', candidate.start());
        if (open < 0 || text.lastIndexOf('》', candidate.start()) > open) {
            return false;
        }
        int close = text.indexOf('》', candidate.end());
        int nextOpen = text.indexOf('《', candidate.end());
        return close >= 0 && (nextOpen < 0 || nextOpen > close);
    }

    /**
     * Whether an organisation names a body rather than a kind of body: one of its words is a name,
     * an abbreviation or an organisation word, as cut or as the core dictionary first lists it
     * (中国社会科学院, 民革, 联合国), or the dictionary lists it whole as an organisation. The benchmark marks kinds too (外文系, 村党支部, 十九大), so
     * `banmian entities` keeps them; a page's organisations are its bodies (the issue: 地方政府 and
     * 商业银行 are no organisations).
     */
    private static boolean hasProperPart(Candidate candidate, String text, List<Token> tokens) {
        if (Segmenter.anyDictionaryTag(text.substring(candidate.start(), candidate.end()), "nt")) {
            return true;
        }
        for (Token token : tokens) {
            if (token.end() > candidate.start() && token.start() < candidate.end()
                    && (token.taggedAsName() || Token.NAME_TAGS.stream().anyMatch(tag -> Segmenter.dictionaryTag(token.word(), tag)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name is part of a longer word of the core dictionary: one word of the cut, or with the word before or after it. */
    private static boolean insideDictionaryWord(Candidate candidate, String text, List<Token> tokens) {
        String name = text.substring(candidate.start(), candidate.end());
        for (Token token : tokens) {
            boolean longer = token.end() - token.start() > candidate.length();
            if (token.start() <= candidate.start() && token.end() >= candidate.end() && longer && CoreDictionary.contains(token.word())) {
                return true;
            }
            if (token.start() == candidate.end() && CoreDictionary.contains(name + token.word())
                    || token.end() == candidate.start() && CoreDictionary.contains(token.word() + name)) {
                return true;
            }
        }
        return false;
    }
}
