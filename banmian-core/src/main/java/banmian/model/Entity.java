package banmian.model;

import java.util.List;

/** One named entity of an article with every place it is mentioned; its count is the number of mentions. */
public record Entity(EntityType type, String name, List<TextSpan> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }

    public int count() {
        return mentions.size();
    }
}
