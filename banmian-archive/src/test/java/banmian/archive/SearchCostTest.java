package banmian.archive;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link SearchCost} over a hundred documents where term {@code a} is in all of them, {@code b} in
 * half, {@code c} in a tenth and {@code d} in one: what each shape of query reads, by the rules
 * Lucene's scorers walk postings by.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCostTest {
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;

    @BeforeAll
    void index() throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int doc = 0; doc < 100; doc++) {
                Document document = new Document();
                document.add(new StringField("f", "a", Field.Store.NO));
                if (doc % 2 == 0) {
                    document.add(new StringField("f", "b", Field.Store.NO));
                }
                if (doc % 10 == 0) {
                    document.add(new StringField("f", "c", Field.Store.NO));
                }
                if (doc == 0) {
                    document.add(new StringField("f", "d", Field.Store.NO));
                }
                writer.addDocument(document);
                if (doc == 49) {
                    writer.commit();   // two segments: frequencies are the reader's, summed over them
                }
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    void close() throws IOException {
        reader.close();
    }

    private static Query term(String text) {
        return new TermQuery(new Term("f", text));
    }

    private static Query bool(BooleanClause.Occur occur, Query... queries) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (Query query : queries) {
            builder.add(query, occur);
        }
        return builder.build();
    }

    private SearchCost.Estimate cost(Query query) throws IOException {
        return SearchCost.of(query, reader);
    }

    @Test
    void aTermReadsItsPostings() throws IOException {
        assertEquals(new SearchCost.Estimate(100, 100), cost(term("a")));
        assertEquals(new SearchCost.Estimate(1, 1), cost(new BoostQuery(term("d"), 3f)));
        assertEquals(new SearchCost.Estimate(0, 0), cost(term("absent")));
        assertEquals(new SearchCost.Estimate(0, 0), cost(new MatchNoDocsQuery()));
    }

    @Test
    void aDisjunctionReadsEveryPart() throws IOException {
        assertEquals(new SearchCost.Estimate(100, 160), cost(bool(BooleanClause.Occur.SHOULD, term("a"), term("b"), term("c"))),
                "candidates at most every document");
    }

    @Test
    void aConjunctionOrPhraseIsLedByItsRarestPart() throws IOException {
        SearchCost.Estimate conjunction = new SearchCost.Estimate(10, 30);
        assertEquals(conjunction, cost(bool(BooleanClause.Occur.MUST, term("a"), term("b"), term("c"))), "c leads: 10 + 10 + 10");
        assertEquals(conjunction, cost(new PhraseQuery("f", "a", "b", "c")));
        assertEquals(new SearchCost.Estimate(1, 3), cost(bool(BooleanClause.Occur.FILTER, term("a"), term("d"), term("d"))),
                "a part as rare as the lead still counts");
    }

    @Test
    void optionalAndProhibitedPartsBesideRequiredOnesAreAdvancedToItsCandidates() throws IOException {
        Query query = new BooleanQuery.Builder().add(term("c"), BooleanClause.Occur.MUST)
                .add(term("a"), BooleanClause.Occur.SHOULD).add(term("d"), BooleanClause.Occur.MUST_NOT).build();
        assertEquals(new SearchCost.Estimate(10, 10 + 10 + 1), cost(query));
        assertEquals(new SearchCost.Estimate(0, 0), cost(bool(BooleanClause.Occur.MUST_NOT, term("a"))), "only prohibited: matches nothing");
    }

    @Test
    void nestedQueriesAddUp() throws IOException {
        Query nested = bool(BooleanClause.Occur.SHOULD, term("a"), bool(BooleanClause.Occur.MUST, term("b"), term("c")));
        assertEquals(new SearchCost.Estimate(100, 100 + 20), cost(nested));
        Query everything = bool(BooleanClause.Occur.SHOULD, term("a"), term("a"), term("a"), term("a"));
        assertEquals(new SearchCost.Estimate(100, 400), cost(everything), "four passes over every document");
    }
}
