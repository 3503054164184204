package banmian.archive;

import banmian.model.EntityType;

import java.util.Locale;
import java.util.Optional;

/**
 * What search results are counted by, and (all but the date, which is a range) narrowed by. The
 * name is the facet's key in results and the filter's parameter in the API and the reader.
 */
public enum Facet {
    PAPER, DATE,
    /** The people of a story's byline. */
    AUTHOR,
    /** The section of the page a story opens on (要闻, 国际, …), as the page's furniture names it. */
    SECTION,
    PERSON, PLACE, ORGANIZATION;

    /** The name in results and parameters: {@code paper}, {@code date}, {@code author}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a value narrows a search by itself ({@code date} narrows through from/to instead). */
    public boolean filters() {
        return this != DATE;
    }

    public static Optional<Facet> byKey(String key) {
        for (Facet facet : values()) {
            if (facet.key().equals(key)) {
                return Optional.of(facet);
            }
        }
        return Optional.empty();
    }

    static Facet of(EntityType type) {
        return valueOf(type.name());
    }
}
