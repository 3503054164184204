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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SearchAdmission} over ten stories each holding the word {@code every}: a search of a few
 * passes runs at once and sliced; one past {@link SearchAdmission#HEAVY_PASSES} takes the lane,
 * runs alone, and waits or is turned away when the lane is taken; one past
 * {@link SearchAdmission#MOST_PASSES} is refused before anything runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAdmissionTest {
    private static final Duration BUDGET = Duration.ofMillis(300);
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;

    @BeforeAll
    void index() throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int doc = 0; doc < 10; doc++) {
                Document story = new Document();
                story.add(new StringField(StoryDocuments.KIND, StoryDocuments.STORY, Field.Store.NO));
                story.add(new StringField("text", "every", Field.Store.NO));
                writer.addDocument(story);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    void close() throws IOException {
        reader.close();
    }

    /** {@code every} OR'ed with itself {@code passes} times: that many passes over the archive. */
    private static Query passes(long passes) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (int i = 0; i < passes; i++) {
            builder.add(new TermQuery(new Term("text", "every")), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    private SearchAdmission.Ticket admit(SearchAdmission admission, long passes) throws IOException {
        return admission.admit(passes(passes), reader, System.nanoTime() + BUDGET.toNanos(), BUDGET);
    }

    @Test
    void cheapSearchesRunAtOnceAndCostlyOnesTakeTheLane() throws IOException {
        SearchAdmission admission = new SearchAdmission(new CostlyWork(1), 0);
        try (SearchAdmission.Ticket cheap = admit(admission, SearchAdmission.HEAVY_PASSES);
             SearchAdmission.Ticket costly = admit(admission, SearchAdmission.HEAVY_PASSES + 1);
             SearchAdmission.Ticket alsoCheap = admit(admission, 1)) {
            assertFalse(cheap.costly());
            assertTrue(costly.costly());
            assertFalse(alsoCheap.costly(), "cheap searches do not wait for the lane");
        }
        try (SearchAdmission.Ticket again = admit(admission, SearchAdmission.MOST_PASSES)) {
            assertTrue(again.costly(), "the lane is free again once the costly search is done");
        }
    }

    @Test
    void aSearchPastTheMostIsRefusedAsTheClientsToFix() {
        SearchAdmission admission = new SearchAdmission(new CostlyWork(1), 4);
        QueryTooCostlyException refused = assertThrows(QueryTooCostlyException.class, () -> admit(admission, SearchAdmission.MOST_PASSES + 1));
        assertTrue(refused.getMessage().startsWith("q: the query would read about 17 times"), refused.getMessage());
    }

    @Test
    void withTheLaneTakenACostlySearchWaitsItsBudgetOrIsTurnedAwayWhenTheWaitingRoomIsFull() throws IOException {
        SearchAdmission noWaiting = new SearchAdmission(new CostlyWork(1), 0);
        try (SearchAdmission.Ticket running = admit(noWaiting, SearchAdmission.HEAVY_PASSES + 1)) {
            assertTrue(running.costly());
            assertThrows(SearchBusyException.class, () -> admit(noWaiting, SearchAdmission.HEAVY_PASSES + 1));
        }
        SearchAdmission oneWaiting = new SearchAdmission(new CostlyWork(1), 1);
        try (SearchAdmission.Ticket running = admit(oneWaiting, SearchAdmission.HEAVY_PASSES + 1)) {
            assertTrue(running.costly());
            assertThrows(SearchTimeoutException.class, () -> admit(oneWaiting, SearchAdmission.HEAVY_PASSES + 1),
                    "waits no longer than its budget");
            assertThrows(SearchTimeoutException.class, () -> admit(oneWaiting, SearchAdmission.HEAVY_PASSES + 1),
                    "the waiting room is free again after a wait");
        }
    }
}
