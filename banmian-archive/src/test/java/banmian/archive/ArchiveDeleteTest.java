package banmian.archive;

import banmian.model.Page;
import banmian.model.PageMeta;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static banmian.archive.ArchiveFixtures.DAY;
import static banmian.archive.ArchiveFixtures.PAPER_A;
import static banmian.archive.ArchiveFixtures.PAPER_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Archive#delete}: a page's JSON and its stories go, and its issue is stitched again without it. */
class ArchiveDeleteTest {
    private static final Path PAGE_A2 = Path.of("pages/jinzhongribao/2024-05-06/p02.json");

    @TempDir
    Path data;

    private Archive archive;

    @BeforeEach
    void ingestFixtures() throws IOException {
        archive = Archive.openForWriting(data);
        for (Page page : ArchiveFixtures.all()) {
            archive.add(page, "hash-" + page.meta().number());
        }
        archive.flush();
    }

    @AfterEach
    void close() throws IOException {
        archive.close();
    }

    private long hits(String text) throws IOException {
        return archive.search(SearchQuery.of(text)).total();
    }

    @Test
    void aDeletedPageLeavesItsJsonTheIndexAndTheStoryItContinued() throws IOException {
        Archive.Deletion deletion = archive.delete(PAPER_A, DAY, 2).orElseThrow();
        assertEquals("jinzhongribao-2024-05-06-p02", deletion.pageId());
        assertEquals(List.of(), deletion.problems());
        assertFalse(Files.exists(data.resolve(PAGE_A2)));
        assertEquals(Optional.empty(), archive.page(PAPER_A, DAY, 2));
        assertEquals(List.of(1), archive.pageNumbers(PAPER_A, DAY));
        assertEquals(0, hits("平遥古城"), "the page's own story is gone");
        assertEquals(0, hits("漏损率"), "the part of the report it held is gone");
        assertEquals(List.of(1), archive.story("jinzhongribao-2024-05-06-p01-2").orElseThrow().pageNumbers(),
                "the report is stitched again, without the deleted page");
        assertEquals(2, archive.pageCount());
        assertEquals(3, archive.storyCount());
    }

    @Test
    void thePaperMayBeNamedByItsSlugAndAnAbsentPageIsEmpty() throws IOException {
        assertTrue(archive.delete("jinzhongribao", DAY, 2).isPresent());
        assertEquals(Optional.empty(), archive.delete("jinzhongribao", DAY, 2), "deleted already");
        assertEquals(Optional.empty(), archive.delete(PAPER_A, DAY, 9));
        assertEquals(Optional.empty(), archive.delete("没有这份报", DAY, 1));
        assertEquals(3, archive.storyCount());
    }

    @Test
    void theLastPageOfAnIssueTakesTheIssueOutOfTheIndexAndItsDirectoryAway() throws IOException {
        archive.delete(PAPER_B, DAY.plusDays(1), 1).orElseThrow();
        assertFalse(Files.exists(data.resolve("pages/fenhewanbao/2024-05-07")));
        assertEquals(1, hits("春播"), "one copy of the wire story is left");
        assertEquals(List.of(), archive.otherPapers("jinzhongribao-2024-05-06-p01-1"));
        assertEquals(2, archive.pageCount());
    }

    @Test
    void aDeleteInterruptedBeforeItsCommitCompletesWhenRepeated() throws IOException {
        // As if the process stopped after the file was removed and before the index was committed.
        Files.delete(data.resolve(PAGE_A2));
        assertEquals(1, hits("平遥古城"), "the index still has the page's stories");
        assertTrue(archive.delete(PAPER_A, DAY, 2).isPresent(), "the page is found in the index");
        assertEquals(0, hits("平遥古城"));
        assertEquals(2, archive.pageCount());
    }

    @Test
    void aDamagedPageCanBeDeleted() throws IOException {
        Files.writeString(data.resolve(PAGE_A2), "{\"page\": ");
        assertTrue(archive.delete(PAPER_A, DAY, 2).isPresent());
        assertFalse(Files.exists(data.resolve(PAGE_A2)));
        assertEquals(0, hits("平遥古城"));
    }

    @Test
    void aPageAddedButNotFlushedIsDeletedAndDoesNotComeBack() throws IOException {
        archive.add(ArchiveFixtures.page(PAPER_A, DAY, 3, ArchiveFixtures.article("晋中举办春季招聘会", "招聘会提供岗位一万余个。", null, null)), "hash-3");
        assertTrue(archive.delete(PAPER_A, DAY, 3).isPresent());
        archive.flush();
        assertEquals(0, hits("招聘会"));
        assertEquals(List.of(1, 2), archive.pageNumbers(PAPER_A, DAY));
    }

    @Test
    void filingGivesThePapersRegisteredNameForAPageItHolds() throws IOException {
        assertEquals(Optional.of(new PageMeta(PAPER_A, DAY, 2, null)), archive.filing("jinzhongribao", DAY, 2));
        assertEquals(Optional.of(new PageMeta(PAPER_A, DAY, 2, null)), archive.filing(PAPER_A, DAY, 2));
        assertEquals(Optional.empty(), archive.filing(PAPER_A, DAY, 9));
        assertEquals(Optional.empty(), archive.filing("没有这份报", DAY, 1));
    }
}
