package banmian.layout.line;



/** Why a new article starts at a line of the flow. */
public enum Boundary {
    NONE, JUMP_MARKER, DATELINE, SEPARATOR, MEASURE_CHANGE,
    /** Page geometry puts the text under another headline. */
    OWNER_CHANGE
}
