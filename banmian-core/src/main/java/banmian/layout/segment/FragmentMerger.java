package banmian.layout.segment;

import banmian.layout.line.Boundary;
import banmian.layout.line.Datelines;
import banmian.layout.line.LineRole;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.Piece;
import banmian.layout.line.SegmentParameters;
import banmian.layout.line.TextLine;
import banmian.limits.PageBudget;
import banmian.text.Punctuation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Folds pieces of text that cannot be articles of their own back into the article they belong to.
 * A piece cut off only by weak evidence (a separator or a change of measure), that got no headline
 * and has no dateline of its own, is a stray part of some article: it joins the article whose
 * language it most likely shares ({@link LanguageModel}), placed before or after that body as the
 * reading order had it. The piece just before in reading order is favoured when only a change of
 * measure parted them: a section set in other columns, or an article going on past its headline,
 * more often continues that piece than any other ({@link SegmentParameters#precedingPieceBonus}); and
 * an article whose section headings are set in parallel with the piece's
 * ({@code 社会主要矛盾变化标志着……} twice) more than one that shares its wording
 * ({@link SegmentParameters#parallelHeadingBonus}).
 */
public final class FragmentMerger {
    private static final int UNKNOWN_OWNER = -1;

    private FragmentMerger() {
    }

    public static List<Piece> merge(PageAnalysis page, List<Piece> segmented, List<Boolean> segmentedTitled) {
        SegmentParameters parameters = page.parameters().segment();
        List<Boolean> cutTitled = new ArrayList<>();
        // The stages below mostly see the same pieces again: their headings are worked out once.
        Map<Piece, HeadingForms> headingCache = new IdentityHashMap<>();
        Function<Piece, HeadingForms> headingsOf =
                piece -> headingCache.computeIfAbsent(piece, key -> HeadingForms.of(headingsAt(key, parameters), parameters));
        List<Piece> cut = partStraySections(segmented, segmentedTitled, cutTitled, headingCache, parameters);
        List<Boolean> titled = new ArrayList<>();
        List<Piece> pieces = gatherParallelSections(cut, cutTitled, titled, headingsOf, parameters);
        List<List<Piece>> groups = new ArrayList<>();
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
        LanguageModel model = new LanguageModel(bodies, parameters.prior());
        ParallelIndex parallel = new ParallelIndex(pieces.stream().map(headingsOf).toList(), parameters);
        for (int p : fragments) {
            double[] affinity = model.affinities(p);
            boolean[] parallelTargets = parallel.piecesParallelTo(p);
            int best = -1;
            double bestScore = parameters.minAffinity();
            for (int target = 0; target < pieces.size(); target++) {
                PageBudget.checkpoint();
                // The piece before may itself be untitled: an untitled article set in two measures.
                boolean rejoinsPrecedingFragment = isFragment.get(target) && target == p - 1
                        && pieces.get(p).startedBy() == Boundary.MEASURE_CHANGE && !groups.get(target).isEmpty();
                if (target == p || isFragment.get(target) && !rejoinsPrecedingFragment) {
                    continue;
                }
                double score = affinity[target] + (continuesPrecedingPiece(pieces.get(p), p, target) ? parameters.precedingPieceBonus() : 0)
                        + (parallelTargets[target] ? parameters.parallelHeadingBonus() : 0);
                if (score > bestScore) {
                    best = target;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                groups.get(best).add(pieces.get(p));
                if (page.explaining()) {
                    int target = best;
                    double score = bestScore;
                    double lm = affinity[best];
                    page.note("stray-piece-joins-article", () -> "joins the article whose body starts at line "
                            + pieces.get(target).lines().get(0).sources.get(0), pieces.get(p).lines().subList(0, 1),
                            () -> String.format("score %.2f (language-model affinity %.2f%s%s)", score, lm,
                                    continuesPrecedingPiece(pieces.get(p), p, target) ? ", continues the piece before" : "",
                                    parallelTargets[target] ? ", parallel section headings" : ""));
                }
                groups.get(p).clear();
            }
        }
        List<Piece> merged = new ArrayList<>();
        Map<Piece, Integer> order = positions(pieces);
        for (int p = 0; p < pieces.size(); p++) {
            if (!groups.get(p).isEmpty()) {
                merged.add(joined(groups.get(p), order));
            }
        }
        return merged;
    }

    /**
     * A section in an article under a headline whose heading is parallel to another such article's
     * headings and to none of its own article's was read on into from the article's end
     * ({@code ……永远与人民心连心。} / {@code 探索新治理：……} after {@code 明确新目标：……} elsewhere):
     * it is parted from that article, as a stray that then finds its own. (An untitled stray keeps
     * such a section: it is more likely part of the article the heading points to.)
     * {@code titled} receives the flags of the pieces returned.
     */
    private static List<Piece> partStraySections(List<Piece> pieces, List<Boolean> pieceTitled,
            List<Boolean> titled, Map<Piece, HeadingForms> headingCache, SegmentParameters parameters) {
        List<List<Heading>> headings = pieces.stream().map(piece -> headingsAt(piece, parameters)).toList();
        List<HeadingForms> forms = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            forms.add(HeadingForms.of(headings.get(p), parameters));
            headingCache.put(pieces.get(p), forms.get(p));
        }
        ParallelIndex parallel = new ParallelIndex(forms, parameters);
        List<Piece> parted = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            Piece piece = pieces.get(p);
            int start = 0;
            boolean first = true;
            for (Heading heading : headings.get(p)) {
                if (pieceTitled.get(p) && piece.owner() == UNKNOWN_OWNER && heading.line() > start && followsParagraphEnd(piece, heading.line())
                        && parallel.isParallelOnlyElsewhere(heading.text(), p, pieceTitled)) {
                    parted.add(part(piece, start, heading.line(), first));
                    titled.add(first && pieceTitled.get(p));
                    start = heading.line();
                    first = false;
                }
            }
            parted.add(part(piece, start, piece.lines().size(), first));
            titled.add(first && pieceTitled.get(p));
        }
        return parted;
    }

    private static boolean followsParagraphEnd(Piece piece, int line) {
        TextLine previous = line > 0 ? piece.lines().get(line - 1) : null;
        return previous != null && previous.role() == LineRole.BODY && Punctuation.endsSentence(previous.raw);
    }

    private static Piece part(Piece piece, int from, int to, boolean first) {
        if (first && from == 0 && to == piece.lines().size()) {
            return piece;
        }
        assert from < to : "a part holds lines";
        List<Boolean> chainStarts = new ArrayList<>(piece.chainStarts().subList(from, to));
        chainStarts.set(0, true);
        return new Piece(piece.lines().subList(from, to), chainStarts,
                first ? piece.startedBy() : Boundary.SEPARATOR, piece.owner());
    }

    /**
     * Stray pieces whose section headings are parallel are sections of one article: each joins the
     * first of them, so that they find their article together. {@code titled} receives the flags of
     * the pieces returned.
     */
    private static List<Piece> gatherParallelSections(List<Piece> pieces, List<Boolean> cutTitled,
            List<Boolean> titled, Function<Piece, HeadingForms> headingsOf, SegmentParameters parameters) {
        ParallelIndex parallel = new ParallelIndex(pieces.stream().map(headingsOf).toList(), parameters);
        List<List<Piece>> groups = new ArrayList<>();
        int[] groupOf = new int[pieces.size()];
        for (int p = 0; p < pieces.size(); p++) {
            groupOf[p] = -1;
            if (isFragment(pieces.get(p), cutTitled.get(p))) {
                boolean[] parallelPieces = parallel.piecesParallelTo(p);
                for (int q = 0; q < p && groupOf[p] < 0; q++) {
                    PageBudget.checkpoint();
                    if (parallelPieces[q]) {
                        groupOf[p] = groupOf[q];
                    }
                }
            }
            if (groupOf[p] < 0) {
                groupOf[p] = groups.size();
                groups.add(new ArrayList<>());
                titled.add(cutTitled.get(p));
            }
            groups.get(groupOf[p]).add(pieces.get(p));
        }
        Map<Piece, Integer> order = positions(pieces);
        return groups.stream().map(group -> joined(group, order)).toList();
    }

    private static boolean continuesPrecedingPiece(Piece piece, int p, int target) {
        return target == p - 1 && piece.startedBy() != Boundary.SEPARATOR;
    }

    /** Geometry that placed a piece (under a headline, or in a stretch its rules close) makes it no stray. */
    private static boolean isFragment(Piece piece, boolean titled) {
        if (piece.owner() != UNKNOWN_OWNER) {
            return false;
        }
        boolean weakCut = piece.startedBy() == Boundary.SEPARATOR
                || piece.startedBy() == Boundary.MEASURE_CHANGE
                || piece.startedBy() == Boundary.NONE;
        return weakCut && !titled && !Datelines.startsWithDateline(piece.lines().get(0).raw);
    }

    /** Each piece's place in reading order (pieces are told apart by identity). */
    private static Map<Piece, Integer> positions(List<Piece> pieces) {
        Map<Piece, Integer> positions = new IdentityHashMap<>();
        for (int p = 0; p < pieces.size(); p++) {
            positions.put(pieces.get(p), p);
        }
        return positions;
    }

    /** The group's pieces in reading order, keeping the first piece's boundary. */
    private static Piece joined(List<Piece> group, Map<Piece, Integer> order) {
        if (group.size() == 1) {
            return group.get(0);
        }
        List<Piece> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingInt(order::get));
        List<TextLine> lines = new ArrayList<>();
        List<Boolean> chainStarts = new ArrayList<>();
        for (Piece piece : sorted) {
            lines.addAll(piece.lines());
            chainStarts.addAll(piece.chainStarts());
            chainStarts.set(chainStarts.size() - piece.lines().size(), true);
        }
        return new Piece(lines, chainStarts, group.get(0).startedBy(), group.get(0).owner());
    }

    /**
     * Two headings are parallel when they open alike ({@code 新时代的价值追求} / {@code 新时代的战略安排}),
     * end alike ({@code 从辩证思维角度准确把握社会主要矛盾的变化} / {@code 从社会生产和社会需要两个方面准确把握……})
     * or follow one pattern up to a colon ({@code 明确新目标：……} / {@code 探索新治理：……}: lead-ins of
     * one length that share a character in one place): when they differ and share a {@link #forms form}.
     */
    static boolean areParallel(String x, String y) {
        return areParallel(x, y, SegmentParameters.DEFAULTS);
    }

    static boolean areParallel(String x, String y, SegmentParameters parameters) {
        return !x.equals(y) && !Collections.disjoint(forms(x, parameters), forms(y, parameters));
    }

    /** The opening, the ending, and each character of a lead-in at its place before the colon. */
    private static List<String> forms(String heading, SegmentParameters parameters) {
        List<String> forms = new ArrayList<>();
        if (heading.length() >= parameters.parallelPrefix()) {
            forms.add("^" + heading.substring(0, parameters.parallelPrefix()));
        }
        if (heading.length() >= parameters.parallelSuffix()) {
            forms.add("$" + heading.substring(heading.length() - parameters.parallelSuffix()));
        }
        int colon = heading.indexOf('：');
        if (colon >= parameters.minLeadIn()) {
            for (int i = 0; i < colon; i++) {
                forms.add(":" + colon + ":" + i + ":" + heading.charAt(i));
            }
        }
        return forms;
    }

    /** A piece's headings by form, so that two pieces are compared form by form, not heading by heading. */
    private record HeadingForms(Map<String, Set<String>> headingsByForm) {
        static HeadingForms of(List<Heading> headings, SegmentParameters parameters) {
            Map<String, Set<String>> byForm = new HashMap<>();
            for (Heading heading : headings) {
                for (String form : forms(heading.text(), parameters)) {
                    byForm.computeIfAbsent(form, key -> new HashSet<>()).add(heading.text());
                }
            }
            return new HeadingForms(byForm);
        }
    }

    /** Which pieces have a heading parallel to one of a given piece's, looked up form by form. */
    private static final class ParallelIndex {
        private final List<HeadingForms> pieces;
        private final SegmentParameters parameters;
        private final Map<String, List<Integer>> piecesByForm = new HashMap<>();

        ParallelIndex(List<HeadingForms> pieces, SegmentParameters parameters) {
            this.pieces = pieces;
            this.parameters = parameters;
            for (int p = 0; p < pieces.size(); p++) {
                for (String form : pieces.get(p).headingsByForm().keySet()) {
                    piecesByForm.computeIfAbsent(form, key -> new ArrayList<>()).add(p);
                }
            }
        }

        /** Parallel to the headings of another article under a headline, and to none of its own piece's. */
        boolean isParallelOnlyElsewhere(String heading, int piece, List<Boolean> titled) {
            boolean elsewhere = false;
            for (String form : forms(heading, parameters)) {
                for (int other : piecesByForm.getOrDefault(form, List.of())) {
                    boolean differs = holdDifferentHeadings(Set.of(heading), pieces.get(other).headingsByForm().get(form));
                    if (differs && other == piece) {
                        return false;
                    }
                    elsewhere |= differs && titled.get(other);
                }
            }
            return elsewhere;
        }

        boolean[] piecesParallelTo(int piece) {
            boolean[] parallel = new boolean[pieces.size()];
            for (Map.Entry<String, Set<String>> entry : pieces.get(piece).headingsByForm().entrySet()) {
                for (int other : piecesByForm.get(entry.getKey())) {
                    parallel[other] |= other != piece
                            && holdDifferentHeadings(entry.getValue(), pieces.get(other).headingsByForm().get(entry.getKey()));
                }
            }
            return parallel;
        }

        /**
         * Headings sharing a form are parallel unless they are one and the same: two sets of them hold
         * a parallel pair unless each is the same single heading.
         */
        private static boolean holdDifferentHeadings(Set<String> ours, Set<String> theirs) {
            return ours.size() > 1 || theirs.size() > 1 || !ours.equals(theirs);
        }
    }

    /** A section heading and the index of its first line in its piece. */
    private record Heading(int line, String text) {
    }

    /**
     * The piece's section headings, in order: heading lines (those of one box read as one) and
     * headings run into their paragraph.
     */
    private static List<Heading> headingsAt(Piece piece, SegmentParameters parameters) {
        List<Heading> headings = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentBox = -1;
        int start = -1;
        List<TextLine> lines = piece.lines();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (!current.isEmpty() && (line.role() != LineRole.HEADING || line.box != currentBox)) {
                headings.add(new Heading(start, current.toString()));
                current.setLength(0);
            }
            if (line.role() == LineRole.HEADING) {
                if (current.isEmpty()) {
                    start = i;
                }
                current.append(line.squashed);
                currentBox = line.box;
            }
        }
        if (!current.isEmpty()) {
            headings.add(new Heading(start, current.toString()));
        }
        headings.addAll(runInHeadings(piece, parameters));
        headings.sort(Comparator.comparingInt(Heading::line));
        return headings;
    }

    /**
     * Paragraphs that open with a short plain sentence ({@code 从辩证思维角度准确把握社会主要矛盾的变化。}:
     * no comma, colon, question, exclamation or quotation): the bold lead sentence that heads a
     * section run into its first paragraph. Paragraphs part where {@link ParagraphBuilder} parts them.
     */
    private static List<Heading> runInHeadings(Piece piece, SegmentParameters parameters) {
        List<Heading> headings = new ArrayList<>();
        List<TextLine> lines = piece.lines();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            boolean startsParagraph = line.role() == LineRole.BODY
                    && (i == 0 || ParagraphBuilder.breaksBefore(lines.get(i - 1), line, piece.chainStarts().get(i)));
            if (!startsParagraph) {
                continue;
            }
            StringBuilder text = new StringBuilder(line.body);
            for (int j = i + 1; j < lines.size() && text.indexOf("。") < 0 && text.length() <= parameters.maxRunIn()
                    && lines.get(j).role() == LineRole.BODY && !ParagraphBuilder.breaksBefore(lines.get(j - 1), lines.get(j), piece.chainStarts().get(j)); j++) {
                text.append(lines.get(j).body);
            }
            int end = text.indexOf("。");
            if (end >= parameters.minRunIn() && end <= parameters.maxRunIn() && isPlainSentence(text.substring(0, end))) {
                headings.add(new Heading(i, text.substring(0, end)));
            }
        }
        return headings;
    }

    private static boolean isPlainSentence(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (Punctuation.RUN_IN_HEADING_EXCLUDED_MARKS.indexOf(sentence.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(Piece piece) {
        StringBuilder text = new StringBuilder();
        piece.lines().forEach(line -> text.append(line.body));
        return text.toString();
    }
}
