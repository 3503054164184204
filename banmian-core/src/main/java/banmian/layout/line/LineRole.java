package banmian.layout.line;



/** What a prepared line is taken to be before articles are assembled. */
public enum LineRole {
    BODY, HEADING, TITLE, BYLINE, AUTHOR_NOTE, CAPTION, CREDIT, FURNITURE, MARKER;

    public boolean isBodyFlow() {
        return this == BODY || this == HEADING;
    }

    /** Elements that sit between articles (an extractor may still emit one inside a sentence: {@link ReadingOrder}). */
    public boolean separatesArticles() {
        return this == TITLE || this == BYLINE || this == AUTHOR_NOTE;
    }
}
