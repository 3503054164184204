package banmian.layout.line;

import java.util.List;

/**
 * The lines of one article, why it was cut from what precedes it, and the headline group that
 * geometry says owns it ({@link TitleOwnership}; -1 when unknown).
 */
public record Piece(List<TextLine> lines, List<Boolean> chainStarts, Boundary startedBy, int owner) {
}
