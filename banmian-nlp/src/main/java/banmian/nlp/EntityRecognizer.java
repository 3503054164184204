package banmian.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;

import banmian.model.EntityType;
import banmian.nlp.ner.EntitySpan;
import banmian.nlp.ner.EntityTagger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named entities of one piece of text: the trained recogniser's ({@link EntityTagger}), then the
 * rules switched on ({@link EntityRule}: the user's names, credits, and where measured to help,
 * HanLP's guesses, suffixes and enumerations), then one span per place where candidates overlap
 * (stronger evidence first). Persons that only HanLP vouches for are kept apart as unconfirmed: the
 * page may confirm them elsewhere ({@link PageNames}).
 */
final class EntityRecognizer {
    /** Fields whose text is a byline or credit, read by {@link CreditNames}. */
    static final Set<String> CREDIT_FIELDS = Set.of("byline", "credit");
    /** A place or organisation HanLP guessed that starts with one of these is a mis-cut ({@code 和市}). */
    private static final String FUNCTION_CHARACTERS = "和与及在于从向到对把被的了是为一来";

    private final EntityTagger tagger;
    private final Set<EntityRule> rules;
    private final SuffixRules suffixes;
    private final Enumerations enumerations;
    private final PersonContext context;
    private final CreditNames credits;
    private final Map<String, EntityType> userNames;
    private final List<String> organizationSuffixes;
    private final List<String> placeEndings;
    private final List<String> nameBlockers;

    EntityRecognizer(EntityLexicon lexicon, EntityTagger tagger, Set<EntityRule> rules) {
        this.tagger = tagger;
        this.rules = Set.copyOf(rules);
        suffixes = new SuffixRules(lexicon, rules.contains(EntityRule.ORGANIZATION_SUFFIXES));
        enumerations = new Enumerations(lexicon);
        context = new PersonContext(lexicon);
        credits = new CreditNames(lexicon);
        userNames = lexicon.names();
        organizationSuffixes = lexicon.list("organization-suffix");
        placeEndings = new ArrayList<>(lexicon.list("place-ending"));
        placeEndings.addAll(lexicon.list("admin-suffix"));
        placeEndings.addAll(lexicon.list("place-suffix"));
        nameBlockers = lexicon.list("name-blocker");
    }

    /** The field a paragraph of plain text is read as: a byline or credit on its own line, or body text. */
    String fieldOf(String paragraph) {
        return credits.isCreditLine(paragraph) ? "credit" : "body";
    }

    /** Non-overlapping candidates in text order, unconfirmed persons included (evidence {@link Evidence#MODEL}). */
    List<Candidate> recognize(String field, String text, List<Token> tokens) {
        List<Candidate> candidates = new ArrayList<>();
        for (EntitySpan span : rules.contains(EntityRule.TRAINED_MODEL) ? tagger.tag(text, EntityModels.words(tokens)) : List.<EntitySpan>of()) {
            candidates.add(new Candidate(span.type(), span.start(), span.end(), Evidence.LEARNED));
        }
        // HanLP's guesses are read only where they are wanted: for the user's names (which the
        // segmenter's dictionary tags) or the rule that keeps them.
        boolean guessesWanted = !userNames.isEmpty() && rules.contains(EntityRule.USER_NAMES) || rules.contains(EntityRule.HANLP_GUESSES);
        for (Candidate candidate : guessesWanted ? ModelCandidates.of(tokens) : List.<Candidate>of()) {
            String name = text.substring(candidate.start(), candidate.end());
            EntityType user = userNames.get(name);
            if (user != null && rules.contains(EntityRule.USER_NAMES)) {
                candidates.add(new Candidate(user, candidate.start(), candidate.end(), Evidence.USER));
            } else if (rules.contains(EntityRule.HANLP_GUESSES) && keepsModelGuess(candidate, name)) {
                candidates.add(candidate);
            }
        }
        boolean organizations = suffixes.buildsOrganizations();
        if (rules.contains(EntityRule.PLACE_SUFFIXES) || organizations) {
            candidates = suffixes.apply(text, tokens, candidates, rules.contains(EntityRule.PLACE_SUFFIXES), organizations);
        }
        // Rule-built and HanLP-guessed places and organisations never start with a determiner (该市, 本公司).
        candidates.removeIf(candidate -> candidate.type() != EntityType.PERSON && candidate.evidence() != Evidence.USER
                && candidate.evidence() != Evidence.LEARNED
                && nameBlockers.stream().anyMatch(blocker -> text.startsWith(blocker, candidate.start())));
        if (rules.contains(EntityRule.ENUMERATIONS)) {
            candidates.addAll(enumerations.apply(text, tokens, candidates));
        }
        if (rules.contains(EntityRule.HANLP_GUESSES)) {
            candidates = context.apply(text, tokens, candidates);
        }
        if (rules.contains(EntityRule.CREDITS) && CREDIT_FIELDS.contains(field)) {
            candidates.addAll(credits.find(text));
        }
        return resolve(candidates);
    }

    private boolean keepsModelGuess(Candidate candidate, String name) {
        if (candidate.evidence() != Evidence.MODEL || candidate.type() == EntityType.PERSON) {
            // Persons wait for confirmation (PageNames); dictionary names stand.
            return true;
        }
        if (FUNCTION_CHARACTERS.indexOf(name.charAt(0)) >= 0) {
            return false;
        }
        if (candidate.type() == EntityType.PLACE) {
            // The place recogniser also tags plain words in place-like contexts (银杏大道, 西方): a word
            // the dictionary lists as something else, or two characters it does not list (步道), is no
            // place on the recogniser's word alone.
            // Longer guesses are often a verb or numeral glued to a word (走西方, 十年里): the recogniser's
            // word alone is kept only when it ends like a place.
            return CoreDictionary.get(name) == null && name.length() > 2 && placeEndings.stream().anyMatch(name::endsWith);
        }
        // HanLP's organisation guesses are often common nouns (重点企业); a real one ends like one.
        return organizationSuffixes.stream().anyMatch(name::endsWith);
    }

    /** Keeps the strongest of overlapping candidates, in text order. */
    static List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort((a, b) -> a.beats(b) ? -1 : b.beats(a) ? 1 : 0);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }
}
