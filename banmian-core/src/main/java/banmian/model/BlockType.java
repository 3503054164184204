package banmian.model;

import java.util.Locale;

/**
 * The role a block plays on the page. The last five are what is printed on a page but belongs to no
 * article, listed {@code unassigned} with their type: {@code furniture} (running head, date, page and
 * section, editors' credits), {@code masthead} (the paper's name plate and the data printed with it),
 * {@code column} (a column label 栏目 set apart from the headline), {@code index} (an index box 导读 of
 * other pages' items) and {@code advertisement}.
 */
public enum BlockType {
    KICKER, HEADLINE, SUBTITLE, DATELINE, BYLINE, AUTHOR_NOTE, PARAGRAPH, HEADING,
    CAPTION, CREDIT, CONTINUATION, FURNITURE, MASTHEAD, COLUMN, INDEX, ADVERTISEMENT;

    /** Printed on the page but part of no article: page furniture of one kind or another. */
    public boolean isFurniture() {
        return this == FURNITURE || this == MASTHEAD || this == COLUMN || this == INDEX || this == ADVERTISEMENT;
    }

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
