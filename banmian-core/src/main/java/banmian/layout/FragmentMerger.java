package banmian.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Folds pieces of text that cannot be articles of their own back into the article they belong to.
 * A piece cut off only by weak evidence (a separator or a change of measure), that got no headline
 * and has no dateline of its own, is a stray part of some article: it joins the article whose
 * language it most likely shares ({@link LanguageModel}), placed before or after that body as the
 * reading order had it.
 */
final class FragmentMerger {
    /** Log-likelihood ratio per bigram above which a piece reads like the article (0: no better than the page). */
    private static final double MIN_AFFINITY = 0.0;
    private static final int UNKNOWN_OWNER = -1;
    /**
     * Added to the affinity with the piece just before in reading order when nothing but a change of
     * measure parted them: a section set in other columns, or an article going on past its
     * headline, more often continues that piece than any other (same-topic pages blur the wording).
     */
    private static final double PRECEDING_PIECE_BONUS = 0.6;

    private FragmentMerger() {
    }

    static List<ArticleSegmenter.Piece> merge(List<ArticleSegmenter.Piece> pieces, List<Boolean> titled) {
        List<List<ArticleSegmenter.Piece>> groups = new ArrayList<>();
        List<Boolean> isFragment = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            groups.add(new ArrayList<>(List.of(pieces.get(p))));
            isFragment.add(isFragment(pieces.get(p), titled.get(p)));
        }
        if (!isFragment.contains(true)) {
            return pieces;
        }
        List<String> bodies = pieces.stream().map(FragmentMerger::text).toList();
        List<Integer> fragments = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            if (isFragment.get(p)) {
                fragments.add(p);
            }
        }
        LanguageModel model = new LanguageModel(bodies);
        for (int p : fragments) {
            int best = -1;
            double bestScore = MIN_AFFINITY;
            for (int target = 0; target < pieces.size(); target++) {
                // The piece before may itself be untitled: an untitled article set in two measures.
                boolean rejoinsPrecedingFragment = isFragment.get(target) && target == p - 1
                        && pieces.get(p).startedBy() == ArticleSegmenter.Boundary.MEASURE_CHANGE && !groups.get(target).isEmpty();
                if (target == p || isFragment.get(target) && !rejoinsPrecedingFragment) {
                    continue;
                }
                double score = model.affinity(p, target) + (continuesPrecedingPiece(pieces.get(p), p, target) ? PRECEDING_PIECE_BONUS : 0);
                if (score > bestScore) {
                    best = target;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                groups.get(best).add(pieces.get(p));
                groups.get(p).clear();
            }
        }
        List<ArticleSegmenter.Piece> merged = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            if (!groups.get(p).isEmpty()) {
                merged.add(joined(groups.get(p), pieces));
            }
        }
        return merged;
    }

    private static boolean continuesPrecedingPiece(ArticleSegmenter.Piece piece, int p, int target) {
        return target == p - 1 && piece.startedBy() != ArticleSegmenter.Boundary.SEPARATOR;
    }

    /** Geometry that placed a piece (under a headline, or in a stretch its rules close) makes it no stray. */
    private static boolean isFragment(ArticleSegmenter.Piece piece, boolean titled) {
        if (piece.owner() != UNKNOWN_OWNER) {
            return false;
        }
        boolean weakCut = piece.startedBy() == ArticleSegmenter.Boundary.SEPARATOR
                || piece.startedBy() == ArticleSegmenter.Boundary.MEASURE_CHANGE
                || piece.startedBy() == ArticleSegmenter.Boundary.NONE;
        return weakCut && !titled && !Datelines.startsWithDateline(piece.lines().get(0).raw);
    }

    /** The group's pieces in reading order, keeping the first piece's boundary. */
    private static ArticleSegmenter.Piece joined(List<ArticleSegmenter.Piece> group, List<ArticleSegmenter.Piece> order) {
        if (group.size() == 1) {
            return group.get(0);
        }
        List<ArticleSegmenter.Piece> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingInt(order::indexOf));
        List<TextLine> lines = new ArrayList<>();
        List<Boolean> chainStarts = new ArrayList<>();
        for (ArticleSegmenter.Piece piece : sorted) {
            lines.addAll(piece.lines());
            chainStarts.addAll(piece.chainStarts());
            chainStarts.set(chainStarts.size() - piece.lines().size(), true);
        }
        return new ArticleSegmenter.Piece(lines, chainStarts, group.get(0).startedBy(), group.get(0).owner());
    }

    private static String text(ArticleSegmenter.Piece piece) {
        StringBuilder text = new StringBuilder();
        piece.lines().forEach(line -> text.append(line.body));
        return text.toString();
    }
}
