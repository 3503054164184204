package banmian.nlp;

import banmian.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names built from a head and a suffix, which HanLP cuts apart: a place name followed by a zone word
 * ({@code 兴县} + {@code 经开区}) or an administrative unit ({@code 文水} + {@code 县}), and an
 * organisation's name that runs back from its suffix ({@code 有限公司}, {@code 集团}, {@code 局}) over
 * the nouns and place names before it ({@code 山西信发化工有限公司}).
 */
final class SuffixRules {
    /** Longest organisation name taken back from its suffix, in characters. */
    private static final int MAX_ORGANIZATION = 24;
    private static final Pattern ORDINAL = Pattern.compile("第[0-9一二三四五六七八九十百]+[届次]");
    private static final Set<String> NAME_PART_TAGS = Set.of("n", "nz", "ns", "nsf", "nr", "nrf", "nx", "nt", "ntc", "nit",
            "nis", "j", "b", "g", "gi", "vn", "an", "nnd", "nf", "ng");

    /** A one-character word of these kinds (preposition, particle, verb, pronoun …) is never part of a name. */
    private static final List<String> NON_NAME_TAG_STARTS = List.of("w", "p", "u", "c", "v", "r", "d", "f");

    private final List<String> placeSuffixes;
    private final List<String> adminSuffixes;
    private final Set<String> adminBlockers;
    private final List<String> organizationSuffixes;
    private final Evidence organizationEvidence;

    /**
     * With {@code builtInOrganizationSuffixes}, organisations run back from every suffix listed;
     * without, only from those a user file added (the built-in list costs the trained recogniser
     * more than it gives, docs/entities.md; a user's own suffix is knowledge it lacks).
     */
    SuffixRules(EntityLexicon lexicon, boolean builtInOrganizationSuffixes) {
        placeSuffixes = lexicon.list("place-suffix");
        adminSuffixes = lexicon.list("admin-suffix");
        adminBlockers = lexicon.set("admin-blocker");
        organizationSuffixes = builtInOrganizationSuffixes ? lexicon.list("organization-suffix") : lexicon.userList("organization-suffix");
        // The user's own suffixes are the user's word on a name, as the user's names are.
        organizationEvidence = builtInOrganizationSuffixes ? Evidence.SUFFIX : Evidence.USER;
    }

    /** Whether any organisation suffix is in play: the built-in ones, or those a user file added. */
    boolean buildsOrganizations() {
        return !organizationSuffixes.isEmpty();
    }

    /** Suffix-built places and organisations; also drops model places that are a bare suffix ({@code 开发区}). */
    List<Candidate> apply(String text, List<Token> tokens, List<Candidate> candidates, boolean places, boolean organizations) {
        List<Candidate> result = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String word = text.substring(candidate.start(), candidate.end());
            if (!(candidate.type() == EntityType.PLACE && (placeSuffixes.contains(word) || adminSuffixes.contains(word)))) {
                result.add(candidate);
            }
        }
        if (places) {
            result.addAll(places(text, tokens));
            result.addAll(zonesAfterPlaces(tokens, candidates));
        }
        if (organizations) {
            result.addAll(organizations(text, tokens));
        }
        return result;
    }

    /** A place already read ({@code 兴县}) and the zone or administrative words right after it ({@code 经开区}): one place. */
    private List<Candidate> zonesAfterPlaces(List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> zones = new ArrayList<>();
        for (Candidate place : candidates) {
            if (place.type() != EntityType.PLACE) {
                continue;
            }
            int next = 0;
            while (next < tokens.size() && tokens.get(next).start() < place.end()) {
                next++;
            }
            int end = -1;
            while (next < tokens.size() && tokens.get(next).start() == (end < 0 ? place.end() : end) && isPlaceTail(tokens.get(next).word())) {
                end = tokens.get(next).end();
                next++;
            }
            if (end > 0) {
                zones.add(new Candidate(EntityType.PLACE, place.start(), end, Evidence.ZONE));
            }
        }
        return zones;
    }

    private List<Candidate> places(String text, List<Token> tokens) {
        List<Candidate> places = new ArrayList<>();
        int k = 0;
        while (k < tokens.size()) {
            if (!isPlaceHead(tokens.get(k))) {
                Candidate whole = placeWithSuffixInside(tokens.get(k));
                if (whole != null) {
                    places.add(whole);
                }
                k++;
                continue;
            }
            int end = k;
            while (end + 1 < tokens.size() && isPlaceTail(tokens.get(end + 1).word())) {
                end++;
            }
            if (end > k) {
                places.add(new Candidate(EntityType.PLACE, tokens.get(k).start(), tokens.get(end).end(), Evidence.ZONE));
            }
            k = end + 1;
        }
        return places;
    }

    /** One word that is a known place name and a zone word ({@code 吕梁机场}), whatever HanLP tagged it. */
    private Candidate placeWithSuffixInside(Token token) {
        String word = token.word();
        for (String suffix : placeSuffixes) {
            if (word.length() > suffix.length() + 1 && word.endsWith(suffix)
                    && Segmenter.dictionaryTag(word.substring(0, word.length() - suffix.length()), "ns")) {
                return new Candidate(EntityType.PLACE, token.start(), token.end(), Evidence.ZONE);
            }
        }
        return null;
    }

    private boolean isPlaceHead(Token token) {
        return ModelCandidates.typeOf(token) == EntityType.PLACE && token.word().length() >= 2 || isAdminName(token.word());
    }

    private boolean isPlaceTail(String word) {
        return placeSuffixes.contains(word) || adminSuffixes.contains(word)
                || placeSuffixes.stream().anyMatch(suffix -> word.endsWith(suffix) && word.length() <= suffix.length() + 2);
    }

    /** A short word made of a name and an administrative unit ({@code 兴县}), not a pronoun-like one ({@code 全县}). */
    private boolean isAdminName(String word) {
        if (word.length() < 2 || word.length() > 4) {
            return false;
        }
        for (String suffix : adminSuffixes) {
            if (word.endsWith(suffix) && word.length() > suffix.length()) {
                String head = word.substring(0, word.length() - suffix.length());
                return adminBlockers.stream().noneMatch(head::startsWith) && Segmenter.dictionaryTag(word, "ns");
            }
        }
        return false;
    }

    private List<Candidate> organizations(String text, List<Token> tokens) {
        List<Candidate> organizations = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            int suffixEnd = organizationSuffixEnd(token);
            if (suffixEnd < 0) {
                continue;
            }
            int end = token.start() + suffixEnd;
            int start = suffixEnd > lastSuffixLength(token.word(), suffixEnd) ? token.start() : -1;
            int first = k;
            for (int j = k - 1; j >= 0 && end - tokens.get(j).start() <= MAX_ORGANIZATION; j--) {
                if (!isNamePart(tokens, j)) {
                    break;
                }
                first = j;
            }
            if (first < k) {
                start = tokens.get(first).start();
            }
            if (start >= 0 && end - start >= 3 && hasProperPart(tokens, first, k)) {
                organizations.add(new Candidate(EntityType.ORGANIZATION, start, end, organizationEvidence));
            }
        }
        return organizations;
    }

    /**
     * Whether words {@code first..last} hold a name or an abbreviation (汾阳市, 中铁): without one,
     * a run back from a suffix names a kind of body (各级党委, 农机服务站), not a body.
     */
    private static boolean hasProperPart(List<Token> tokens, int first, int last) {
        for (int j = first; j <= last; j++) {
            Token token = tokens.get(j);
            if (token.taggedAsName()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the last organisation suffix inside a word ends ({@code …有限公司厂} ends after 公司), or -1.
     * A one-character suffix counts only as a word of its own or at the end of a recognised
     * organisation: {@code 局} ends {@code 中铁七局} but not {@code 大局}.
     */
    private int organizationSuffixEnd(Token token) {
        String word = token.word();
        int best = -1;
        for (String suffix : organizationSuffixes) {
            int at = word.lastIndexOf(suffix);
            boolean standsOut = suffix.length() > 1 || word.equals(suffix) || token.tagged("nt") && at == word.length() - 1;
            if (at >= 0 && standsOut) {
                best = Math.max(best, at + suffix.length());
            }
        }
        return best;
    }

    private int lastSuffixLength(String word, int suffixEnd) {
        for (String suffix : organizationSuffixes) {
            if (word.startsWith(suffix, suffixEnd - suffix.length())) {
                return suffix.length();
            }
        }
        return suffixEnd;
    }

    private boolean isNamePart(List<Token> tokens, int j) {
        Token token = tokens.get(j);
        String word = token.word();
        if (word.equals("（") || word.equals("）")) {
            return j > 0 && j + 1 < tokens.size();
        }
        if (ORDINAL.matcher(word).matches()) {
            return true;
        }
        if (isPlaceTail(word) && word.length() > 1) {
            // A zone is where a company sits, not part of its name (兴县经开区 元泰…有限公司).
            return false;
        }
        return NAME_PART_TAGS.contains(token.tag()) || word.length() == 1 && Character.isIdeographic(word.charAt(0))
                && NON_NAME_TAG_STARTS.stream().noneMatch(token.tag()::startsWith);
    }
}
