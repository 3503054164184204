package banmian.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What reaches the archive's files from the command line: paper names, dates and page numbers are
 * checked before anything is read or written, and damaged archive files are reported by path.
 */
class ArchiveInputChecksTest {
    /** Tab, newline, line separator, NUL, right-to-left override. */
    private static final List<String> HIDDEN = List.of("\t", "\n", "\u2028", "\u0000", "\u202E");

    @TempDir
    Path dir;

    private Path pageFile(String name, String text) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static void assertOneLineRefusal(Cli run, String expectedStart) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith(expectedStart), run.err());
    }

    @Test
    @Timeout(120)
    void aPaperNameWithHiddenCharactersIsRefusedAndNothingIsCreated() throws IOException {
        Path page = pageFile("rmrb2018010207.txt", Cli.SAMPLE_PAGE);
        Path data = dir.resolve("data");
        for (String hidden : HIDDEN) {
            for (String command : List.of("ingest", "serve")) {
                // serve would run until stopped: the refusal comes before anything starts.
                Cli run = Cli.run(command, page.toString(), "--paper", "人民" + hidden + "日报", "--data", data.toString());
                assertOneLineRefusal(run, "banmian: Invalid value for option '--paper': contains ");
                assertTrue(run.err().contains(String.format("(U+%04X", (int) hidden.charAt(0))), run.err());
            }
            Cli parse = Cli.run("parse", page.toString(), "--no-enrich", "--paper", "人民日报" + hidden);
            assertOneLineRefusal(parse, "banmian: Invalid value for option '--paper': contains ");
            assertEquals("", parse.out());
        }
        assertOneLineRefusal(Cli.run("ingest", page.toString(), "--paper", " ", "--data", data.toString()),
                "banmian: Invalid value for option '--paper': the paper name is blank");
        assertOneLineRefusal(Cli.run("ingest", page.toString(), "--paper", "报".repeat(101), "--data", data.toString()),
                "banmian: Invalid value for option '--paper': the paper name has 101 characters, more than 100");
        assertFalse(Files.exists(data), "nothing was created");
    }

    @Test
    void pageNumbersAndDatesOutsideTheirRangesAreRefused() throws IOException {
        Path page = pageFile("page.txt", Cli.SAMPLE_PAGE);
        Path data = dir.resolve("data");
        for (String command : List.of("ingest", "parse")) {
            assertOneLineRefusal(Cli.run(command, page.toString(), "--page", "0", "--data", data.toString()),
                    "banmian: Invalid value for option '--page': page number 0 is outside 1 to 9999");
            assertOneLineRefusal(Cli.run(command, page.toString(), "--page", "99999", "--data", data.toString()),
                    "banmian: Invalid value for option '--page': page number 99999 is outside 1 to 9999");
            assertOneLineRefusal(Cli.run(command, page.toString(), "--page", "-3", "--data", data.toString()),
                    "banmian: Invalid value for option '--page': page number -3 is outside 1 to 9999");
            assertOneLineRefusal(Cli.run(command, page.toString(), "--date", "+10000-01-01", "--data", data.toString()),
                    "banmian: Invalid value for option '--date': +10000-01-01 is outside 1800-01-01 to 2199-12-31");
            assertOneLineRefusal(Cli.run(command, page.toString(), "--date", "1799-12-31", "--data", data.toString()),
                    "banmian: Invalid value for option '--date': 1799-12-31 is outside 1800-01-01 to 2199-12-31");
        }
        assertFalse(Files.exists(data), "nothing was created");
        Cli parsed = Cli.run("parse", page.toString(), "--no-enrich", "--date", "2199-12-31", "--page", "9999");
        assertEquals(0, parsed.exitCode(), parsed.err());
        assertTrue(parsed.out().contains("\"date\": \"2199-12-31\"") && parsed.out().contains("\"number\": 9999"), parsed.out());
    }

    @Test
    void aPaperNameLikeAPathStaysInsideTheDataDirectory() throws IOException {
        Path page = pageFile("rmrb2018010207.txt", Cli.SAMPLE_PAGE);
        Path data = dir.resolve("data");
        Cli ingest = Cli.run("ingest", page.toString(), "--paper", "../../x", "--no-enrich", "--data", data.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        assertTrue(Files.isRegularFile(data.resolve("pages/x/2018-01-02/p07.json")));
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of(), all.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(data) && !file.startsWith(dir.resolve("in"))).toList());
        }
    }

    @Test
    void aDamagedPapersTableIsOneLineNamingIt() throws IOException {
        Path page = pageFile("rmrb2018010207.txt", Cli.SAMPLE_PAGE);
        Path data = dir.resolve("data");
        assertEquals(0, Cli.run("ingest", page.toString(), "--paper", "人民日报", "--no-enrich", "--data", data.toString()).exitCode());
        Files.writeString(data.resolve("papers.json"), "{\"papers\": [{\"name\": \"人民日报\", \"slug\": \"../../etc\"}]}");
        Cli search = Cli.run("search", "新年", "--data", data.toString());
        assertOneLineRefusal(search, "banmian: " + data.resolve("papers.json") + ": damaged papers table (papers[0]: the slug '../../etc'");
        Cli ingest = Cli.run("ingest", page.toString(), "--paper", "人民日报", "--data", data.toString());
        assertEquals(1, ingest.exitCode(), ingest.err());
        assertEquals(List.of("banmian: " + data.resolve("papers.json") + ": damaged papers table (papers[0]: the slug '../../etc' is not made"
                + " of a-z, 0-9 and inner hyphens)"), ingest.errLines());
    }

    @Test
    void aDamagedPageOfTheIssueIsReportedAndTheNewPageStillGoesIn() throws IOException {
        Path data = dir.resolve("data");
        Path seven = pageFile("rmrb2018010207.txt", Cli.SAMPLE_PAGE);
        Path eight = pageFile("rmrb2018010208.txt", Cli.SAMPLE_PAGE.replace("一年好景君须记", "冬日暖阳照山乡"));
        Cli first = Cli.run("ingest", seven.toString(), eight.toString(), "--paper", "人民日报", "--no-enrich", "--data", data.toString());
        assertEquals(0, first.exitCode(), first.err());
        Path damaged = data.resolve("pages/renminribao/2018-01-02/p07.json");
        Files.writeString(damaged, "{\"page\": ");
        Files.writeString(eight, Cli.SAMPLE_PAGE.replace("一年好景君须记", "冬日暖阳照山村"));

        Cli again = Cli.run("ingest", eight.toString(), "--paper", "人民日报", "--no-enrich", "--data", data.toString());
        assertEquals(2, again.exitCode(), again.err());
        assertTrue(again.err().contains("pages/renminribao/2018-01-02/p07.json: damaged page JSON (")
                && again.err().contains("left out of issue renminribao-2018-01-02 until the page is ingested again"), again.err());
        assertTrue(again.err().contains("1 files, 1 pages ingested, 0 unchanged skipped, 1 articles, 1 errors"), again.err());
        Cli search = Cli.run("search", "冬日暖阳照山村", "--data", data.toString());
        assertTrue(search.out().contains("renminribao-2018-01-02-p08-1"), "the new page is stored and indexed: " + search.out());

        Cli repair = Cli.run("ingest", seven.toString(), "--paper", "人民日报", "--no-enrich", "--data", data.toString());
        assertEquals(0, repair.exitCode(), "ingesting the damaged page's source again replaces it: " + repair.err());
        assertTrue(Cli.run("search", "一年好景君须记", "--data", data.toString()).out().contains("renminribao-2018-01-02-p07-1"));
    }
}
