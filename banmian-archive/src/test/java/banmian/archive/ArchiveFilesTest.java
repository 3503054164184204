package banmian.archive;

import banmian.model.MetaCheck;
import banmian.model.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static banmian.archive.ArchiveFixtures.DAY;
import static banmian.archive.ArchiveFixtures.PAPER_A;
import static banmian.archive.ArchiveFixtures.article;
import static banmian.archive.ArchiveFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The archive's own files under hostile or unlucky conditions: names that would break them, a papers
 * table or page JSON damaged on disk, an older archive's papers.tsv, a reader beside a writer.
 */
class ArchiveFilesTest {
    @TempDir
    Path data;

    private static Page onePage(String paper, LocalDate date, int number, String headline) {
        return page(paper, date, number, article(headline, headline + "，这是正文的内容。", null, null));
    }

    private List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void thePapersTableIsJsonOfNamesAndSlugs() throws IOException {
        try (Archive archive = Archive.openForWriting(data)) {
            archive.add(onePage("山西日报", DAY, 1, "太原举办春季招聘会"), "a");
            archive.add(onePage("陕西日报", DAY, 1, "西安举办春季招聘会"), "b");
            archive.flush();
        }
        assertEquals("""
                {
                  "papers" : [ {
                    "name" : "山西日报",
                    "slug" : "shanxiribao"
                  }, {
                    "name" : "陕西日报",
                    "slug" : "shanxiribao-2"
                  } ]
                }
                """, Files.readString(data.resolve("papers.json")));
        assertFalse(Files.exists(data.resolve("papers.tsv")));
    }

    @Test
    void namesWithHiddenCharactersAreRefusedOnAddAndNothingIsStored() throws IOException {
        try (Archive archive = Archive.openForWriting(data)) {
            archive.add(onePage(PAPER_A, DAY, 1, "先有一版"), "a");
            archive.flush();
            String table = Files.readString(data.resolve("papers.json"));
            for (String hidden : List.of("\t", "\n", "\u2028", "\u0000", "\u202E")) {
                Page page = onePage("晋中" + hidden + "../../x", DAY, 2, "不该存下");
                MetaCheck.Invalid refused = assertThrows(MetaCheck.Invalid.class, () -> archive.add(page, "b"));
                assertTrue(refused.getMessage().startsWith("paper: contains "), refused.getMessage());
            }
            assertEquals(table, Files.readString(data.resolve("papers.json")), "the table is unchanged");
            assertEquals(List.of(data.resolve("pages/jinzhongribao/2024-05-06/p01.json")), filesUnder(data.resolve("pages")));
        }
    }

    @Test
    void aNameLikeAPathGetsASlugOfLettersOnly() throws IOException {
        try (Archive archive = Archive.openForWriting(data)) {
            archive.add(onePage("../../x", DAY, 1, "路径一样的报名"), "a");
            archive.add(onePage("..", DAY, 1, "只有点的报名"), "b");
            archive.add(onePage("报".repeat(100), DAY, 1, "很长的报名"), "c");
            archive.flush();
            assertEquals("x", archive.ids().paper("../../x"));
            assertEquals("unknown", archive.ids().paper(".."));
            String longSlug = archive.ids().paper("报".repeat(100));
            assertTrue(longSlug.matches("(bao){26}ba") && longSlug.length() == Ids.PINYIN_LENGTH, longSlug);
            assertEquals("路径一样的报名", archive.page("../../x", DAY, 1).orElseThrow().articles().get(0).headlineText());
        }
        for (Path file : filesUnder(data)) {
            assertTrue(file.normalize().startsWith(data), file.toString());
        }
        assertTrue(Files.isRegularFile(data.resolve("pages/x/2024-05-06/p01.json")));
    }

    @Test
    void pageNumbersAndDatesOutsideTheirRangesAreRefusedOnAdd() throws IOException {
        try (Archive archive = Archive.openForWriting(data)) {
            for (int number : new int[] {0, -3, 10000, 99999}) {
                MetaCheck.Invalid refused = assertThrows(MetaCheck.Invalid.class, () -> archive.add(onePage(PAPER_A, DAY, number, "错版"), "a"));
                assertEquals("page: page number " + number + " is outside 1 to 9999", refused.getMessage());
            }
            for (LocalDate date : List.of(LocalDate.of(1799, 12, 31), LocalDate.of(2200, 1, 1), LocalDate.parse("+10000-01-01"))) {
                assertThrows(MetaCheck.Invalid.class, () -> archive.add(onePage(PAPER_A, date, 1, "错日"), "a"));
            }
            archive.add(onePage(PAPER_A, DAY, 9999, "最后一版"), "a");
            archive.flush();
            assertEquals(List.of(9999), archive.pageNumbers(PAPER_A, DAY));
            assertEquals("jinzhongribao-2024-05-06-p9999-1", archive.search(SearchQuery.of("最后一版")).hits().get(0).id());
            assertEquals("最后一版", archive.story("jinzhongribao-2024-05-06-p9999-1").orElseThrow().first().article().headlineText(),
                    "the highest page is reachable by its id");
        }
        assertEquals(List.of(data.resolve("pages/jinzhongribao/2024-05-06/p9999.json")), filesUnder(data.resolve("pages")));
        assertTrue(Ids.parseArticle("jinzhongribao-2024-05-06-p00-1").isEmpty());
        assertTrue(Ids.parseArticle("jinzhongribao-1700-05-06-p01-1").isEmpty());
        assertTrue(Ids.parseArticle("jinzhongribao-2024-05-06-p01-0").isEmpty());
    }

    @Test
    void ingestOptionsAreCheckedBeforeAnyFileIsRead() {
        for (banmian.model.PageMeta bad : List.of(new banmian.model.PageMeta("人民\n日报", null, null, null),
                new banmian.model.PageMeta(null, LocalDate.parse("+10000-01-01"), null, null),
                new banmian.model.PageMeta(null, null, 0, null))) {
            assertThrows(MetaCheck.Invalid.class, () -> new Ingestor.Options(bad, false, 1, 1), bad.toString());
        }
    }

    private void writePapers(String json) throws IOException {
        Files.createDirectories(data.resolve("index"));
        Files.writeString(data.resolve("papers.json"), json);
    }

    @Test
    void aDamagedPapersTableIsReportedWithItsPathAndTheProblem() throws IOException {
        try (Archive archive = Archive.openForWriting(data)) {
            archive.add(onePage(PAPER_A, DAY, 1, "先有一版"), "a");
            archive.flush();
        }
        String entry = "{\"name\": \"晋中日报\", \"slug\": \"jinzhongribao\"}";
        List<List<String>> cases = List.of(
                List.of("{\"papers\": [" + entry + "", "not JSON: "),
                List.of("[" + entry + "]", "expected an object"),
                List.of("{\"papers\": [{\"name\": \"晋中日报\", \"slug\": \"../../x\"}]}", "papers[0]: the slug '../../x' is not made of a-z"),
                List.of("{\"papers\": [{\"name\": \"晋中\\t日报\", \"slug\": \"jinzhong\"}]}", "papers[0]: the name contains a control character (U+0009"),
                List.of("{\"papers\": [" + entry + ", {\"name\": \"汾河晚报\", \"slug\": \"jinzhongribao\"}]}", "papers[1]: the slug 'jinzhongribao' is given to two papers"),
                List.of("{\"papers\": [" + entry + ", " + entry + "]}", "papers[1]: the paper '晋中日报' is listed twice"),
                List.of("{\"papers\": [{\"name\": \"晋中日报\"}]}", "papers[0]: expected {\"name\""),
                List.of("{\"papers\": []} {}", "not JSON: "));
        for (List<String> damage : cases) {
            writePapers(damage.get(0));
            for (boolean writable : new boolean[] {true, false}) {
                DamagedFileException damaged = assertThrows(DamagedFileException.class,
                        () -> (writable ? Archive.openForWriting(data) : Archive.openForReading(data)).close(), damage.get(0));
                assertTrue(damaged.getMessage().startsWith("papers.json: damaged papers table (" + damage.get(1)), damaged.getMessage());
                assertEquals(1, damaged.getMessage().lines().count(), damaged.getMessage());
                assertEquals(data.resolve("papers.json"), damaged.file());
            }
        }
        Files.write(data.resolve("papers.json"), new byte[] {'{', (byte) 0xC3, '}'});
        assertEquals("papers.json: damaged papers table (not UTF-8)",
                assertThrows(DamagedFileException.class, () -> Archive.openForReading(data)).getMessage());
        writePapers("{\"papers\": [" + entry + "]}");
        try (Archive archive = Archive.openForReading(data)) {
            assertEquals(1, archive.pageNumbers(PAPER_A, DAY).size(), "a repaired table opens again");
        }
    }

    @Test
    void anOlderArchivesPapersTsvIsReadStrictlyAndMovedIntoPapersJson() throws IOException {
        try (Archive archive = Archive.openForWriting(data)) {
            archive.add(onePage("山西日报", DAY, 1, "太原举办春季招聘会"), "a");
            archive.add(onePage("陕西日报", DAY, 1, "西安举办春季招聘会"), "b");
            archive.flush();
        }
        Files.delete(data.resolve("papers.json"));
        Files.writeString(data.resolve("papers.tsv"), "山西日报\tshanxiribao\n陕西日报\tshanxiribao-2\n");
        try (Archive reader = Archive.openForReading(data)) {
            assertEquals("shanxiribao-2", reader.ids().paper("陕西日报"));
        }
        assertFalse(Files.exists(data.resolve("papers.json")), "a reader does not write");
        try (Archive writer = Archive.openForWriting(data)) {
            assertEquals("西安举办春季招聘会", writer.page("陕西日报", DAY, 1).orElseThrow().articles().get(0).headlineText());
        }
        assertFalse(Files.exists(data.resolve("papers.tsv")));
        assertTrue(Files.readString(data.resolve("papers.json")).contains("\"slug\" : \"shanxiribao-2\""));

        Files.delete(data.resolve("papers.json"));
        for (List<String> damage : List.of(
                List.of("山西日报\tshanxiribao\n陕西日报\tshanxiribao-2\textra\n", "line 2: expected a name and a slug separated by one tab, found 3 fields"),
                List.of("山西日报\tshanxiribao\n陕西日报\n", "line 2: expected a name and a slug separated by one tab, found 1 field"),
                List.of("山西日报\t../../x\n", "line 1: the slug '../../x' is not made of a-z"),
                List.of("山西日报\tshanxiribao\n\n", "line 2: expected a name and a slug"),
                List.of("山西日报\tshanxiribao", "the last line is cut off"))) {
            Files.writeString(data.resolve("papers.tsv"), damage.get(0));
            DamagedFileException damaged = assertThrows(DamagedFileException.class, () -> Archive.openForWriting(data).close());
            assertTrue(damaged.getMessage().startsWith("papers.tsv: damaged papers table (" + damage.get(1)), damaged.getMessage());
            assertFalse(Files.exists(data.resolve("papers.json")), "nothing migrated from a damaged table");
        }
    }

    private void corrupt(String relative, String content) throws IOException {
        Files.writeString(data.resolve(relative), content, StandardCharsets.UTF_8);
    }

    @Test
    void aDamagedPageJsonIsNamedWhenReadAndSkippedWhenItsIssueIsRebuilt() throws IOException {
        try (Archive archive = Archive.openForWriting(data)) {
            for (Page page : ArchiveFixtures.all()) {
                archive.add(page, "hash-" + page.meta().number());
            }
            archive.flush();
            corrupt("pages/jinzhongribao/2024-05-06/p02.json", "{\"page\": {\"paper\": \"晋中日报\", \"date\": \"2024-05-06\", \"numb");
            DamagedFileException damaged = assertThrows(DamagedFileException.class, () -> archive.page(PAPER_A, DAY, 2));
            assertTrue(damaged.getMessage().startsWith("pages/jinzhongribao/2024-05-06/p02.json: damaged page JSON ("), damaged.getMessage());
            assertEquals(1, damaged.getMessage().lines().count(), damaged.getMessage());
            assertThrows(DamagedFileException.class, () -> archive.story("jinzhongribao-2024-05-06-p02-2"));

            // A page of the same issue ingested again: stored and indexed, the damaged one reported and left out.
            Page front = page(PAPER_A, DAY, 1, article("春耕时节农机忙", "各地农机合作社抢抓农时开展春耕作业。", null, null));
            archive.add(front, "hash-new");
            List<String> problems = archive.flush();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("pages/jinzhongribao/2024-05-06/p02.json: damaged page JSON ("), problems.get(0));
            assertTrue(problems.get(0).endsWith("; left out of issue jinzhongribao-2024-05-06 until the page is ingested again"), problems.get(0));
            assertEquals(List.of("jinzhongribao-2024-05-06-p01-1"), archive.search(SearchQuery.of("农机")).hits().stream().map(SearchResults.Hit::id).toList());
            assertEquals(0, archive.search(SearchQuery.of("平遥古城")).total(), "the damaged page's stories are out of the index");
            assertFalse(archive.holds(ArchiveFixtures.paperAPageTwo().meta(), "hash-2"), "so ingesting its source again is no skip");

            archive.add(ArchiveFixtures.paperAPageTwo(), "hash-2");
            assertEquals(List.of(), archive.flush());
            assertEquals(1, archive.search(SearchQuery.of("平遥古城")).total(), "ingested again, it is back");
        }
    }

    @Test
    void aPageJsonThatIsNotThePageItsPathNamesIsDamaged() throws IOException {
        try (Archive archive = Archive.openForWriting(data)) {
            for (Page page : ArchiveFixtures.all()) {
                archive.add(page, "hash-" + page.meta().number());
            }
            archive.flush();
            Files.copy(data.resolve("pages/jinzhongribao/2024-05-06/p01.json"), data.resolve("pages/jinzhongribao/2024-05-06/p02.json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertEquals("pages/jinzhongribao/2024-05-06/p02.json: damaged page JSON (it holds page 1 of 2024-05-06, not page 2 of 2024-05-06)",
                    assertThrows(DamagedFileException.class, () -> archive.page(PAPER_A, DAY, 2)).getMessage());
            Files.write(data.resolve("pages/jinzhongribao/2024-05-06/p02.json"), new byte[] {'{', (byte) 0xFF, '}'});
            assertEquals("pages/jinzhongribao/2024-05-06/p02.json: damaged page JSON (not UTF-8)",
                    assertThrows(DamagedFileException.class, () -> archive.page(PAPER_A, DAY, 2)).getMessage());
            String tabbed = Files.readString(data.resolve("pages/jinzhongribao/2024-05-06/p01.json")).replace("晋中日报", "晋中\\t日报");
            corrupt("pages/jinzhongribao/2024-05-06/p01.json", tabbed);
            assertTrue(assertThrows(DamagedFileException.class, () -> archive.page(PAPER_A, DAY, 1)).getMessage()
                    .startsWith("pages/jinzhongribao/2024-05-06/p01.json: damaged page JSON (page.paper: contains a control character"));
        }
    }

    @Test
    void aReaderBesideAWriterFindsPapersRegisteredSinceItOpened() throws IOException {
        try (Archive writer = Archive.openForWriting(data)) {
            writer.add(onePage("山西日报", DAY, 1, "太原举办春季招聘会"), "a");
            writer.flush();
            try (Archive reader = Archive.openForReading(data)) {
                assertTrue(reader.page("陕西日报", DAY, 1).isEmpty(), "not yet registered: not 山西日报's page either");
                assertEquals("shanxiribao-2", reader.ids().paper("陕西日报"), "the slug it would get, never another paper's");
                // Two papers registered after the reader read the table: the second gets -3, which the
                // reader can only know by reading the table again (else it would guess -2, the first one's).
                writer.add(onePage("陕西日报", DAY, 1, "西安举办春季招聘会"), "b");
                writer.add(onePage("陝西日報", DAY, 1, "繁体报名的一版"), "c");
                writer.flush();
                assertEquals("繁体报名的一版", reader.page("陝西日報", DAY, 1).orElseThrow().articles().get(0).headlineText());
                assertEquals("shanxiribao-3", reader.ids().paper("陝西日報"));
                assertEquals("西安举办春季招聘会", reader.page("陕西日报", DAY, 1).orElseThrow().articles().get(0).headlineText());
                assertEquals("太原举办春季招聘会", reader.page("山西日报", DAY, 1).orElseThrow().articles().get(0).headlineText());
                assertEquals(List.of(1), reader.pageNumbers("陝西日報", DAY));
            }
        }
    }
}
