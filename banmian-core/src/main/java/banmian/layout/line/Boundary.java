package banmian.layout.line;



/** Why a new article starts at a line of the flow. */
public enum Boundary {
    NONE, JUMP_MARKER, DATELINE, SEPARATOR, MEASURE_CHANGE,
    /** The extractor jumped into a paragraph's opening from a sentence it left open, which goes on elsewhere. */
    EXTRACTOR_JUMP,
    /** Page geometry puts the text under another headline. */
    OWNER_CHANGE
}
