package banmian.layout.order;

import banmian.layout.line.CharacterPairs;
import banmian.layout.line.Facts;
import banmian.layout.line.Flow;
import banmian.layout.line.LineRole;
import banmian.layout.line.LineShape;
import banmian.layout.line.Measures;
import banmian.layout.line.OrderParameters;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.RulingLines;
import banmian.layout.line.Stage;
import banmian.layout.line.TextLine;
import banmian.layout.line.TypeSizes;
import banmian.limits.PageBudget;
import banmian.model.Geometry;
import banmian.model.PageGraphics;
import banmian.text.Punctuation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repairs the order of body text. Extractors such as pdfminer emit a page's text boxes in an order
 * that jumps between columns; the text itself says where each piece goes, because a box that ends
 * mid-sentence must be followed by a box that starts mid-sentence in a column of the same width.
 * The body lines are cut into runs wherever the extractor's order is implausible, runs that start
 * mid-sentence are hung after the nearest run that ends mid-sentence, and the resulting chains are
 * read in the order of their first line. Its tuned values are the order family's ({@link OrderParameters}).
 */
public final class ReadingOrder {
    /** Text alone: the extractor's order repaired where the wording says it jumped. */
    public static final Stage BY_WORDING = Stage.of("reading-order", Set.of(Facts.LINES, Facts.FURNITURE_ROLES, Facts.CAPTION_ROLES,
            Facts.AUTHOR_ROLES, Facts.TITLE_ROLES, Facts.COLUMN_MEASURES), Set.of(Facts.FLOW), page -> page.put(Facts.FLOW, byWording(page, page.lines())));

    /** Lines placed by geometry: in the page's order, each headline's text gathered where its first part stands. */
    public static final Stage BY_OWNERSHIP = Stage.of("reading-order", Set.of(Facts.LINES, Facts.FURNITURE_ROLES, Facts.CAPTION_ROLES,
            Facts.AUTHOR_ROLES, Facts.TITLE_ROLES, Facts.LINE_OWNERS, Facts.GRAPHICS), Set.of(Facts.FLOW),
            page -> page.put(Facts.FLOW, inGivenOrder(page.lines(), page.get(Facts.LINE_OWNERS), page.get(Facts.GRAPHICS))));

    private ReadingOrder() {
    }

    static Flow byWording(PageAnalysis page, List<TextLine> all) {
        OrderParameters parameters = page.parameters().order();
        List<Run> runs = cutRuns(parameters, all);
        List<TextLine> tails = new ArrayList<>();
        List<TextLine> heads = new ArrayList<>();
        for (Run run : runs) {
            tails.add(run.tail());
            heads.add(run.head());
        }
        int[] successor = linkRuns(page, parameters, runs, new JunctionEvidence(parameters, all, tails, heads));
        boolean[] hasPredecessor = new boolean[runs.size()];
        for (int next : successor) {
            if (next >= 0) {
                hasPredecessor[next] = true;
            }
        }
        List<TextLine> lines = new ArrayList<>();
        List<Boolean> chainStarts = new ArrayList<>();
        for (int head = 0; head < runs.size(); head++) {
            if (hasPredecessor[head]) {
                continue;
            }
            boolean first = true;
            for (int r = head; r >= 0; r = successor[r]) {
                for (TextLine line : runs.get(r).lines) {
                    lines.add(line);
                    chainStarts.add(first);
                    first = false;
                }
            }
        }
        return new Flow(lines, chainStarts);
    }

    /**
     * Lines placed by page geometry are already in reading order. The text of one headline is
     * gathered where its first part stands (a lead article may start in the column beside its
     * headline) and forms one chain: a paragraph runs on from one column into the next unless the
     * next starts indented. Text no headline owns starts a chain at every box, as extractors' boxes do.
     */
    private static Flow inGivenOrder(List<TextLine> all, int[] owners, PageGraphics graphics) {
        Map<Integer, List<TextLine>> byOwner = new LinkedHashMap<>();
        Map<Integer, Geometry> boxExtents = new HashMap<>();
        for (List<TextLine> box : TextLine.byBox(all)) {
            boxExtents.put(box.get(0).box, TypeSizes.extent(box));
        }
        int unowned = 0;
        int previousOwner = Integer.MIN_VALUE;
        TextLine previous = null;
        for (TextLine line : all) {
            if (line.role().isBodyFlow()) {
                int owner = owners[line.position];
                boolean ruledApart = previous != null && previous.box != line.box
                        && ruleParts(boxExtents.get(previous.box), boxExtents.get(line.box), graphics);
                if (owner < 0 && (previousOwner != owner || ruledApart)) {
                    unowned++;
                }
                // Text no headline owns keeps its place, one stretch at a time; a ruling line ends a stretch.
                int key = owner >= 0 ? owner : -unowned;
                byOwner.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
                previousOwner = owner;
                previous = line;
            }
        }
        List<TextLine> lines = new ArrayList<>();
        List<Boolean> chainStarts = new ArrayList<>();
        List<Integer> flowOwners = new ArrayList<>();
        for (Map.Entry<Integer, List<TextLine>> group : byOwner.entrySet()) {
            int box = -1;
            boolean first = true;
            for (TextLine line : group.getValue()) {
                boolean owned = owners[line.position] >= 0;
                lines.add(line);
                chainStarts.add(first || !owned && line.box != box);
                // Unowned stretches get owners of their own below zero, so that the segmenter parts them.
                flowOwners.add(owned ? owners[line.position] : group.getKey() - 1);
                box = line.box;
                first = false;
            }
        }
        return new Flow(lines, chainStarts, flowOwners);
    }

    private static boolean ruleParts(Geometry a, Geometry b, PageGraphics graphics) {
        return RulingLines.horizontalBetween(a, b, graphics.horizontalRules())
                || RulingLines.verticalBetween(a, b, graphics.verticalRules());
    }

    /**
     * A stretch of body lines read in the extractor's order. {@code followsNaturally} is set when
     * the run was cut only because it crosses into a new box mid-sentence: the extractor's next box
     * is then the first guess for the continuation, but not the only one.
     */
    private static final class Run {
        final List<TextLine> lines = new ArrayList<>();
        boolean followsNaturally;
        /** Lines in the extractor's box that holds the run's last line. */
        int tailBoxLines;
        private Boolean startsMidSentence;

        private CharacterPairs bigrams;

        /** The run's Han character pairs, line by line, for lexical cohesion between runs. */
        CharacterPairs bigrams() {
            if (bigrams == null) {
                bigrams = new CharacterPairs(64);
                lines.forEach(line -> bigrams.countPairsOf(line.body, CharacterPairs.Filter.HAN));
            }
            return bigrams;
        }

        boolean startsMidSentence() {
            if (startsMidSentence == null) {
                startsMidSentence = LineShape.startsMidSentence(head()) || opensWithSentenceEnd();
            }
            return startsMidSentence;
        }

        /**
         * The run opens with the short last line of a sentence, a new paragraph under it
         * ({@code 他国家民众的精神家园。}): a box the extractor began where another column's sentence ends.
         */
        private boolean opensWithSentenceEnd() {
            TextLine head = head();
            return lines.size() > 1 && head.role() == LineRole.BODY && !head.isFull() && !LineShape.startsParagraphForSure(head)
                    && Punctuation.endsSentence(head.raw) && !LineShape.startsMidSentence(lines.get(1));
        }

        TextLine head() {
            return lines.get(0);
        }

        TextLine tail() {
            return lines.get(lines.size() - 1);
        }
    }

    /**
     * Runs are cut at an open box boundary only between real text boxes (two lines or more): where
     * an extractor emits every line as its own box, boxes say nothing about where it jumped.
     */
    private static List<Run> cutRuns(OrderParameters parameters, List<TextLine> all) {
        Map<Integer, Integer> boxSizes = new HashMap<>();
        for (TextLine line : all) {
            if (line.role().isBodyFlow()) {
                boxSizes.merge(line.box, 1, Integer::sum);
            }
        }
        Map<Integer, Integer> allBoxSizes = new HashMap<>();
        for (TextLine line : all) {
            allBoxSizes.merge(line.box, 1, Integer::sum);
        }
        List<Run> runs = new ArrayList<>();
        Run run = null;
        TextLine previous = null;
        boolean separatorSincePrevious = false;
        for (TextLine line : all) {
            if (!line.role().isBodyFlow()) {
                separatorSincePrevious |= line.separatesArticles();
                continue;
            }
            if (isNameScrap(parameters, all, line, allBoxSizes)) {
                continue;
            }
            boolean betweenTextBlocks = previous != null && previous.box != line.box
                    && boxSizes.get(previous.box) >= parameters.minBoxLines() && boxSizes.get(line.box) >= parameters.minBoxLines();
            boolean crossesMidSentence = betweenTextBlocks && !Punctuation.endsSentence(previous.raw) && LineShape.startsMidSentence(line);
            boolean crossesParagraph = betweenTextBlocks && Punctuation.endsSentence(previous.raw) && !LineShape.startsMidSentence(line)
                    || opensSection(previous, line);
            boolean implausible = previous != null && (isImplausibleJump(previous, line)
                    || changesMeasureMidSentence(parameters, previous, line, boxSizes));
            // A byline or title box the extractor emitted inside a sentence interrupts it, it does not end it.
            boolean sentenceRunsAcross = separatorSincePrevious && previous != null && !Punctuation.endsSentence(previous.raw)
                    && previous.role() == LineRole.BODY && LineShape.startsMidSentence(line)
                    && (sameMeasure(parameters, previous, line) || run.tailBoxLines <= parameters.maxMeasurelessLines());
            if (run == null || separatorSincePrevious || crossesMidSentence || crossesParagraph || implausible) {
                run = new Run();
                run.followsNaturally = (crossesMidSentence || crossesParagraph) && !separatorSincePrevious && !implausible
                        || sentenceRunsAcross && !implausible;
                runs.add(run);
            }
            run.lines.add(line);
            run.tailBoxLines = boxSizes.get(line.box);
            previous = line;
            separatorSincePrevious = false;
        }
        return runs;
    }

    /**
     * One character alone in a box of its own (no headline or byline with it), right after a text
     * block, is a piece of a letter-spaced name ({@code 高 静}, {@code 刘 宾}) the extractor cut into
     * boxes, not text: a sentence neither runs on into it nor out of it, so it is left out of the
     * reading order instead of parting, or gluing, two articles' columns. A run of such boxes is a word
     * set one character to a box (a vertical headline the preparer did not join) and is read; so is one
     * after a box of a single line, most often that line's last character cut off ({@code 发展方|向}).
     */
    private static boolean isNameScrap(OrderParameters parameters, List<TextLine> all, TextLine line, Map<Integer, Integer> boxSizes) {
        if (line.position == 0 || !isLoneCharacter(line, boxSizes)) {
            return false;
        }
        TextLine before = all.get(line.position - 1);
        boolean afterTextBlock = boxSizes.get(before.box) >= parameters.minBoxLines();
        boolean loneCharacterNext = line.position + 1 < all.size() && isLoneCharacter(all.get(line.position + 1), boxSizes);
        return afterTextBlock && !isLoneCharacter(before, boxSizes) && !loneCharacterNext;
    }

    private static boolean isLoneCharacter(TextLine line, Map<Integer, Integer> boxSizes) {
        return boxSizes.get(line.box) == 1 && line.squashed.codePointCount(0, line.squashed.length()) == 1
                && Character.isIdeographic(line.squashed.codePointAt(0));
    }

    /**
     * A section heading after a paragraph's end is where an extractor that glued two columns into
     * one box most likely changed column: the text under the heading may be what the box's first
     * column continues ({@code ……松松垮} / {@code 垮，党员大多……}). Read in the extractor's order
     * unless the wording says otherwise, as between boxes.
     */
    private static boolean opensSection(TextLine previous, TextLine line) {
        return previous != null && line.role() == LineRole.HEADING && previous.role() == LineRole.BODY
                && Punctuation.endsSentence(previous.raw);
    }

    /**
     * A sentence left open at the end of a real column (its last line full) does not go on in a box
     * set to another measure: the extractor has jumped to another article (whose first line may be
     * too short to look indented, {@code “中国共产党是世界上最大}).
     */
    private static boolean changesMeasureMidSentence(OrderParameters parameters, TextLine previous, TextLine next,
                                                     Map<Integer, Integer> boxSizes) {
        return previous.box != next.box && previous.isFull() && !Punctuation.endsSentence(previous.raw)
                && boxSizes.get(previous.box) > parameters.maxMeasurelessLines() && !sameMeasure(parameters, previous, next);
    }

    /** Whether reading {@code next} right after {@code previous} cannot be what the page means. */
    private static boolean isImplausibleJump(TextLine previous, TextLine next) {
        if (previous.box == next.box) {
            return false;
        }
        boolean previousOpen = !Punctuation.endsSentence(previous.raw);
        if (previousOpen) {
            return next.role() == LineRole.HEADING || LineShape.startsParagraphForSure(next) || startsIndentedParagraph(previous, next);
        }
        return !previous.isFull() && LineShape.startsMidSentence(next) && next.isSurelyFull();
    }

    /** A full line left mid-sentence cannot go on in a line two characters short that itself runs on. */
    private static boolean startsIndentedParagraph(TextLine previous, TextLine next) {
        return previous.isFull() && next.isIndentShort() && !Punctuation.endsSentence(next.raw) && !next.opensWithSentenceTail();
    }

    /**
     * For every run, the run that continues it (or -1). An open run may continue into any run that
     * starts mid-sentence in a column of the same width; the pairs are taken best first, where a pair
     * scores by how well the join recreates the page's own wording, plus a bonus when it is the
     * extractor's own order. The extractor's order is only overruled when its join makes a character
     * pair the page never uses and the rival recreates a three-character sequence it does use.
     */
    private static int[] linkRuns(PageAnalysis page, OrderParameters parameters, List<Run> runs, JunctionEvidence junctions) {
        record Pair(int from, int to, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        Map<Long, String> evidenceOf = new HashMap<>();
        for (int p = 0; p < runs.size(); p++) {
            for (int r = 0; r < runs.size(); r++) {
                PageBudget.checkpoint();
                TextLine head = runs.get(r).head();
                if (p == r || !runs.get(r).startsMidSentence()) {
                    continue;
                }
                boolean natural = r == p + 1 && runs.get(r).followsNaturally;
                Reach reach = reach(parameters, runs.get(p), head);
                String tail = runs.get(p).tail().body;
                if (reach == Reach.NONE || reach == Reach.OTHER_MEASURE && !JunctionEvidence.completesReduplication(tail, head.body)) {
                    continue;
                }
                double evidence = junctions.score(tail, head.body);
                if (reach == Reach.NEAR_MEASURE && evidence < parameters.acrossMeasuresEvidence()) {
                    continue;
                }
                if (!natural && (evidence <= parameters.minEvidence() || !mayOverrule(parameters, runs, p, r, evidence, junctions))) {
                    continue;
                }
                double score = evidence + parameters.cohesionWeight() * cohesion(parameters, runs.get(p), runs.get(r))
                        + (natural ? parameters.naturalOrderBonus() : 0) - parameters.distancePenalty() * Math.abs(r - p);
                pairs.add(new Pair(p, r, score));
                if (page.explaining()) {
                    double cohesion = cohesion(parameters, runs.get(p), runs.get(r));
                    evidenceOf.put((long) p << 32 | r, String.format("score %.2f: wording %.2f, shared vocabulary %.2f%s, %s", score, evidence,
                            cohesion, natural ? ", the extractor's own order" : "", reach.name().toLowerCase().replace('_', ' ')));
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.score(), a.score()));
        int[] successor = new int[runs.size()];
        int[] predecessor = new int[runs.size()];
        Arrays.fill(successor, -1);
        Arrays.fill(predecessor, -1);
        for (Pair pair : pairs) {
            if (successor[pair.from()] >= 0 || predecessor[pair.to()] >= 0 || formsCycle(successor, pair.to(), pair.from())) {
                continue;
            }
            successor[pair.from()] = pair.to();
            if (page.explaining()) {
                noteJoin(page, runs, pair.from(), pair.to(), pair.to() == pair.from() + 1 ? "reads-on-in-extractor-order" : "reads-on-elsewhere",
                        evidenceOf.get((long) pair.from() << 32 | pair.to()));
            }
            predecessor[pair.to()] = pair.from();
        }
        // Where no sentence runs across, the extractor's order stands: a text block that ends a
        // paragraph is followed by the block after it, unless that block was claimed above.
        for (int p = 0; p + 1 < runs.size(); p++) {
            if (successor[p] < 0 && predecessor[p + 1] < 0 && runs.get(p + 1).followsNaturally && !formsCycle(successor, p + 1, p)) {
                successor[p] = p + 1;
                if (page.explaining()) {
                    noteJoin(page, runs, p, p + 1, "extractor-order-after-paragraph-end", "no sentence runs across; the next block was claimed by none");
                }
                predecessor[p + 1] = p;
            }
        }
        return successor;
    }

    /** Records that run {@code to} reads on after run {@code from}. */
    private static void noteJoin(PageAnalysis page, List<Run> runs, int from, int to, String rule, String evidence) {
        TextLine tail = runs.get(from).tail();
        TextLine head = runs.get(to).head();
        page.note(rule, () -> "line " + head.sources.get(0) + " reads on after line " + tail.sources.get(tail.sources.size() - 1),
                List.of(tail, head), () -> evidence);
    }

    private static boolean mayOverrule(OrderParameters parameters, List<Run> runs, int from, int to, double evidence,
                                       JunctionEvidence junctions) {
        String tail = runs.get(from).tail().body;
        boolean naturalExists = from + 1 < runs.size() && runs.get(from + 1).followsNaturally;
        if (!naturalExists) {
            return true;
        }
        return !junctions.pairSeen(tail, runs.get(from + 1).head().body)
                && (evidence >= parameters.strongEvidence() || junctions.trigramSeen(tail, runs.get(to).head().body));
    }

    /**
     * Lexical cohesion of two runs: the share of the smaller run's bigrams the other also uses. Text
     * that continues an article keeps its vocabulary; a jump into another article does not.
     */
    private static double cohesion(OrderParameters parameters, Run first, Run second) {
        CharacterPairs a = first.bigrams();
        CharacterPairs b = second.bigrams();
        CharacterPairs smaller = a.size() <= b.size() ? a : b;
        CharacterPairs larger = smaller == a ? b : a;
        return (double) smaller.shared(larger) / Math.max(parameters.minCohesionBigrams(), smaller.size());
    }

    /**
     * Whether a run's open sentence may go on in {@code head}: freely, only on strong evidence (a
     * near measure), only where the join completes an AABB word (another measure), or not. The
     * last is deliberately narrow: joins across any measure on strong PMI evidence alone were tried
     * and joined phrases every article on a same-topic page uses (全面贯彻党的十|九大精神).
     */
    private enum Reach {
        NONE, OTHER_MEASURE, NEAR_MEASURE, FREE
    }

    private static Reach reach(OrderParameters parameters, Run run, TextLine head) {
        TextLine tail = run.tail();
        if (tail.role() != LineRole.BODY || Punctuation.endsSentence(tail.raw) || !tail.isFull() && opensWithQuotation(head)) {
            return Reach.NONE;
        }
        if (sameMeasure(parameters, tail, head) || run.tailBoxLines <= parameters.maxMeasurelessLines()) {
            return Reach.FREE;
        }
        return Measures.same(tail.columnWidth(), head.columnWidth(), 2 * parameters.sameMeasure()) ? Reach.NEAR_MEASURE : Reach.OTHER_MEASURE;
    }

    /** A line that opens a quotation also opens many a paragraph: only a full line runs on into one. */
    private static boolean opensWithQuotation(TextLine line) {
        String text = line.raw.strip();
        return !text.isEmpty() && Punctuation.QUOTATION_OPENERS.indexOf(text.charAt(0)) >= 0;
    }

    private static boolean sameMeasure(OrderParameters parameters, TextLine a, TextLine b) {
        return Measures.same(a.columnWidth(), b.columnWidth(), parameters.sameMeasure());
    }

    /** Whether following successors from {@code start} reaches {@code target}. */
    private static boolean formsCycle(int[] successor, int start, int target) {
        for (int r = start; r >= 0; r = successor[r]) {
            if (r == target) {
                return true;
            }
        }
        return false;
    }
}
