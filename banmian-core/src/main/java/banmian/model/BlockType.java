package banmian.model;

import java.util.Locale;

/** The role a block plays on the page. */
public enum BlockType {
    KICKER, HEADLINE, SUBTITLE, DATELINE, BYLINE, AUTHOR_NOTE, PARAGRAPH, HEADING,
    CAPTION, CREDIT, CONTINUATION, FURNITURE;

    /** The lower-camel name used in JSON ({@code authorNote}, {@code paragraph}). */
    public String jsonName() {
        String lower = name().toLowerCase(Locale.ROOT);
        int underscore = lower.indexOf('_');
        if (underscore < 0) {
            return lower;
        }
        return lower.substring(0, underscore) + Character.toUpperCase(lower.charAt(underscore + 1))
                + lower.substring(underscore + 2);
    }

    public static BlockType fromJsonName(String name) {
        for (BlockType type : values()) {
            if (type.jsonName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown block type: " + name);
    }
}
