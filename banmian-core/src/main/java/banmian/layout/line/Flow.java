package banmian.layout.line;

import java.util.Collections;
import java.util.List;

/**
 * Body lines in reading order, with the first line of every chain (a piece with no predecessor)
 * marked, each line's headline group when geometry tells it ({@link TitleOwnership}; else -1), and
 * the chain starts the extractor jumped into from an article it left mid-sentence ({@code leftMidSentence}).
 */
public record Flow(List<TextLine> lines, List<Boolean> chainStarts, List<Integer> owners, List<Boolean> leftMidSentence) {
    public Flow(List<TextLine> lines, List<Boolean> chainStarts) {
        this(lines, chainStarts, Collections.nCopies(lines.size(), -1));
    }

    public Flow(List<TextLine> lines, List<Boolean> chainStarts, List<Integer> owners) {
        this(lines, chainStarts, owners, Collections.nCopies(lines.size(), false));
    }
}
