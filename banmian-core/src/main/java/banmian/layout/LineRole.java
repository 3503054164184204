package banmian.layout;

/** What a prepared line is taken to be before articles are assembled. */
enum LineRole {
    BODY, HEADING, TITLE, BYLINE, AUTHOR_NOTE, CAPTION, CREDIT, FURNITURE, MARKER;

    boolean isBodyFlow() {
        return this == BODY || this == HEADING;
    }

    /** Elements that sit between articles (an extractor may still emit one inside a sentence: {@link ReadingOrder}). */
    boolean separatesArticles() {
        return this == TITLE || this == BYLINE || this == AUTHOR_NOTE;
    }
}
