package banmian.archive;

import banmian.model.Page;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An index written by an older banmian is rebuilt from the stored pages when the archive is next opened for writing. */
class IndexUpgradeTest {
    @TempDir
    Path data;

    @Test
    void anOutdatedIndexIsRebuiltFromThePagesWhenOpenedForWriting() throws IOException {
        try (Archive archive = Archive.openForWriting(data)) {
            for (Page page : ArchiveFixtures.all()) {
                archive.add(page, "hash-" + page.meta().number());
            }
            archive.flush();
        }
        makeOld();
        try (Archive reader = Archive.openForReading(data)) {
            assertEquals(List.of(), reader.papers(), "the old index's pages have no issue browser fields");
            assertEquals(4, reader.storyCount());
        }
        try (Archive archive = Archive.openForWriting(data)) {
            assertEquals(2, archive.papers().size());
            assertEquals(4, archive.storyCount());
            assertEquals(3, archive.pageCount());
            assertEquals(1, archive.search(SearchQuery.of("春播")).total(), "the copies are grouped as before");
            assertTrue(archive.holds(ArchiveFixtures.paperAFront().meta(), "hash-1"), "the pages' source hashes are kept");
        }
        try (Directory directory = FSDirectory.open(data.resolve("index"));
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            assertEquals(Map.of("banmian.schema", String.valueOf(ArchiveIndex.SCHEMA_VERSION)), commitData(writer));
        }
    }

    @Test
    void aNewIndexIsCurrentFromTheStart() throws IOException {
        try (Archive archive = Archive.openForWriting(data)) {
            archive.add(ArchiveFixtures.paperBFront(), "h");
            archive.flush();
        }
        try (Directory directory = FSDirectory.open(data.resolve("index"));
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            assertEquals(String.valueOf(ArchiveIndex.SCHEMA_VERSION), commitData(writer).get("banmian.schema"));
        }
    }

    /** The page documents as schema 1 wrote them (without the browser's fields), and no version. */
    private void makeOld() throws IOException {
        try (Directory directory = FSDirectory.open(data.resolve("index"));
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            assertFalse(commitData(writer).isEmpty());
            for (Page page : ArchiveFixtures.all()) {
                String id = new Ids(PaperSlugs.open(data, false)).page(page.meta());
                Document old = new Document();
                old.add(new StringField(StoryDocuments.KIND, StoryDocuments.PAGE, Field.Store.NO));
                old.add(new StringField(StoryDocuments.ID, id, Field.Store.YES));
                old.add(new StringField(StoryDocuments.ISSUE, id.substring(0, id.lastIndexOf("-p")), Field.Store.NO));
                old.add(new StringField(StoryDocuments.SOURCE_HASH, "hash-" + page.meta().number(), Field.Store.YES));
                writer.updateDocument(new Term(StoryDocuments.ID, id), old);
            }
            writer.setLiveCommitData(Map.<String, String>of().entrySet());
            writer.commit();
        }
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> entries = writer.getLiveCommitData();
        if (entries != null) {
            entries.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }
}
