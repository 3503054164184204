package banmian.layout.assemble;

import banmian.layout.line.AssembleParameters;
import banmian.layout.line.Fact;
import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.Piece;
import banmian.layout.line.PlacedCaption;
import banmian.layout.line.Stage;
import banmian.layout.line.TextLine;
import banmian.layout.line.TitleGroup;
import banmian.layout.order.TitleOwnership;
import banmian.layout.segment.FragmentMerger;
import banmian.layout.segment.ParagraphBuilder;
import banmian.layout.tag.AuthorTagger;
import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Caption;
import banmian.model.Page;
import banmian.model.PageGraphics;
import banmian.text.Spacing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Puts articles together: each body slice gets its paragraphs, lead-in, and the page elements that
 * belong to it. Headline groups and captions are placed by what they say (shared bigrams with the
 * body) and where they sat (next to the article's first or last line); bylines follow their headline
 * or author note; author notes close the article they follow. What fits nowhere is returned unassigned.
 * The thresholds and bonuses are the assemble family's ({@link AssembleParameters}).
 */
public final class ArticleAssembler {
    /** Articles being put together, with the placement of the headline groups among them. */
    public static final Fact<Drafts> DRAFTS = Fact.of("drafts");
    /** Whether merging fragments changed the articles (their headlines are then placed again). */
    public static final Fact<Boolean> FRAGMENTS_MERGED = Fact.of("fragments-merged");
    /** Whether a run of several articles' headlines was parted (every headline is then placed again). */
    public static final Fact<Boolean> TITLE_RUN_PARTED = Fact.of("title-run-parted");

    private static final ParagraphBuilder PARAGRAPHS = new ParagraphBuilder();

    /** A piece of nothing but headings before a piece that opens with one becomes title lines. */
    public static final Stage PROMOTE_BODILESS_HEADINGS = Stage.of("promote-bodiless-headings",
            Set.of(Facts.PIECES, Facts.TITLE_ROLES), Set.of(Facts.PIECES, Facts.TITLE_ROLES),
            page -> page.put(Facts.PIECES, withoutBodilessPieces(page, page.get(Facts.PIECES))));

    /** Headline groups placed on the article bodies by wording and place. */
    public static final Stage PLACE_TITLES = Stage.of("place-titles",
            Set.of(Facts.LINES, Facts.PIECES, Facts.TITLE_GROUPS, Facts.CAPTIONS), Set.of(DRAFTS),
            ArticleAssembler::placeTitles);

    /** Pieces that cannot be articles of their own joined to the article they belong to ({@link FragmentMerger}). */
    public static final Stage MERGE_FRAGMENTS = Stage.of("merge-fragments",
            Set.of(Facts.PIECES, DRAFTS), Set.of(Facts.PIECES, FRAGMENTS_MERGED), ArticleAssembler::mergeFragments);

    /** Headlines placed again on the merged articles. */
    public static final Stage PLACE_TITLES_ON_MERGED = Stage.of("place-titles-on-merged",
            Set.of(Facts.LINES, Facts.PIECES, Facts.TITLE_GROUPS, Facts.CAPTIONS, FRAGMENTS_MERGED), Set.of(DRAFTS),
            ArticleAssembler::placeTitles).onlyIf("fragments were merged", page -> page.get(FRAGMENTS_MERGED));

    /** A run of several articles' headlines parted into groups ({@link TitleGroupParting}). */
    public static final Stage PART_TITLE_RUNS = Stage.of("part-title-runs",
            Set.of(Facts.TITLE_GROUPS, DRAFTS), Set.of(Facts.TITLE_GROUPS, TITLE_RUN_PARTED), ArticleAssembler::partTitleRuns);

    /** Every headline placed again once a run was parted. */
    public static final Stage PLACE_TITLES_ON_PARTED = Stage.of("place-titles-on-parted",
            Set.of(Facts.LINES, Facts.PIECES, Facts.TITLE_GROUPS, Facts.CAPTIONS, TITLE_RUN_PARTED), Set.of(DRAFTS),
            ArticleAssembler::placeTitles).onlyIf("a run of headlines was parted", page -> page.get(TITLE_RUN_PARTED));

    /** Bylines to the headline beside them or the text after them, author notes to the article they close. */
    public static final Stage PLACE_AUTHOR_LINES = Stage.of("place-author-lines",
            Set.of(Facts.LINES, Facts.AUTHOR_ROLES, Facts.TITLE_GROUPS, DRAFTS), Set.of(DRAFTS),
            page -> placeAuthorLines(page, page.lines(), page.get(Facts.TITLE_GROUPS), page.get(DRAFTS), false));

    /** As {@link #PLACE_AUTHOR_LINES}, a byline set near a headline (geometry) going to that headline first. */
    public static final Stage PLACE_AUTHOR_LINES_BY_PLACE = Stage.of("place-author-lines",
            Set.of(Facts.LINES, Facts.AUTHOR_ROLES, Facts.TITLE_GROUPS, DRAFTS), Set.of(DRAFTS),
            page -> placeAuthorLines(page, page.lines(), page.get(Facts.TITLE_GROUPS), page.get(DRAFTS), true));

    /** Captions to the article they speak of (or else the one before them). */
    public static final Stage PLACE_CAPTIONS = Stage.of("place-captions",
            Set.of(Facts.LINES, Facts.CAPTIONS, Facts.TITLE_GROUPS, DRAFTS), Set.of(DRAFTS),
            page -> placeCaptions(page, false));

    /** As {@link #PLACE_CAPTIONS}, where the caption sits on the page (under a headline's span) counting too. */
    public static final Stage PLACE_CAPTIONS_BY_PLACE = Stage.of("place-captions",
            Set.of(Facts.LINES, Facts.CAPTIONS, Facts.TITLE_GROUPS, Facts.GRAPHICS, DRAFTS), Set.of(DRAFTS),
            page -> placeCaptions(page, true));

    /** Jumps left on lines outside the body to the article before or after them. */
    public static final Stage PLACE_JUMPS = Stage.of("place-jumps",
            Set.of(Facts.LINES, Facts.JUMPS, DRAFTS), Set.of(DRAFTS),
            page -> placeMarkers(page.lines(), page.get(DRAFTS)));

    /** The page: its articles in reading order; its furniture, then what fits nowhere, unassigned. */
    public static final Stage BUILD_PAGE = Stage.of("build-page",
            Set.of(DRAFTS, Facts.LINES, Facts.FURNITURE_ROLES, Facts.CALLER_META, Facts.SHOWN_META), Set.of(Facts.PAGE), page -> {
                Drafts drafts = page.get(DRAFTS);
                List<Article> articles = new ArrayList<>();
                drafts.list.forEach(draft -> articles.add(draft.toArticle()));
                if (page.explaining()) {
                    noteLeadIns(page, drafts.list);
                }
                List<Block> unassigned = new ArrayList<>(FurnitureBlocks.of(page.lines()));
                unassigned.addAll(drafts.unplacedTitles);
                unassigned.addAll(drafts.unassigned);
                page.put(Facts.PAGE, new Page(page.get(Facts.CALLER_META).overriding(page.get(Facts.SHOWN_META)), articles, unassigned));
            });

    private ArticleAssembler() {
    }

    /** Drafts of the pieces, with the headline groups placed on them (afresh: a placement is never patched). */
    private static void placeTitles(PageAnalysis page) {
        List<TextLine> all = page.lines();
        List<TitleGroup> titles = page.get(Facts.TITLE_GROUPS);
        List<PlacedCaption> captions = page.get(Facts.CAPTIONS);
        List<Draft> list = drafts(page.get(Facts.PIECES));
        LexicalMatcher lexical = matcher(list, titles, captions);
        int[] articleAt = articleIndex(all, list);
        List<Block> unplaced = new ArrayList<>();
        int[] titleArticle = placeTitles(page, all, titles, list, articleAt, lexical, unplaced);
        page.put(DRAFTS, new Drafts(list, lexical, articleAt, titleArticle, unplaced));
    }

    private static void mergeFragments(PageAnalysis page) {
        List<Piece> pieces = page.get(Facts.PIECES);
        List<Piece> merged = FragmentMerger.merge(page, pieces, page.get(DRAFTS).list.stream().map(draft -> draft.title != null).toList());
        boolean changed = !merged.equals(pieces);
        page.put(Facts.PIECES, changed ? merged : pieces);
        page.put(FRAGMENTS_MERGED, changed);
    }

    private static void partTitleRuns(PageAnalysis page) {
        List<TitleGroup> titles = page.get(Facts.TITLE_GROUPS);
        Drafts drafts = page.get(DRAFTS);
        List<TitleGroup> parted = TitleGroupParting.part(page, titles, drafts.list.stream().map(Draft::bodyText).toList(), drafts.titleArticle);
        boolean changed = parted.size() > titles.size();
        page.put(Facts.TITLE_GROUPS, changed ? parted : titles);
        page.put(TITLE_RUN_PARTED, changed);
    }

    private static void placeCaptions(PageAnalysis page, boolean byPlace) {
        List<TextLine> all = page.lines();
        List<TitleGroup> titles = page.get(Facts.TITLE_GROUPS);
        List<PlacedCaption> captions = page.get(Facts.CAPTIONS);
        Drafts drafts = page.get(DRAFTS);
        int[] captionOwners = byPlace ? TitleOwnership.captionOwners(all, titles, captions, page.get(Facts.GRAPHICS)) : unknownOwners(captions.size());
        int[] neighbours = byPlace ? TitleOwnership.captionNeighbours(all, captions, page.get(Facts.GRAPHICS)) : unknownOwners(captions.size());
        for (int c = 0; c < captions.size(); c++) {
            int owner = captionOwners[c];
            // No headline over it: the caption is set in the article of the text nearest to it.
            captionOwners[c] = owner >= 0 ? drafts.titleArticle[owner] : neighbours[c] >= 0 ? drafts.articleAt[neighbours[c]] : -1;
        }
        placeCaptions(page, all, captions, titles.size(), drafts.list, drafts.articleAt, drafts.lexical, captionOwners, drafts.unassigned);
    }

    /** No owner known for any of {@code size} things (-1 each). */
    private static int[] unknownOwners(int size) {
        int[] owners = new int[size];
        Arrays.fill(owners, -1);
        return owners;
    }

    /** Records where a dateline and its bracketed reporters were split off an article's first paragraph. */
    private static void noteLeadIns(PageAnalysis page, List<Draft> drafts) {
        for (Draft draft : drafts) {
            if (draft.leadIn.dateline != null) {
                List<TextLine> opening = draft.piece.lines().subList(0, Math.min(LeadIn.OPENING_LINES, draft.piece.lines().size()));
                page.note("dateline-opens-article", () -> "dateline " + draft.leadIn.dateline.text()
                        + (draft.leadIn.byline == null ? "" : ", reporters " + draft.leadIn.byline.text()), opening,
                        () -> "split off the first paragraph");
            }
        }
    }

    /**
     * The articles being assembled: {@code list} in reading order, the matcher of headlines and
     * captions against their bodies, for each line position its article ({@code articleAt}), for each
     * headline group its article ({@code titleArticle}, -1 when unplaced), the headlines placed
     * nowhere, and the other blocks placed nowhere.
     */
    public static final class Drafts {
        final List<Draft> list;
        final LexicalMatcher lexical;
        final int[] articleAt;
        final int[] titleArticle;
        final List<Block> unplacedTitles;
        final List<Block> unassigned = new ArrayList<>();

        Drafts(List<Draft> list, LexicalMatcher lexical, int[] articleAt, int[] titleArticle, List<Block> unplacedTitles) {
            this.list = list;
            this.lexical = lexical;
            this.articleAt = articleAt;
            this.titleArticle = titleArticle;
            this.unplacedTitles = unplacedTitles;
        }
    }

    /**
     * A piece of nothing but heading lines, right before a piece that opens with a section heading,
     * is a headline the tagger took for a heading: set alone between one article's end and the
     * next's first section heading. Its lines become title lines.
     */
    private static List<Piece> withoutBodilessPieces(PageAnalysis page, List<Piece> pieces) {
        List<Piece> kept = new ArrayList<>();
        List<Piece> headlines = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            Piece piece = pieces.get(p);
            boolean headsNextArticle = p + 1 < pieces.size() && pieces.get(p + 1).lines().get(0).role() == LineRole.HEADING
                    && piece.lines().stream().allMatch(line -> line.role() == LineRole.HEADING);
            (headsNextArticle ? headlines : kept).add(piece);
        }
        headlines.forEach(piece -> piece.lines().forEach(line -> page.assign(line, LineRole.TITLE, "headings-alone-before-a-section",
                () -> "a piece of nothing but headings before a piece that opens with a heading")));
        return headlines.isEmpty() ? pieces : kept;
    }

    private static List<Draft> drafts(List<Piece> pieces) {
        List<Draft> drafts = new ArrayList<>();
        for (Piece piece : pieces) {
            drafts.add(new Draft(piece, PARAGRAPHS.build(piece.lines(), piece.chainStarts())));
        }
        return drafts;
    }

    /** For every input line position, the article its body line went to, or -1. */
    private static int[] articleIndex(List<TextLine> all, List<Draft> drafts) {
        int[] articleAt = new int[all.size()];
        Arrays.fill(articleAt, -1);
        for (int a = 0; a < drafts.size(); a++) {
            for (TextLine line : drafts.get(a).piece.lines()) {
                articleAt[line.position] = a;
            }
        }
        return articleAt;
    }

    /** Titles first, then captions: the query order {@link #placeTitles} and {@link #placeCaptions} rely on. */
    private static LexicalMatcher matcher(List<Draft> drafts, List<TitleGroup> titles, List<PlacedCaption> captions) {
        List<String> queries = new ArrayList<>();
        titles.forEach(title -> queries.add(title.text()));
        captions.forEach(caption -> queries.add(caption.caption().text() == null ? "" : caption.caption().text()));
        return new LexicalMatcher(drafts.stream().map(Draft::bodyText).toList(), queries);
    }

    private static int[] placeTitles(PageAnalysis page, List<TextLine> all, List<TitleGroup> titles, List<Draft> drafts,
                                     int[] articleAt, LexicalMatcher lexical, List<Block> unassigned) {
        AssembleParameters parameters = page.parameters().assemble();
        record Candidate(int title, int article, double score, boolean adjacent) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int t = 0; t < titles.size(); t++) {
            TitleGroup title = titles.get(t);
            int next = neighbourArticle(all, articleAt, title.lastPosition() + 1, +1);
            int previous = neighbourArticle(all, articleAt, title.firstPosition() - 1, -1);
            for (int a = 0; a < drafts.size(); a++) {
                double score = lexical.score(t, a);
                if (drafts.get(a).piece.owner() == t) {
                    score += parameters.ownerBonus();
                }
                if (a == next) {
                    score += drafts.get(a).startsAt(nextBodyPosition(all, title.lastPosition() + 1)) ? parameters.startsAfterBonus() : parameters.followedByBonus();
                }
                if (a == previous) {
                    score += parameters.endsBeforeBonus();
                }
                candidates.add(new Candidate(t, a, score, a == next || a == previous));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        int[] titleArticle = new int[titles.size()];
        Arrays.fill(titleArticle, -1);
        for (Candidate candidate : candidates) {
            Draft draft = drafts.get(candidate.article());
            if (candidate.score() < parameters.titleThreshold() || titleArticle[candidate.title()] >= 0 || draft.title != null) {
                continue;
            }
            titleArticle[candidate.title()] = candidate.article();
            draft.title = titles.get(candidate.title());
            notePlacement(page, "best-scoring-article", titles.get(candidate.title()), candidate.article(), draft, candidate.score(),
                    lexical.score(candidate.title(), candidate.article()));
        }
        // A headline left over goes to an untitled article it stands beside rather than nowhere:
        // headlines are often worded apart from their text.
        for (Candidate candidate : candidates) {
            Draft draft = drafts.get(candidate.article());
            if (candidate.adjacent() && titleArticle[candidate.title()] < 0 && draft.title == null) {
                titleArticle[candidate.title()] = candidate.article();
                draft.title = titles.get(candidate.title());
                notePlacement(page, "untitled-article-beside-it", titles.get(candidate.title()), candidate.article(), draft,
                        candidate.score(), lexical.score(candidate.title(), candidate.article()));
            }
        }
        for (int t = 0; t < titles.size(); t++) {
            if (titleArticle[t] < 0) {
                TitleGroup title = titles.get(t);
                unassigned.add(new Block(BlockType.HEADLINE, title.text(), title.sources()));
                page.note("no-article-for-headline", () -> "unassigned headline", title.lines,
                        () -> "no article scored " + parameters.titleThreshold() + " or stood beside it");
            }
        }
        return titleArticle;
    }

    private static void notePlacement(PageAnalysis page, String rule, TitleGroup title, int article, Draft draft, double score,
                                      double lexicalScore) {
        page.note(rule, () -> "headline of article " + (article + 1) + " (body from line " + draft.piece.lines().get(0).sources.get(0) + ")",
                title.lines, () -> String.format("score %.2f (shared wording %.2f%s)", score, lexicalScore,
                        draft.piece.owner() >= 0 ? ", geometry puts the text under it" : ""));
    }

    private static void placeAuthorLines(PageAnalysis page, List<TextLine> all, List<TitleGroup> titles, Drafts placed, boolean byPlace) {
        int[] titleArticle = placed.titleArticle;
        List<Draft> drafts = placed.list;
        int[] articleAt = placed.articleAt;
        List<Block> unassigned = placed.unassigned;
        int[] bylineOwners = byPlace ? TitleOwnership.bylineOwners(page.parameters().order(), all, titles) : unknownOwners(all.size());
        int i = 0;
        while (i < all.size()) {
            TextLine line = all.get(i);
            if (line.role() == LineRole.AUTHOR_NOTE) {
                int end = i;
                while (end + 1 < all.size() && all.get(end + 1).role() == LineRole.AUTHOR_NOTE) {
                    end++;
                }
                List<TextLine> note = all.subList(i, end + 1);
                int article = neighbourArticle(all, articleAt, i - 1, -1);
                Block block = new Block(BlockType.AUTHOR_NOTE, Spacing.body(joinRaw(note)), sourcesOf(note));
                if (article >= 0 && drafts.get(article).authorNote == null) {
                    drafts.get(article).authorNote = block;
                } else {
                    unassigned.add(block);
                }
                i = end + 1;
                continue;
            }
            if (line.role() == LineRole.BYLINE) {
                Block block = new Block(BlockType.BYLINE, Spacing.byline(AuthorTagger.unbracketed(line.raw.strip())), line.sources);
                int owner = bylineOwners[i];
                int article = owner >= 0 && titleArticle[owner] >= 0 ? titleArticle[owner]
                        : bylineArticle(page.parameters().tag().bylineReach(), all, i, titles, titleArticle, drafts, articleAt);
                Draft draft = article >= 0 ? drafts.get(article) : null;
                if (draft != null && draft.byline == null) {
                    draft.byline = block;
                } else if (draft != null && owner >= 0) {
                    // Several authors set against one headline, on lines of their own.
                    List<Integer> sources = new ArrayList<>(draft.byline.lines());
                    sources.addAll(block.lines());
                    draft.byline = new Block(BlockType.BYLINE, draft.byline.text() + " " + block.text(), sources);
                } else {
                    unassigned.add(block);
                }
            }
            i++;
        }
    }

    /** A byline belongs with the headline or author note beside it, else with the text that follows it. */
    private static int bylineArticle(int bylineReach, List<TextLine> all, int index, List<TitleGroup> titles, int[] titleArticle,
                                     List<Draft> drafts, int[] articleAt) {
        for (int t = 0; t < titles.size(); t++) {
            TitleGroup title = titles.get(t);
            if (titleArticle[t] >= 0 && (Math.abs(title.lastPosition() - index) <= bylineReach
                    || Math.abs(title.firstPosition() - index) <= bylineReach)) {
                return titleArticle[t];
            }
        }
        for (int d = 1; d <= bylineReach; d++) {
            for (int i : new int[] {index - d, index + d}) {
                if (i >= 0 && i < all.size() && all.get(i).role() == LineRole.AUTHOR_NOTE) {
                    for (int a = 0; a < drafts.size(); a++) {
                        Block note = drafts.get(a).authorNote;
                        if (note != null && note.lines().containsAll(all.get(i).sources)) {
                            return a;
                        }
                    }
                }
            }
        }
        int next = neighbourArticle(all, articleAt, index + 1, +1);
        return next >= 0 ? next : neighbourArticle(all, articleAt, index - 1, -1);
    }

    /** {@code placedBy}: for each caption, the article page geometry puts it in, or -1. */
    private static void placeCaptions(PageAnalysis page, List<TextLine> all, List<PlacedCaption> captions, int firstCaptionQuery, List<Draft> drafts,
                                      int[] articleAt, LexicalMatcher lexical, int[] placedBy, List<Block> unassigned) {
        AssembleParameters parameters = page.parameters().assemble();
        for (int c = 0; c < captions.size(); c++) {
            PlacedCaption placed = captions.get(c);
            Caption caption = placed.caption();
            if (caption.text() == null) {
                unassigned.add(new Block(BlockType.CREDIT, caption.credit(), caption.lines()));
                continue;
            }
            int best = -1;
            double bestScore = parameters.captionThreshold();
            for (int a = 0; a < drafts.size(); a++) {
                // Where the page puts the caption is strong evidence, but a caption that names
                // another article's subject (a photo above the next headline) may still go there.
                double score = lexical.score(firstCaptionQuery + c, a) + (placedBy[c] == a ? parameters.placedCaptionBonus() : 0);
                if (score > bestScore) {
                    best = a;
                    bestScore = score;
                }
            }
            if (best < 0) {
                best = neighbourArticle(all, articleAt, placed.position() - 1, -1);
            }
            if (best >= 0) {
                drafts.get(best).captions.add(caption);
                if (page.explaining()) {
                    int article = best;
                    double score = bestScore;
                    boolean placedThere = placedBy[c] == article;
                    page.note(score > parameters.captionThreshold() ? "caption-best-scoring-article" : "caption-follows-article-before",
                            () -> "caption of article " + (article + 1), linesOf(all, caption.lines()),
                            () -> String.format("score %.2f%s", score, placedThere ? " (sits in the article's place on the page)" : ""));
                }
            } else {
                unassigned.add(new Block(BlockType.CAPTION, caption.text(), caption.lines()));
            }
        }
    }

    /**
     * A jump that did not end up on a body line (a lone jump line with no line to fold into, or one
     * folded into what became a credit or a headline) closes the article before it ({@code 下转}) or
     * opens the one after it ({@code 上接}).
     */
    private static void placeMarkers(List<TextLine> all, Drafts placed) {
        List<Draft> drafts = placed.list;
        int[] articleAt = placed.articleAt;
        List<Block> unassigned = placed.unassigned;
        for (TextLine line : all) {
            if (line.role().isBodyFlow() || line.continuedTo() == null && line.continuedFrom() == null) {
                continue;
            }
            int article = line.continuedTo() != null
                    ? neighbourArticle(all, articleAt, line.position - 1, -1)
                    : neighbourArticle(all, articleAt, line.position + 1, +1);
            if (article < 0) {
                if (line.role() == LineRole.MARKER) {
                    unassigned.add(new Block(BlockType.CONTINUATION, line.raw.strip(), line.sources));
                }
                continue;
            }
            Draft draft = drafts.get(article);
            if (line.continuedTo() != null && draft.continuedTo == null) {
                draft.continuedTo = line.continuedTo();
            }
            if (line.continuedFrom() != null && draft.continuedFrom == null) {
                draft.continuedFrom = line.continuedFrom();
            }
        }
    }

    /** The article of the nearest body line from {@code from} in {@code direction}, or -1. */
    private static int neighbourArticle(List<TextLine> all, int[] articleAt, int from, int direction) {
        for (int i = from; i >= 0 && i < all.size(); i += direction) {
            if (articleAt[i] >= 0) {
                return articleAt[i];
            }
        }
        return -1;
    }

    private static int nextBodyPosition(List<TextLine> all, int from) {
        for (int i = from; i < all.size(); i++) {
            if (all.get(i).role().isBodyFlow()) {
                return i;
            }
        }
        return -1;
    }

    private static String joinRaw(List<TextLine> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.raw));
        return text.toString();
    }

    /** The lines behind the given input line numbers. */
    private static List<TextLine> linesOf(List<TextLine> all, List<Integer> sources) {
        List<TextLine> lines = new ArrayList<>();
        for (TextLine line : all) {
            if (!java.util.Collections.disjoint(line.sources, sources)) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<Integer> sourcesOf(List<TextLine> lines) {
        List<Integer> sources = new ArrayList<>();
        lines.forEach(line -> sources.addAll(line.sources));
        return sources;
    }

    /** An article being put together. */
    private static final class Draft {
        final Piece piece;
        final LeadIn leadIn;
        TitleGroup title;
        Block byline;
        Block authorNote;
        Integer continuedTo;
        Integer continuedFrom;
        final List<Caption> captions = new ArrayList<>();

        Draft(Piece piece, List<Block> body) {
            this.piece = piece;
            this.leadIn = LeadIn.split(piece.lines().subList(0, Math.min(LeadIn.OPENING_LINES, piece.lines().size())), body);
            this.byline = leadIn.byline;
            for (TextLine line : piece.lines()) {
                if (continuedTo == null) {
                    continuedTo = line.continuedTo();
                }
                if (continuedFrom == null) {
                    continuedFrom = line.continuedFrom();
                }
            }
        }

        boolean startsAt(int position) {
            return piece.lines().get(0).position == position;
        }

        String bodyText() {
            StringBuilder text = new StringBuilder();
            leadIn.body.forEach(block -> text.append(block.text()));
            return text.toString();
        }

        Article toArticle() {
            List<Block> roles = title == null ? Arrays.asList(null, null, null) : title.roles();
            return new Article(roles.get(0), roles.get(1), roles.get(2), leadIn.dateline, byline, authorNote,
                    leadIn.body, captions, continuedTo, continuedFrom);
        }
    }
}
