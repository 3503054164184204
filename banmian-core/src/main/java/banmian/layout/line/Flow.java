package banmian.layout.line;

import java.util.Collections;
import java.util.List;

/**
 * Body lines in reading order, with the first line of every chain (a piece with no predecessor)
 * marked, and each line's headline group when geometry tells it ({@link TitleOwnership}; else -1).
 */
public record Flow(List<TextLine> lines, List<Boolean> chainStarts, List<Integer> owners) {
    public Flow(List<TextLine> lines, List<Boolean> chainStarts) {
        this(lines, chainStarts, Collections.nCopies(lines.size(), -1));
    }
}
