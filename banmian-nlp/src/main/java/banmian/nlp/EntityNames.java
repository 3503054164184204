package banmian.nlp;

import java.util.regex.Pattern;

/** Entity names as they are indexed and faceted. */
final class EntityNames {
    /** Spaces, or a slash with or without them, between two Han characters: letter spacing, never part of a name. */
    private static final Pattern SPACING = Pattern.compile("(?<=\\p{IsHan})(?:[ \\u3000]++|[ \\u3000]*+/[ \\u3000]*+)(?=\\p{IsHan})");

    private EntityNames() {
    }

    /** The name without the letter spacing of a byline ({@code 李 斌} is 李斌). */
    static String indexed(String span) {
        return SPACING.matcher(span).replaceAll("");
    }
}
