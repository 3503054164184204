package banmian.nlp;

/** Why a span is taken for an entity, weakest first; where spans overlap the stronger evidence wins. */
enum Evidence {
    /** HanLP's recogniser alone: kept for places and organisations, not enough for a person. */
    MODEL,
    /** A title or cue word beside a person's name ({@code 市长张广勇}, {@code 王沪宁表示}). */
    CONTEXT,
    /** HanLP's core dictionary knows the whole word as a name of this kind. */
    DICTIONARY,
    /** A suffix rule built the name ({@code 兴县} + {@code 经开区}, {@code …有限公司}). */
    SUFFIX,
    /** One item of an enumeration whose other items are names of this kind. */
    LIST,
    /** A name confirmed elsewhere on the page, found again here. */
    PAGE,
    /** The name of a byline or photo credit. */
    CREDIT,
    /** A name from the user's dictionary. */
    USER;

    /** Enough on its own to report a person. */
    boolean confirmsPerson() {
        return this != MODEL;
    }
}
