package banmian.nlp;

import banmian.model.Article;
import banmian.model.Enrichment;
import banmian.model.Entity;
import banmian.model.EntityType;
import banmian.model.Figure;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.model.TextSpan;
import banmian.nlp.ner.EntityTagger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Enriches parsed articles: people, places and organisations with every mention, figures with their
 * values, dates resolved against the page date, keywords and a one-sentence summary. Names confirmed
 * anywhere on a page count everywhere on it ({@link PageNames}). One enricher is not thread-safe;
 * give each thread its own.
 */
public final class Enricher {
    private final Segmenter segmenter;
    private final EntityRecognizer recognizer;
    private final FigureExtractor figures = new FigureExtractor();
    private final boolean pageNames;

    public Enricher() {
        this(EntityLexicon.builtIn());
    }

    public Enricher(EntityLexicon lexicon) {
        this(lexicon, EntityRule.DEFAULTS);
    }

    /** An enricher with only these rules on the trained recogniser (to measure what each does). */
    public Enricher(EntityLexicon lexicon, Set<EntityRule> rules) {
        this(lexicon, rules, EntityTagger.builtIn());
    }

    /** An enricher with another trained recogniser (one just trained, to measure it). */
    public Enricher(EntityLexicon lexicon, Set<EntityRule> rules, EntityTagger tagger) {
        segmenter = new Segmenter(lexicon, rules.contains(EntityRule.HANLP_GUESSES));
        recognizer = new EntityRecognizer(lexicon, tagger, rules);
        pageNames = rules.contains(EntityRule.PAGE_NAMES);
    }

    /** The page with every article enriched. */
    public Page enrich(Page page) {
        List<Article> articles = page.articles();
        List<List<ArticleTexts.Unit>> units = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<List<Token>> tokens = new ArrayList<>();
        List<List<Candidate>> candidates = new ArrayList<>();
        for (Article article : articles) {
            List<ArticleTexts.Unit> articleUnits = ArticleTexts.of(article);
            units.add(articleUnits);
            for (ArticleTexts.Unit unit : articleUnits) {
                List<Token> unitTokens = segmenter.tokens(unit.text());
                texts.add(unit.text());
                tokens.add(unitTokens);
                candidates.add(recognizer.recognize(unit.field(), unit.text(), unitTokens));
            }
        }
        List<List<Candidate>> confirmed = PageNames.confirm(texts, candidates, pageNames);
        List<Article> enriched = new ArrayList<>();
        int next = 0;
        for (int a = 0; a < articles.size(); a++) {
            int count = units.get(a).size();
            enriched.add(articles.get(a).withEnrichment(enrichment(units.get(a), tokens.subList(next, next + count),
                    confirmed.subList(next, next + count), page.meta().date())));
            next += count;
        }
        return new Page(page.meta(), enriched, page.unassigned(), page.lineGeometry());
    }

    /**
     * The entities of a document of plain text, paragraph by paragraph (each read as body text, or
     * as a credit when it is a byline or photo credit on a line of its own),
     * with one reading per document: a name confirmed in one paragraph counts in every other.
     */
    public List<List<Mention>> documentEntities(List<String> paragraphs) {
        List<List<Candidate>> candidates = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            candidates.add(recognizer.recognize(recognizer.fieldOf(paragraph), paragraph, segmenter.tokens(paragraph)));
        }
        List<List<Candidate>> confirmed = PageNames.confirm(paragraphs, candidates, pageNames);
        List<List<Mention>> mentions = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.get(p);
            mentions.add(confirmed.get(p).stream().map(candidate -> new Mention(candidate.type(), candidate.start(), candidate.end(),
                    EntityNames.indexed(paragraph.substring(candidate.start(), candidate.end())))).toList());
        }
        return mentions;
    }

    /** One article enriched on its own (names confirmed within the article only). */
    public Article enrich(Article article, PageMeta meta) {
        return enrich(new Page(meta, List.of(article), List.of())).articles().get(0);
    }

    private Enrichment enrichment(List<ArticleTexts.Unit> units, List<List<Token>> tokens, List<List<Candidate>> candidates,
                                  LocalDate pageDate) {
        record Key(EntityType type, String name) {
        }
        Map<Key, List<TextSpan>> mentions = new LinkedHashMap<>();
        List<Figure> found = new ArrayList<>();
        List<String> bodyTexts = new ArrayList<>();
        List<List<Token>> bodyTokens = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            ArticleTexts.Unit unit = units.get(u);
            for (Candidate candidate : candidates.get(u)) {
                if (!Facets.browsable(candidate, unit.text(), tokens.get(u))) {
                    continue;
                }
                String name = EntityNames.indexed(unit.text().substring(candidate.start(), candidate.end()));
                mentions.computeIfAbsent(new Key(candidate.type(), name), k -> new ArrayList<>())
                        .add(new TextSpan(unit.field(), unit.block(), candidate.start(), candidate.end()));
            }
            found.addAll(figures.extract(unit.field(), unit.block(), unit.text(), pageDate));
            if (unit.paragraph()) {
                bodyTexts.add(unit.text());
                bodyTokens.add(tokens.get(u));
            }
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((key, spans) -> entities.add(new Entity(key.type(), key.name(), spans)));
        return new Enrichment(entities, found, KeywordsAndSummary.keywords(bodyTokens),
                KeywordsAndSummary.summary(bodyTexts, bodyTokens));
    }
}
