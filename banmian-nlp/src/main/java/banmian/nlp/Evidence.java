package banmian.nlp;

/** Why a span is taken for an entity, weakest first; where spans overlap the stronger evidence wins. */
enum Evidence {
    /** HanLP's recogniser alone: kept for places and organisations, not enough for a person. */
    MODEL,
    /** A title or cue word beside a person's name ({@code 市长张广勇}, {@code 王沪宁表示}). */
    CONTEXT,
    /** HanLP's core dictionary knows the whole word as a name of this kind. */
    DICTIONARY,
    /** An organisation run back from its suffix ({@code …有限公司}). */
    SUFFIX,
    /** One item of an enumeration whose other items are names of this kind. */
    LIST,
    /**
     * The trained recogniser ({@link banmian.nlp.ner.EntityTagger}): above the rules that guess a
     * name's extent from its suffix or its list, which it reads better (measured, docs/entities.md).
     */
    LEARNED,
    /**
     * One item of a list whose kind is sure: a list of persons ({@code 何维、武维华、铁凝、洛桑江村}: a
     * roll of leaders or guests names persons only), or a list that says what it holds
     * ({@code 上海申能、氢晨科技、浙江蓝能、东风汽车等行业龙头}).
     */
    ROLL,
    /** A place and the zone or administrative suffix after it, one place ({@code 兴县} + {@code 经开区}). */
    ZONE,
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
