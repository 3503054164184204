package banmian.layout.assemble;

import banmian.layout.tag.AuthorTagger;
import banmian.layout.line.LineRole;
import banmian.layout.order.TitleOwnership;

import banmian.layout.line.Piece;
import banmian.layout.line.PlacedCaption;
import banmian.layout.line.TextLine;
import banmian.layout.line.TitleGroup;
import banmian.layout.segment.FragmentMerger;
import banmian.layout.segment.ParagraphBuilder;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Caption;
import banmian.model.PageGraphics;
import banmian.text.Spacing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts articles together: each body slice gets its paragraphs, lead-in, and the page elements that
 * belong to it. Headline groups and captions are placed by what they say (shared bigrams with the
 * body) and where they sat (next to the article's first or last line); bylines follow their headline
 * or author note; author notes close the article they follow. What fits nowhere is returned unassigned.
 */
public final class ArticleAssembler {
    private static final double TITLE_THRESHOLD = 0.2;
    private static final double CAPTION_THRESHOLD = 0.25;
    private static final double STARTS_AFTER_BONUS = 0.2;
    private static final double ENDS_BEFORE_BONUS = 0.1;
    /** A headline stands above its text, even where the extractor's order then jumps into the article's middle. */
    private static final double FOLLOWED_BY_BONUS = 0.15;
    private static final int BYLINE_REACH = 2;
    /** Page geometry put the text under this headline: that outweighs any wording. */
    private static final double OWNER_BONUS = 1.0;
    private static final double PLACED_CAPTION_BONUS = 0.3;

    public record Result(List<Article> articles, List<Block> unassigned) {
    }

    private final ParagraphBuilder paragraphs = new ParagraphBuilder();

    public Result assemble(List<TextLine> all, List<Piece> pieces, List<PlacedCaption> captions) {
        return assemble(all, pieces, captions, PageGraphics.NONE);
    }

    /** {@code graphics}: the page's ruling lines when geometry is known, which place captions too. */
    public Result assemble(List<TextLine> all, List<Piece> pieces, List<PlacedCaption> captions,
                    PageGraphics graphics) {
        pieces = withoutBodilessPieces(pieces);
        List<TitleGroup> titles = TitleGroup.collect(all);
        List<Draft> drafts = drafts(pieces);
        LexicalMatcher lexical = matcher(drafts, titles, captions);
        int[] articleAt = articleIndex(all, drafts);
        List<Block> unassigned = new ArrayList<>();
        int[] titleArticle = placeTitles(all, titles, drafts, articleAt, lexical, unassigned);
        List<Piece> merged = FragmentMerger.merge(pieces, drafts.stream().map(draft -> draft.title != null).toList());
        if (!merged.equals(pieces)) {
            // Merging changed the articles: headlines are placed again on the merged bodies.
            drafts = drafts(merged);
            lexical = matcher(drafts, titles, captions);
            articleAt = articleIndex(all, drafts);
            unassigned.clear();
            titleArticle = placeTitles(all, titles, drafts, articleAt, lexical, unassigned);
        }
        List<TitleGroup> parted = TitleGroupParting.part(titles, drafts.stream().map(Draft::bodyText).toList(), titleArticle);
        if (parted.size() > titles.size()) {
            // A run of several articles' headlines was parted: every headline is placed again.
            titles = parted;
            drafts.forEach(draft -> draft.title = null);
            lexical = matcher(drafts, titles, captions);
            unassigned.clear();
            titleArticle = placeTitles(all, titles, drafts, articleAt, lexical, unassigned);
        }
        placeAuthorLines(all, titles, titleArticle, drafts, articleAt, unassigned);
        int[] captionOwners = TitleOwnership.captionOwners(all, titles, captions, graphics);
        for (int c = 0; c < captions.size(); c++) {
            int owner = captionOwners[c];
            captionOwners[c] = owner >= 0 ? titleArticle[owner] : -1;
        }
        placeCaptions(all, captions, titles.size(), drafts, articleAt, lexical, captionOwners, unassigned);
        placeMarkers(all, drafts, articleAt, unassigned);
        List<Article> articles = new ArrayList<>();
        for (Draft draft : drafts) {
            articles.add(draft.toArticle());
        }
        return new Result(articles, unassigned);
    }

    /**
     * A piece of nothing but heading lines, right before a piece that opens with a section heading,
     * is a headline the tagger took for a heading: set alone between one article's end and the
     * next's first section heading. Its lines become title lines.
     */
    private static List<Piece> withoutBodilessPieces(List<Piece> pieces) {
        List<Piece> kept = new ArrayList<>();
        List<Piece> headlines = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            Piece piece = pieces.get(p);
            boolean headsNextArticle = p + 1 < pieces.size() && pieces.get(p + 1).lines().get(0).role == LineRole.HEADING
                    && piece.lines().stream().allMatch(line -> line.role == LineRole.HEADING);
            (headsNextArticle ? headlines : kept).add(piece);
        }
        headlines.forEach(piece -> piece.lines().forEach(line -> line.role = LineRole.TITLE));
        return headlines.isEmpty() ? pieces : kept;
    }

    private List<Draft> drafts(List<Piece> pieces) {
        List<Draft> drafts = new ArrayList<>();
        for (Piece piece : pieces) {
            drafts.add(new Draft(piece, paragraphs.build(piece.lines(), piece.chainStarts())));
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

    private static int[] placeTitles(List<TextLine> all, List<TitleGroup> titles, List<Draft> drafts, int[] articleAt,
                                     LexicalMatcher lexical, List<Block> unassigned) {
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
                    score += OWNER_BONUS;
                }
                if (a == next) {
                    score += drafts.get(a).startsAt(nextBodyPosition(all, title.lastPosition() + 1)) ? STARTS_AFTER_BONUS : FOLLOWED_BY_BONUS;
                }
                if (a == previous) {
                    score += ENDS_BEFORE_BONUS;
                }
                candidates.add(new Candidate(t, a, score, a == next || a == previous));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        int[] titleArticle = new int[titles.size()];
        Arrays.fill(titleArticle, -1);
        for (Candidate candidate : candidates) {
            Draft draft = drafts.get(candidate.article());
            if (candidate.score() < TITLE_THRESHOLD || titleArticle[candidate.title()] >= 0 || draft.title != null) {
                continue;
            }
            titleArticle[candidate.title()] = candidate.article();
            draft.title = titles.get(candidate.title());
        }
        // A headline left over goes to an untitled article it stands beside rather than nowhere:
        // headlines are often worded apart from their text.
        for (Candidate candidate : candidates) {
            Draft draft = drafts.get(candidate.article());
            if (candidate.adjacent() && titleArticle[candidate.title()] < 0 && draft.title == null) {
                titleArticle[candidate.title()] = candidate.article();
                draft.title = titles.get(candidate.title());
            }
        }
        for (int t = 0; t < titles.size(); t++) {
            if (titleArticle[t] < 0) {
                TitleGroup title = titles.get(t);
                unassigned.add(new Block(BlockType.HEADLINE, title.text(), title.sources()));
            }
        }
        return titleArticle;
    }

    private static void placeAuthorLines(List<TextLine> all, List<TitleGroup> titles, int[] titleArticle,
                                         List<Draft> drafts, int[] articleAt, List<Block> unassigned) {
        int[] bylineOwners = TitleOwnership.bylineOwners(all, titles);
        int i = 0;
        while (i < all.size()) {
            TextLine line = all.get(i);
            if (line.role == LineRole.AUTHOR_NOTE) {
                int end = i;
                while (end + 1 < all.size() && all.get(end + 1).role == LineRole.AUTHOR_NOTE) {
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
            if (line.role == LineRole.BYLINE) {
                Block block = new Block(BlockType.BYLINE, Spacing.byline(AuthorTagger.unbracketed(line.raw.strip())), line.sources);
                int owner = bylineOwners[i];
                int article = owner >= 0 && titleArticle[owner] >= 0 ? titleArticle[owner]
                        : bylineArticle(all, i, titles, titleArticle, drafts, articleAt);
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
    private static int bylineArticle(List<TextLine> all, int index, List<TitleGroup> titles, int[] titleArticle,
                                     List<Draft> drafts, int[] articleAt) {
        for (int t = 0; t < titles.size(); t++) {
            TitleGroup title = titles.get(t);
            if (titleArticle[t] >= 0 && (Math.abs(title.lastPosition() - index) <= BYLINE_REACH
                    || Math.abs(title.firstPosition() - index) <= BYLINE_REACH)) {
                return titleArticle[t];
            }
        }
        for (int d = 1; d <= BYLINE_REACH; d++) {
            for (int i : new int[] {index - d, index + d}) {
                if (i >= 0 && i < all.size() && all.get(i).role == LineRole.AUTHOR_NOTE) {
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
    private static void placeCaptions(List<TextLine> all, List<PlacedCaption> captions, int firstCaptionQuery, List<Draft> drafts,
                                      int[] articleAt, LexicalMatcher lexical, int[] placedBy, List<Block> unassigned) {
        for (int c = 0; c < captions.size(); c++) {
            PlacedCaption placed = captions.get(c);
            Caption caption = placed.caption();
            if (caption.text() == null) {
                unassigned.add(new Block(BlockType.CREDIT, caption.credit(), caption.lines()));
                continue;
            }
            int best = -1;
            double bestScore = CAPTION_THRESHOLD;
            for (int a = 0; a < drafts.size(); a++) {
                // Where the page puts the caption is strong evidence, but a caption that names
                // another article's subject (a photo above the next headline) may still go there.
                double score = lexical.score(firstCaptionQuery + c, a) + (placedBy[c] == a ? PLACED_CAPTION_BONUS : 0);
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
    private static void placeMarkers(List<TextLine> all, List<Draft> drafts, int[] articleAt, List<Block> unassigned) {
        for (TextLine line : all) {
            if (line.role.isBodyFlow() || line.continuedTo == null && line.continuedFrom == null) {
                continue;
            }
            int article = line.continuedTo != null
                    ? neighbourArticle(all, articleAt, line.position - 1, -1)
                    : neighbourArticle(all, articleAt, line.position + 1, +1);
            if (article < 0) {
                if (line.role == LineRole.MARKER) {
                    unassigned.add(new Block(BlockType.CONTINUATION, line.raw.strip(), line.sources));
                }
                continue;
            }
            Draft draft = drafts.get(article);
            if (line.continuedTo != null && draft.continuedTo == null) {
                draft.continuedTo = line.continuedTo;
            }
            if (line.continuedFrom != null && draft.continuedFrom == null) {
                draft.continuedFrom = line.continuedFrom;
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
            if (all.get(i).role.isBodyFlow()) {
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
            this.leadIn = LeadIn.split(piece.lines().subList(0, Math.min(2, piece.lines().size())), body);
            this.byline = leadIn.byline;
            for (TextLine line : piece.lines()) {
                if (continuedTo == null) {
                    continuedTo = line.continuedTo;
                }
                if (continuedFrom == null) {
                    continuedFrom = line.continuedFrom;
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
