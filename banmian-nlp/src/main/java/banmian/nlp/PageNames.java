package banmian.nlp;

import banmian.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One name, one reading across a page: a person confirmed anywhere on the page (by a list, a title,
 * a credit, a dictionary) is a person wherever the name appears again, even where HanLP cut it
 * differently ({@code 习近平李强赵乐际…出席} in a subtitle set without separators); persons that nothing
 * confirms are dropped.
 */
final class PageNames {
    private PageNames() {
    }

    /** Unit texts and their candidates in, confirmed candidates out (same order). */
    static List<List<Candidate>> confirm(List<String> texts, List<List<Candidate>> candidates) {
        Set<String> confirmed = new LinkedHashSet<>();
        for (int u = 0; u < texts.size(); u++) {
            for (Candidate candidate : candidates.get(u)) {
                if (candidate.type() == EntityType.PERSON && candidate.evidence().confirmsPerson()) {
                    confirmed.add(texts.get(u).substring(candidate.start(), candidate.end()));
                }
            }
        }
        List<String> names = new ArrayList<>(confirmed);
        names.sort(Comparator.comparingInt(String::length).reversed());
        List<List<Candidate>> result = new ArrayList<>();
        for (int u = 0; u < texts.size(); u++) {
            String text = texts.get(u);
            List<Candidate> unit = new ArrayList<>(candidates.get(u));
            for (String name : names) {
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                    unit.add(new Candidate(EntityType.PERSON, at, at + name.length(), Evidence.PAGE));
                }
            }
            List<Candidate> kept = new ArrayList<>();
            for (Candidate candidate : EntityRecognizer.resolve(unit)) {
                if (candidate.type() != EntityType.PERSON || candidate.evidence().confirmsPerson()) {
                    kept.add(candidate);
                }
            }
            result.add(kept);
        }
        return result;
    }
}
