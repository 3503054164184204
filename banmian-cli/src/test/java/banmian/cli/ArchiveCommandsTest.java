package banmian.cli;

import banmian.testing.RealPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ingest and search from the command line, on real pages: a page PDF and the seed page's text layer. */
class ArchiveCommandsTest {
    @TempDir
    Path dir;

    private Path pages() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.copy(Cli.shared("corpus/rmrb/rmrb2018010207.pdf"), folder.resolve("rmrb2018010207.pdf"));
        Files.copy(Cli.shared("samples/luliang-2024-03-11-p1.txt"), folder.resolve("lvliang2024031101.txt"));
        return folder;
    }

    @RealPages
    @Test
    void ingestThenSearch() throws IOException {
        Path data = dir.resolve("data");
        Cli ingest = Cli.run("ingest", pages().toString(), "--data", data.toString(), "--threads", "2");
        assertEquals(0, ingest.exitCode(), ingest.err());
        String summary = ingest.errLines().get(ingest.errLines().size() - 1);
        assertTrue(summary.startsWith("banmian: 2 files, 2 pages ingested, 0 unchanged skipped, "), summary);
        assertTrue(summary.endsWith("0 errors (" + summary.replaceAll(".*0 errors \\(", "")), summary);

        Cli search = Cli.run("search", "王沪宁", "--data", data.toString());
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("全国政协十四届二次会议闭幕"), search.out());
        assertTrue(search.out().contains("【王沪宁】"), "matches are marked: " + search.out());
        assertTrue(search.out().contains("unknown-2024-03-11-p01-"), search.out());

        Cli person = Cli.run("search", "--person", "王沪宁", "--data", data.toString(), "--limit", "1");
        assertEquals(0, person.exitCode(), person.err());
        assertTrue(person.out().startsWith("1. "), person.out());

        // The first of the newest articles, then the one after it by the cursor the first printed.
        Cli first = Cli.run("search", "--data", data.toString(), "--limit", "1");
        Cli two = Cli.run("search", "--data", data.toString(), "--limit", "2");
        String cursor = first.out().replaceAll("(?s).*--cursor (\\S++).*", "$1");
        Cli second = Cli.run("search", "--data", data.toString(), "--limit", "1", "--cursor", cursor);
        assertEquals(0, second.exitCode(), second.err());
        assertEquals(two.out().lines().skip(2).findFirst().orElseThrow().substring(3), second.out().lines().findFirst().orElseThrow().substring(3),
                "the second of two is the first after the cursor: " + two.out() + second.out());
        Cli badCursor = Cli.run("search", "--data", data.toString(), "--cursor", "nonsense");
        assertEquals(2, badCursor.exitCode());
        assertTrue(badCursor.err().startsWith("banmian: cursor: "), badCursor.err());

        Cli pdfPage = Cli.run("search", "新时代", "--from", "2018-01-02", "--to", "2018-01-02", "--data", data.toString());
        assertTrue(pdfPage.out().contains("2018-01-02 第7版"), "the PDF's date and page came from its file name: " + pdfPage.out());

        Cli again = Cli.run("ingest", dir.resolve("in").toString(), "--data", data.toString());
        assertTrue(again.err().contains("0 pages ingested, 2 unchanged skipped"), again.err());
    }

    /** 李斌's byline on this page is letter-spaced (李 斌): the person is indexed without the spacing. */
    @RealPages
    @Test
    void letterSpacedBylineNameIsFoundAsTheName() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("spaced"));
        Files.copy(Cli.shared("corpus/rmrb/rmrb2018011207.pdf"), folder.resolve("rmrb2018011207.pdf"));
        Path data = dir.resolve("data");
        Cli ingest = Cli.run("ingest", folder.toString(), "--data", data.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        Cli search = Cli.run("search", "李斌", "--data", data.toString());
        assertTrue(search.out().startsWith("1. "), search.out());
        Cli person = Cli.run("search", "--person", "李斌", "--data", data.toString());
        assertTrue(person.out().startsWith("1. ") && person.out().contains("1 article matches"), person.out());
        Cli author = Cli.run("search", "--author", "李斌", "--data", data.toString());
        assertTrue(author.out().startsWith("1. ") && author.out().contains("1 article matches"), "the byline's 李 斌 is an author: " + author.out());
        Cli oldest = Cli.run("search", "的", "--sort", "oldest", "--data", data.toString());
        assertTrue(oldest.out().startsWith("1. "), "one character finds articles: " + oldest.out());
    }

    @Test
    void badArchiveCommandsAreOneLine() throws IOException {
        Cli missing = Cli.run("search", "新时代", "--data", dir.resolve("nothing").toString());
        assertEquals(2, missing.exitCode());
        assertEquals(1, missing.errLines().size(), missing.err());
        assertTrue(missing.err().contains("no archive at"), missing.err());

        Cli noInput = Cli.run("ingest", dir.resolve("absent").toString(), "--data", dir.resolve("data").toString());
        assertEquals(List.of("banmian: " + dir.resolve("absent") + ": no such file or directory"), noInput.errLines());
        assertTrue(Files.notExists(dir.resolve("data")), "nothing is created for a run that cannot start");

        Cli badLimit = Cli.run("search", "x", "--limit", "0", "--data", dir.toString());
        assertEquals(2, badLimit.exitCode());
        assertTrue(badLimit.err().startsWith("banmian: limit must be between"), badLimit.err());

        Cli badSort = Cli.run("search", "x", "--sort", "popular", "--data", dir.toString());
        assertEquals(2, badSort.exitCode());
        assertEquals(List.of("banmian: --sort: relevance, newest or oldest, not popular"), badSort.errLines());
    }

    @RealPages
    @Test
    void serveOnAPortInUseSaysSoBeforeCreatingAnything() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Path data = dir.resolve("data");
            Cli serve = Cli.run("serve", pages().toString(), "--data", data.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, serve.exitCode());
            assertEquals(1, serve.errLines().size(), serve.err());
            assertTrue(serve.err().startsWith("banmian: cannot listen on 127.0.0.1:" + taken.getLocalPort()), serve.err());
            assertTrue(Files.notExists(data), "no archive was created and nothing ingested");
        }
    }

    @RealPages
    @Test
    void aFileThatFailsIsCountedAndTheRunSaysSo() throws IOException {
        Path folder = pages();
        Files.write(folder.resolve("rmrb2018010299.txt"), new byte[]{0, 0, 1, 2});
        Cli ingest = Cli.run("ingest", folder.toString(), "--data", dir.resolve("data").toString());
        assertEquals(2, ingest.exitCode());
        assertTrue(ingest.err().contains("rmrb2018010299.txt: binary data"), ingest.err());
        assertTrue(ingest.err().contains("3 files, 2 pages ingested, 0 unchanged skipped") && ingest.err().contains("1 errors"), ingest.err());
    }
}
