package banmian.nlp;

import banmian.model.EntityType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Enumerations ({@code 石泰峰、胡春华、沈跃跃……}): when most items of a list separated by {@code 、}
 * are names of one kind, or the noun after {@code 等} says what the list holds ({@code …等重点企业}),
 * every item is a name of that kind, including the ones HanLP split ({@code 刘国中}) or missed.
 */
final class Enumerations {
    private static final String SEPARATOR = "、";
    /** Characters that end the last item of a list when HanLP glued them to the name ({@code 韩正在}). */
    private static final String TRAILING_FUNCTION_CHARACTERS = "在等和与及是的说为向到";

    private final Map<EntityType, Set<String>> listHeads;

    Enumerations(EntityLexicon lexicon) {
        listHeads = lexicon.listHeads();
    }

    List<Candidate> apply(String text, List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> added = new ArrayList<>();
        for (List<int[]> items : lists(tokens)) {
            EntityType headed = headType(tokens, items.get(items.size() - 1)[1] + 1);
            EntityType type = headed != null ? headed : votedType(tokens, items, candidates);
            if (type == null) {
                continue;
            }
            // A list that says what it holds (…等企业) or holds persons is surer than the model's reading of one item.
            Evidence evidence = headed != null || type == EntityType.PERSON ? Evidence.ROLL : Evidence.LIST;
            for (int[] item : items) {
                int[] span = trimmed(text, tokens.get(item[0]).start(), tokens.get(item[1]).end(), type);
                if (span != null) {
                    added.add(new Candidate(type, span[0], span[1], evidence));
                }
            }
        }
        return added;
    }

    /** Each list as item spans of token indexes {@code [first, last]}. */
    private static List<List<int[]>> lists(List<Token> tokens) {
        List<List<int[]>> lists = new ArrayList<>();
        int k = 0;
        while (k < tokens.size()) {
            if (!tokens.get(k).word().equals(SEPARATOR)) {
                k++;
                continue;
            }
            List<int[]> items = new ArrayList<>();
            int itemStart = itemStartBefore(tokens, k);
            if (itemStart < 0) {
                k++;
                continue;
            }
            items.add(new int[] {itemStart, k - 1});
            int next = k + 1;
            while (true) {
                int end = next;
                while (end < tokens.size() && !isItemEnd(tokens.get(end))) {
                    end++;
                }
                if (end == next) {
                    break;
                }
                items.add(new int[] {next, end - 1});
                if (end < tokens.size() && tokens.get(end).word().equals(SEPARATOR)) {
                    next = end + 1;
                } else {
                    k = end;
                    break;
                }
            }
            if (items.size() >= 2) {
                lists.add(items);
            }
            k = Math.max(k + 1, next);
        }
        return lists;
    }

    /** The first item of a list reaches back from the first separator over name-like words only. */
    private static int itemStartBefore(List<Token> tokens, int separator) {
        int start = separator;
        while (start - 1 >= 0 && !isItemEnd(tokens.get(start - 1)) && separator - (start - 1) <= 3
                && !tokens.get(start - 1).tagged("v") && !tokens.get(start - 1).tagged("p") && !tokens.get(start - 1).tagged("nnt")) {
            start--;
        }
        return start == separator ? -1 : start;
    }

    private static boolean isItemEnd(Token token) {
        return token.isPunctuation() || token.tag().equals("udeng") || token.tagged("v") || token.tagged("p")
                || token.tagged("u") || token.tagged("c") || token.tagged("d");
    }

    /** The type most of the list's items were read as, if two or more and at least half of them were. */
    private EntityType votedType(List<Token> tokens, List<int[]> items, List<Candidate> candidates) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (int[] item : items) {
            int start = tokens.get(item[0]).start();
            int end = tokens.get(item[1]).end();
            for (Candidate candidate : candidates) {
                if (candidate.start() >= start && candidate.end() <= end + 1 && candidate.length() * 2 > end - start) {
                    votes.merge(candidate.type(), 1, Integer::sum);
                    break;
                }
            }
        }
        for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
            if (vote.getValue() >= 2 && vote.getValue() * 2 >= items.size()) {
                return vote.getKey();
            }
        }
        return null;
    }

    /** {@code 等} followed by a noun that names what the list holds. */
    private EntityType headType(List<Token> tokens, int after) {
        if (after >= tokens.size() || !tokens.get(after).tag().equals("udeng")) {
            return null;
        }
        StringBuilder head = new StringBuilder();
        for (int k = after + 1; k < tokens.size() && k <= after + 2; k++) {
            head.append(tokens.get(k).word());
            for (Map.Entry<EntityType, Set<String>> heads : listHeads.entrySet()) {
                if (heads.getValue().contains(head.toString()) || heads.getValue().contains(tokens.get(k).word())) {
                    return heads.getKey();
                }
            }
        }
        return null;
    }

    /** The item's characters as a name of {@code type}, or null when they cannot be one. */
    private static int[] trimmed(String text, int start, int end, EntityType type) {
        if (type == EntityType.PERSON && end - start == 3 && text.indexOf('·', start) < 0
                && TRAILING_FUNCTION_CHARACTERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        String name = text.substring(start, end);
        return plausible(name, type) ? new int[] {start, end} : null;
    }

    private static boolean plausible(String name, EntityType type) {
        if (type == EntityType.PERSON) {
            boolean han = name.codePoints().allMatch(Character::isIdeographic);
            return han && name.length() >= 2 && name.length() <= 4
                    || name.contains("·") && name.length() <= 16 && !name.startsWith("·") && !name.endsWith("·");
        }
        return name.length() >= 2 && name.length() <= 20
                && name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '（' || c == '）' || c == '·');
    }
}
