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

    private final List<String> roles;

    CreditNames(EntityLexicon lexicon) {
        roles = lexicon.list("credit-role");
    }

    List<Candidate> find(String text) {
        List<Candidate> names = new ArrayList<>();
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
            String name = text.substring(start, end);
            boolean han = name.codePoints().allMatch(Character::isIdeographic);
            if (han && name.length() >= 2 && name.length() <= 4 || name.contains("·") && name.length() <= 16) {
                names.add(new Candidate(EntityType.PERSON, start, end, Evidence.CREDIT));
            }
        }
        return names;
    }
}
