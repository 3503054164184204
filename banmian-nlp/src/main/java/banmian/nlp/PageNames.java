package banmian.nlp;

import banmian.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;

/**
 * One name, one reading across a page: a person confirmed anywhere on the page (by a list, a title,
 * a credit, a dictionary) is a person wherever the name appears again, even where HanLP cut it
 * differently ({@code 习近平李强赵乐际…出席} in a subtitle set without separators); persons that nothing
 * confirms are dropped.
 */
final class PageNames {
    private PageNames() {
    }

    /**
     * Adds the confirmed names standing in a unit's text. Found again, a name fills a gap or
     * corrects HanLP's cut; it never breaks a name read here (钟书 in 钱钟书, 中国 in 中国银行) — unless
     * that name is a run of confirmed names set without separators (习近平李强赵乐际 in a subtitle,
     * read as one long name), which the names found again replace.
     */
    private static void findAgain(String text, List<String> names, List<Candidate> unit) {
        List<Candidate> again = new ArrayList<>();
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                again.add(new Candidate(EntityType.PERSON, at, at + name.length(), Evidence.PAGE));
            }
        }
        for (Candidate read : List.copyOf(unit)) {
            if (read.evidence() == Evidence.MODEL) {
                continue;
            }
            List<Candidate> itself = again.stream().filter(name -> name.start() == read.start() && name.end() == read.end()).toList();
            List<Candidate> inside = again.stream().filter(name -> read.overlaps(name) && !itself.contains(name)).toList();
            if (inside.isEmpty()) {
                continue;
            }
            if (read.type() == EntityType.PERSON && inside.size() >= 2 && covers(inside, read)) {
                unit.remove(read);
                again.removeAll(itself);
            } else {
                again.removeAll(inside);
            }
        }
        unit.addAll(again);
    }

    private static boolean covers(List<Candidate> names, Candidate span) {
        for (int i = span.start(); i < span.end(); i++) {
            int at = i;
            if (names.stream().noneMatch(name -> name.start() <= at && at < name.end())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Unit texts and their candidates in, confirmed candidates out (same order); with
     * {@code findAgain}, confirmed names are found again wherever else they stand on the page.
     */
    static List<List<Candidate>> confirm(List<String> texts, List<List<Candidate>> candidates, boolean findAgain) {
        Set<String> confirmed = new LinkedHashSet<>();
        for (int u = 0; u < texts.size(); u++) {
            for (Candidate candidate : candidates.get(u)) {
                // A one-character name (刘 in 天不灭刘) would be found again inside every other word.
                // Persons only: places and organisations found again lowered F1 on the held-apart sentences (0.855 -> 0.844).
                if (candidate.type() == EntityType.PERSON && candidate.evidence().confirmsPerson() && candidate.length() > 1) {
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
            if (findAgain) {
                findAgain(text, names, unit);
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
