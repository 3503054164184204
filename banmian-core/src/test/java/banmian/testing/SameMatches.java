package banmian.testing;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A rewritten regular expression against the one it replaced: the same matches, at the same places, with
 * the same groups. For tests of expressions made linear without changing what they match (issue #14).
 */
public final class SameMatches {
    private SameMatches() {
    }

    /** The {@code static Pattern} field {@code name} of {@code owner}, private or not. */
    public static Pattern pattern(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return (Pattern) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code find()} (start, end and groups) and {@code matches()} alike on each input. */
    public static void assertSame(String former, Pattern rewritten, List<String> inputs) {
        assertSame(former, rewritten, inputs, true);
    }

    /** {@code matches()} alike on each input; {@code find()} too when {@code find}. */
    public static void assertSame(String former, Pattern rewritten, List<String> inputs, boolean find) {
        Pattern old = Pattern.compile(former);
        for (String input : inputs) {
            if (find) {
                assertEquals(finds(old, input), finds(rewritten, input), () -> "find() on \"" + input + "\"");
            }
            assertEquals(whole(old, input), whole(rewritten, input), () -> "matches() on \"" + input + "\"");
        }
    }

    /** {@code count} strings of up to {@code maxTokens} tokens drawn from {@code tokens}, the same for a seed. */
    public static List<String> mixes(long seed, int count, int maxTokens, String... tokens) {
        Random random = new Random(seed);
        List<String> mixes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder mix = new StringBuilder();
            for (int n = random.nextInt(maxTokens + 1); n > 0; n--) {
                mix.append(tokens[random.nextInt(tokens.length)]);
            }
            mixes.add(mix.toString());
        }
        return mixes;
    }

    /** Every match of a {@code find()} loop, with its groups. */
    public static List<String> finds(Pattern pattern, String input) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(input);
        while (matcher.find()) {
            found.add(describe(matcher));
        }
        return found;
    }

    private static String whole(Pattern pattern, String input) {
        Matcher matcher = pattern.matcher(input);
        return matcher.matches() ? describe(matcher) : "no match";
    }

    /** Start, end and every group's span of the match {@code matcher} holds. */
    public static String describe(Matcher matcher) {
        StringBuilder out = new StringBuilder().append(matcher.start()).append('-').append(matcher.end());
        for (int group = 1; group <= matcher.groupCount(); group++) {
            out.append(' ').append(matcher.start(group)).append('-').append(matcher.end(group));
        }
        return out.toString();
    }
}
