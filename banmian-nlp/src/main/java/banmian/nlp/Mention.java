package banmian.nlp;

import banmian.model.EntityType;

/**
 * One entity found in a line of plain text: offsets in UTF-16 code units of that line (end
 * exclusive) and the name as indexed (a letter-spaced byline name without its spaces).
 */
public record Mention(EntityType type, int start, int end, String name) {
}
