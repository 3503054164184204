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
    /** A page's paper by its id slug, which the issue browser is asked by. */
    static final String PAPER_SLUG = "paperSlug";
    /** A page's paper by name, as doc values (the field {@link #PAPER} has none: a field's structure is one in all documents). */
    static final String PAPER_NAME = "paperName";
    static final String SECTION = "section";

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
            config.setMultiValued(Facet.of(type).key(), true);
        }
        config.setMultiValued(Facet.AUTHOR.key(), true);
        return config;
    }

    /**
     * A value a story is filtered and counted by: a whole term (folded to simplified characters, as
     * filters are) and a facet label as printed. Each {@link Facet} but the date is its own field.
     */
    private static void addFacetValue(Document doc, Facet facet, String value) {
        doc.add(new StringField(facet.key(), Folding.fold(value), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(facet.key(), value));
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
        addFacetValue(doc, Facet.PAPER, paperName(page));
        doc.add(new StringField(DATE, page.date().toString(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Facet.DATE.key(), page.date().toString()));
        addDay(doc, page);
        if (page.section() != null && !page.section().isBlank()) {
            doc.add(new StoredField(SECTION, page.section()));
            addFacetValue(doc, Facet.SECTION, page.section());
        }
        for (String author : story.authors()) {
            addFacetValue(doc, Facet.AUTHOR, author);
        }
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
                addFacetValue(doc, Facet.of(type), name);
                doc.add(new StoredField(type.jsonName(), name));
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

    /**
     * A page: what ingest checks to skip it, and what the issue browser counts (by paper slug and
     * day, read from doc values: an archive's pages are counted without reading a stored field).
     */
    static Document page(PageMeta meta, String paperSlug, String pageId, String issue, String sourceHash, int articles) {
        Document doc = new Document();
        doc.add(new StringField(KIND, PAGE, Field.Store.NO));
        doc.add(new StringField(ID, pageId, Field.Store.YES));
        doc.add(new StringField(ISSUE, issue, Field.Store.NO));
        doc.add(new StoredField(PAPER, paperName(meta)));
        doc.add(new StringField(PAPER, Folding.fold(paperName(meta)), Field.Store.NO));
        doc.add(new SortedDocValuesField(PAPER_NAME, new BytesRef(paperName(meta))));
        doc.add(new StringField(PAPER_SLUG, paperSlug, Field.Store.NO));
        doc.add(new SortedDocValuesField(PAPER_SLUG, new BytesRef(paperSlug)));
        doc.add(new StringField(DATE, meta.date().toString(), Field.Store.YES));
        addDay(doc, meta);
        if (meta.section() != null && !meta.section().isBlank()) {
            // Indexed as on a story: a field is indexed alike in every document.
            doc.add(new StoredField(SECTION, meta.section()));
            doc.add(new StringField(SECTION, Folding.fold(meta.section()), Field.Store.NO));
        }
        doc.add(new IntPoint(NUMBER, meta.number()));
        doc.add(new StoredField(NUMBER, meta.number()));
        doc.add(new StringField(SOURCE_HASH, sourceHash, Field.Store.YES));
        doc.add(new StoredField(ARTICLES, articles));
        // No group, but the field in every document, as the day is: doc values that every document of
        // a segment has are read without an index of which documents have them (a search reads both
        // for every match).
        doc.add(new StringField(GROUP, "", Field.Store.NO));
        doc.add(new SortedDocValuesField(GROUP, new BytesRef("")));
        return doc;
    }

    /** The day as a number: a range to filter by, a value to sort and count by. */
    private static void addDay(Document doc, PageMeta meta) {
        doc.add(new LongPoint(DAY, meta.date().toEpochDay()));
        doc.add(new NumericDocValuesField(DAY, meta.date().toEpochDay()));
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
