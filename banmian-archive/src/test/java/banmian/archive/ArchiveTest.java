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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchiveTest {
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

    private SearchResults search(String text) throws IOException {
        return archive.search(SearchQuery.of(text));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::id).toList();
    }

    @Test
    void pagesAreStoredAsJsonBesideTheIndex() {
        assertTrue(Files.isRegularFile(data.resolve("pages/jinzhongribao/2024-05-06/p01.json")));
        assertTrue(Files.isRegularFile(data.resolve("pages/fenhewanbao/2024-05-07/p01.json")));
        assertTrue(Files.isDirectory(data.resolve("index")));
    }

    @Test
    void wordsMatchAsPhrasesNotAsScatteredCharacters() throws IOException {
        assertEquals(List.of("jinzhongribao-2024-05-06-p02-2"), ids(search("平遥古城")));
        assertEquals(0, search("古城平遥").total(), "the same characters in another order are another word");
        assertEquals(0, search("平城").total());
    }

    @Test
    void traditionalCharactersFindSimplifiedText() throws IOException {
        assertEquals(List.of("jinzhongribao-2024-05-06-p02-2"), ids(search("平遙古城")));
        assertEquals(ids(search("农业农村部")), ids(search("農業農村部")));
    }

    @Test
    void copiesOfOneWireStoryAreOneHitNamingTheOtherPaper() throws IOException {
        SearchResults results = search("春播");
        assertEquals(1, results.total(), "both copies match, and are counted as the one hit they are shown as");
        assertEquals(1, results.hits().size(), ids(results).toString());
        SearchResults.Hit hit = results.hits().get(0);
        String otherPaper = hit.paper().equals(ArchiveFixtures.PAPER_A) ? ArchiveFixtures.PAPER_B : ArchiveFixtures.PAPER_A;
        assertEquals(List.of(otherPaper), hit.alsoIn());
        assertEquals(List.of(ArchiveFixtures.PAPER_B), archive.otherPapers("jinzhongribao-2024-05-06-p01-1"));
    }

    @Test
    void unrelatedStoriesAreNotGrouped() throws IOException {
        assertEquals(List.of(), archive.otherPapers("jinzhongribao-2024-05-06-p02-2"));
    }

    @Test
    void aReportJumpingPagesIsOneStoryWithBothPages() throws IOException {
        SearchResults results = search("漏损率");
        assertEquals(List.of("jinzhongribao-2024-05-06-p01-2"), ids(results), "the hit is the story, found by words of its second part");
        assertEquals(List.of(1, 2), results.hits().get(0).pages());
        Story story = archive.story("jinzhongribao-2024-05-06-p02-1").orElseThrow();
        assertEquals("jinzhongribao-2024-05-06-p01-2", story.id());
        assertEquals(ArchiveFixtures.PIPES_FIRST + ArchiveFixtures.PIPES_SECOND, story.bodyText());
        assertEquals("jinzhongribao-2024-05-06-p01-2", archive.storyIdOf("jinzhongribao-2024-05-06-p02-1"));
    }

    @Test
    void theSecondPartAloneIsNoHit() throws IOException {
        assertEquals(3, archive.storyCount() - 1, "four stories: wire twice, pipes once, tourism once");
        assertEquals(4, archive.storyCount());
        assertEquals(3, archive.pageCount());
    }

    @Test
    void namesFilterAndFacet() throws IOException {
        SearchQuery byPerson = SearchQuery.of("").with(Facet.PERSON, "李明华");
        assertEquals(List.of("jinzhongribao-2024-05-06-p01-2"), ids(archive.search(byPerson)));
        SearchResults all = search("");
        Map<String, List<SearchResults.FacetValue>> facets = all.facets();
        assertEquals(List.of(new SearchResults.FacetValue("李明华", 1)), facets.get("person"));
        // The wire story is one group, shown (newest first) by paper B's later copy and counted there.
        assertEquals(List.of(new SearchResults.FacetValue(ArchiveFixtures.PAPER_A, 2), new SearchResults.FacetValue(ArchiveFixtures.PAPER_B, 1)),
                facets.get("paper"));
        assertEquals(0, archive.search(SearchQuery.of("").with(Facet.PERSON, "王明华")).total());
    }

    @Test
    void paperAndDateFilters() throws IOException {
        SearchQuery paperB = SearchQuery.of("春播").with(Facet.PAPER, ArchiveFixtures.PAPER_B);
        assertEquals(List.of("fenhewanbao-2024-05-07-p01-1"), ids(archive.search(paperB)));
        SearchQuery firstDay = SearchQuery.of(null).withDates(ArchiveFixtures.DAY, ArchiveFixtures.DAY);
        assertEquals(3, archive.search(firstDay).total());
        assertThrows(IllegalArgumentException.class,
                () -> SearchQuery.of(null).withDates(ArchiveFixtures.DAY, ArchiveFixtures.DAY.minusDays(1)));
    }

    @Test
    void snippetsMarkTheMatchedWords() throws IOException {
        String snippet = search("墒情").hits().get(0).snippet();
        assertTrue(snippet.contains(SearchResults.MARK_START + "墒情" + SearchResults.MARK_END), snippet);
    }

    @Test
    void reingestingAPageReplacesIt() throws IOException {
        Page changed = ArchiveFixtures.page(ArchiveFixtures.PAPER_A, ArchiveFixtures.DAY, 2,
                ArchiveFixtures.article("古城夜游人气旺", "夜幕降临，平遥古城灯火通明，夜游项目吸引大批游客。", null, null));
        archive.add(changed, "hash-2");
        archive.flush();
        assertEquals(List.of("jinzhongribao-2024-05-06-p02-1"), ids(search("夜游")));
        assertEquals(0, search("旅游旺季").total(), "the old page's article is gone");
        assertEquals(3, archive.pageCount());
        assertFalse(archive.story("jinzhongribao-2024-05-06-p02-2").isPresent());
        assertEquals(List.of(1), archive.story("jinzhongribao-2024-05-06-p01-2").orElseThrow().pageNumbers(),
                "page 2 no longer goes on with the report");
    }

    @Test
    void holdsTellsWhetherAPageWasIngestedFromTheSameSource() throws IOException {
        PageMeta front = ArchiveFixtures.paperAFront().meta();
        assertTrue(archive.holds(front, "hash-" + front.number()));
        assertFalse(archive.holds(front, "other"));
        assertFalse(archive.holds(new PageMeta(ArchiveFixtures.PAPER_A, ArchiveFixtures.DAY, 9, null), "hash"));
    }

    @Test
    void aSecondWriterIsRefusedWithAClearMessageButReadersAreWelcome() throws IOException {
        IOException refused = assertThrows(IOException.class, () -> Archive.openForWriting(data));
        assertTrue(refused.getMessage().contains("in use by another banmian process"), refused.getMessage());
        try (Archive reader = Archive.openForReading(data)) {
            assertEquals(4, reader.storyCount());
            assertEquals(1, reader.search(SearchQuery.of("平遥古城")).total());
        }
    }

    @Test
    void papersWhoseNamesReadAlikeGetSlugsOfTheirOwn() throws IOException {
        archive.add(ArchiveFixtures.page("山西日报", ArchiveFixtures.DAY, 1, ArchiveFixtures.article("太原举办春季招聘会", "招聘会提供岗位一万余个。", null, null)), "a");
        archive.add(ArchiveFixtures.page("陕西日报", ArchiveFixtures.DAY, 1, ArchiveFixtures.article("西安举办春季招聘会", "招聘会提供岗位八千余个。", null, null)), "b");
        archive.flush();
        assertEquals("shanxiribao", archive.ids().paper("山西日报"));
        assertEquals("shanxiribao-2", archive.ids().paper("陕西日报"));
        assertEquals("西安举办春季招聘会", archive.page("陕西日报", ArchiveFixtures.DAY, 1).orElseThrow().articles().get(0).headlineText());
        assertEquals("太原举办春季招聘会", archive.page("shanxiribao", ArchiveFixtures.DAY, 1).orElseThrow().articles().get(0).headlineText());
        try (Archive reopened = Archive.openForReading(data)) {
            assertEquals("shanxiribao-2", reopened.ids().paper("陕西日报"), "the registry is kept in the data directory");
        }
    }

    @Test
    void readingAMissingArchiveSaysSo() {
        IOException missing = assertThrows(IOException.class, () -> Archive.openForReading(data.resolve("nothing")));
        assertTrue(missing.getMessage().startsWith("no archive at "), missing.getMessage());
    }

    @Test
    void pagesAndIssuesReadBack() throws IOException {
        assertEquals(List.of(1, 2), archive.pageNumbers(ArchiveFixtures.PAPER_A, ArchiveFixtures.DAY));
        assertEquals(List.of(1, 2), archive.pageNumbers("jinzhongribao", ArchiveFixtures.DAY), "the paper's slug works too");
        Page page = archive.page(ArchiveFixtures.PAPER_A, ArchiveFixtures.DAY, 2).orElseThrow();
        assertEquals("古城迎来旅游旺季", page.articles().get(1).headlineText());
    }
}
