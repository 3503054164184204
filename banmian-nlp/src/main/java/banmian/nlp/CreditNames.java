package banmian.nlp;

import banmian.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of a byline or photo credit ({@code 记者 罗丽}, {@code 新华社记者 黄敬文 摄}): what is
 * left once the role words are taken off, one name per word.
 */
final class CreditNames {
    private static final Pattern WORD = Pattern.compile("[^\\s、，,/（）()：:]+");
    /**
     * Single characters set apart by spaces or a slash, as bylines letter-space short names to the
     * width of longer ones ({@code 李 斌}, {@code 叶 / 帆}): one name of two or three of them, once
     * roles set apart the same way are taken off ({@link #spacedName}).
     */
    private static final Pattern LETTER_SPACED = Pattern.compile(
            "(?<!\\p{IsHan})\\p{IsHan}(?:(?:[ \\u3000]++|[ \\u3000]*+/[ \\u3000]*+)\\p{IsHan}(?!\\p{IsHan})){1,5}+");
    /** Longer paragraphs are never a byline or a credit alone. */
    private static final int LONGEST_CREDIT = 40;
    /** A byline is no sentence: it has none of a sentence's marks. */
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[。，；！？：,;!?]");
    /** A line this short closing with 摄 or 作 is a credit ({@code 翟桂溪作}); a longer one must set the role apart ({@code 李斌 摄}). */
    private static final int SHORT_CREDIT = 8;

    private final List<String> roles;
    private final List<String> gluedRoles;

    CreditNames(EntityLexicon lexicon) {
        roles = lexicon.list("credit-role");
        gluedRoles = lexicon.list("credit-suffix");
    }

    /**
     * The letter-spaced name in {@code text[start, end)} once roles set apart like its characters
     * are taken off its ends ({@code 文/图 刘 亮} is 刘亮), or null unless two or three characters stay.
     */
    private Candidate spacedName(String text, int start, int end) {
        List<Integer> characters = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (Character.isIdeographic(text.charAt(i))) {
                characters.add(i);
            }
        }
        int first = 0;
        int last = characters.size() - 1;
        while (first <= last && roles.contains(String.valueOf(text.charAt(characters.get(first))))) {
            first++;
        }
        while (last >= first && roles.contains(String.valueOf(text.charAt(characters.get(last))))) {
            last--;
        }
        return last - first >= 1 && last - first <= 2 ? new Candidate(EntityType.PERSON, characters.get(first), characters.get(last) + 1, Evidence.CREDIT) : null;
    }

    /**
     * Whether a paragraph of plain text is a byline or photo credit on its own line: short, and
     * opening with a role of two or more characters ({@code 本报记者}, {@code 新华社记者}) or closing
     * with a glued role ({@code 摄}, {@code 作}).
     */
    boolean isCreditLine(String paragraph) {
        String line = paragraph.strip();
        if (line.isEmpty() || line.length() > LONGEST_CREDIT || SENTENCE_MARKS.matcher(line).find()) {
            return false;
        }
        boolean closes = gluedRoles.stream().anyMatch(line::endsWith)
                && (line.length() <= SHORT_CREDIT || Character.isWhitespace(line.charAt(line.length() - 2)));
        return closes || roles.stream().anyMatch(role -> role.length() > 1 && line.startsWith(role));
    }

    List<Candidate> find(String text) {
        List<Candidate> names = new ArrayList<>();
        Matcher spaced = LETTER_SPACED.matcher(text);
        while (spaced.find()) {
            Candidate name = spacedName(text, spaced.start(), spaced.end());
            if (name != null) {
                names.add(name);
            }
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            int start = word.start();
            int end = word.end();
            boolean stripped = true;
            while (stripped && start < end) {
                stripped = false;
                for (String role : roles) {
                    // A one-character role (文, 图, 摄) is a word of its own, or it would eat names (黄敬文).
                    if (role.length() == 1 && end - start > 1) {
                        continue;
                    }
                    if (text.startsWith(role, start) && end - start >= role.length()) {
                        start += role.length();
                        stripped = true;
                        break;
                    }
                    if (end - role.length() >= start && text.startsWith(role, end - role.length())) {
                        end -= role.length();
                        stripped = true;
                        break;
                    }
                }
            }
            int nameLength = end - start - 1;
            if ((nameLength == 2 || nameLength == 3) && gluedRoles.contains(text.substring(end - 1, end))) {
                end--;
            }
            String name = text.substring(start, end);
            boolean han = name.codePoints().allMatch(Character::isIdeographic);
            if (han && name.length() >= 2 && name.length() <= 4 || name.contains("·") && name.length() <= 16) {
                names.add(new Candidate(EntityType.PERSON, start, end, Evidence.CREDIT));
            }
        }
        return names;
    }
}
