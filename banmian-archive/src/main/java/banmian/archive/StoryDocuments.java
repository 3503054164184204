package banmian.archive;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.Caption;
import banmian.model.EntityType;
import banmian.model.PageMeta;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Lucene documents of the archive: one per story (what search finds) and one per page (what
 * ingest checks to skip a page it already holds). Text fields are analysed by {@link ChineseAnalyzer}
 * with offsets kept for highlighting; names of people, places and organisations are also whole terms
 * (folded to simplified characters) for filters and facets.
 */
final class StoryDocuments {
    static final String KIND = "kind";
    static final String STORY = "story";
    static final String PAGE = "page";
    static final String ID = "id";
    static final String PARTS = "parts";
    static final String ISSUE = "issue";
    static final String PAPER = "paper";
    static final String DATE = "date";
    static final String DAY = "day";
    static final String PAGES = "pages";
    static final String NUMBER = "number";
    static final String SOURCE_HASH = "sourceHash";
    static final String ARTICLES = "articles";
    static final String KICKER = "kicker";
    static final String HEADLINE = "headline";
    static final String SUBTITLE = "subtitle";
    static final String BYLINE = "byline";
    static final String BODY = "body";
    static final String CAPTIONS = "captions";
    static final String NAMES = "names";
    /** Every searchable text of the story in one field, so that a query is matched once, not per field. */
    static final String ALL_TEXT = "text";
    static final String GROUP = "group";
    static final String FINGERPRINT = "fingerprint";
    static final String BAND = "band";
    /** Facet dimensions: the paper, the issue date and the three kinds of name. */
    static final String FACET_PAPER = "paper";
    static final String FACET_DATE = "date";

    /** Text searched on its own to lift a story (headline, names): stored, indexed with positions. */
    private static final FieldType TEXT = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    /** The catch-all field: positions for phrases, nothing stored. */
    private static final FieldType SEARCHED = textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    private static FieldType textType(boolean stored, IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (EntityType type : EntityType.values()) {
            config.setMultiValued(type.jsonName(), true);
        }
        return config;
    }

    private StoryDocuments() {
    }

    static Document story(Story story, String issue, String group, long fingerprint, boolean fingerprinted, FacetsConfig config)
            throws IOException {
        Story.Part first = story.first();
        PageMeta page = first.page();
        Article article = first.article();
        Document doc = new Document();
        doc.add(new StringField(KIND, STORY, Field.Store.NO));
        doc.add(new StringField(ID, story.id(), Field.Store.YES));
        for (Story.Part part : story.parts()) {
            doc.add(new StringField(PARTS, part.id(), Field.Store.YES));
        }
        doc.add(new StringField(ISSUE, issue, Field.Store.NO));
        doc.add(new StoredField(PAPER, paperName(page)));
        doc.add(new StringField(PAPER, Folding.fold(paperName(page)), Field.Store.NO));
        doc.add(new StringField(DATE, page.date().toString(), Field.Store.YES));
        doc.add(new LongPoint(DAY, page.date().toEpochDay()));
        doc.add(new NumericDocValuesField(DAY, page.date().toEpochDay()));
        doc.add(new StoredField(PAGES, story.pageNumbers().stream().map(String::valueOf).collect(Collectors.joining(","))));
        addStored(doc, KICKER, article.kicker());
        addStored(doc, SUBTITLE, article.subtitle());
        addStored(doc, BYLINE, article.byline());
        if (article.headline() != null && article.headline().text() != null) {
            doc.add(new Field(HEADLINE, article.headline().text(), TEXT));
        }
        // Stored only: the catch-all field is what is searched, and the highlighter re-reads the body.
        doc.add(new StoredField(BODY, story.bodyText()));
        List<String> captions = new ArrayList<>();
        for (Story.Part part : story.parts()) {
            for (Caption caption : part.article().captions()) {
                captions.add(caption.text() == null ? "" : caption.text());
            }
        }
        if (!captions.isEmpty()) {
            doc.add(new StoredField(CAPTIONS, String.join("\n", captions)));
        }
        List<String> names = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            for (String name : story.names(type)) {
                doc.add(new StringField(type.jsonName(), Folding.fold(name), Field.Store.NO));
                doc.add(new StoredField(type.jsonName(), name));
                doc.add(new SortedSetDocValuesFacetField(type.jsonName(), name));
                names.add(name);
            }
        }
        if (!names.isEmpty()) {
            doc.add(new Field(NAMES, String.join("\n", names), TEXT));
        }
        List<String> searched = new ArrayList<>();
        for (Block block : new Block[]{article.kicker(), article.headline(), article.subtitle(), article.byline()}) {
            if (block != null && block.text() != null) {
                searched.add(block.text());
            }
        }
        searched.add(story.bodyText());
        searched.addAll(captions);
        searched.addAll(names);
        // Line breaks part the texts: no bigram, so no phrase, runs from one into the next.
        doc.add(new Field(ALL_TEXT, String.join("\n", searched), SEARCHED));
        doc.add(new SortedSetDocValuesFacetField(FACET_PAPER, paperName(page)));
        doc.add(new SortedSetDocValuesFacetField(FACET_DATE, page.date().toString()));
        doc.add(new StringField(GROUP, group, Field.Store.YES));
        doc.add(new SortedDocValuesField(GROUP, new BytesRef(group)));
        if (fingerprinted) {
            doc.add(new NumericDocValuesField(FINGERPRINT, fingerprint));
            for (String band : SimHash.bands(fingerprint)) {
                doc.add(new StringField(BAND, band, Field.Store.NO));
            }
        }
        return config.build(doc);
    }

    static Document page(PageMeta meta, String pageId, String issue, String sourceHash, int articles) {
        Document doc = new Document();
        doc.add(new StringField(KIND, PAGE, Field.Store.NO));
        doc.add(new StringField(ID, pageId, Field.Store.YES));
        doc.add(new StringField(ISSUE, issue, Field.Store.NO));
        doc.add(new StoredField(PAPER, paperName(meta)));
        doc.add(new StringField(PAPER, Folding.fold(paperName(meta)), Field.Store.NO));
        doc.add(new StringField(DATE, meta.date().toString(), Field.Store.YES));
        doc.add(new IntPoint(NUMBER, meta.number()));
        doc.add(new StoredField(NUMBER, meta.number()));
        doc.add(new StringField(SOURCE_HASH, sourceHash, Field.Store.YES));
        doc.add(new StoredField(ARTICLES, articles));
        return doc;
    }

    static String paperName(PageMeta meta) {
        return Ids.paperName(meta.paper());
    }

    private static void addStored(Document doc, String field, Block block) {
        if (block != null && block.text() != null && !block.text().isBlank()) {
            doc.add(new StoredField(field, block.text()));
        }
    }
}
