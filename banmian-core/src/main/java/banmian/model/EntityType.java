package banmian.model;

/** The kinds of named entity enrichment finds. */
public enum EntityType {
    PERSON, PLACE, ORGANIZATION;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static EntityType fromJson(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
