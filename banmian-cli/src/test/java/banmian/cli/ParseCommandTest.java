package banmian.cli;

import banmian.testing.RealPages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path page(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path bytes(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private List<String> dirListing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** A bad input: status 2, one line on stderr naming the file, and no output file at all. */
    private void assertRejected(Path input, String problem) throws IOException {
        List<String> before = dirListing();
        Path out = dir.resolve("out.json");
        Cli cli = Cli.run("parse", input.toString(), "-o", out.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals(List.of("banmian: " + input + ": " + problem), cli.errLines());
        assertEquals("", cli.out());
        assertEquals(before, dirListing(), "no output or temporary file may be left behind");
    }

    @Test
    void jsonToFileWithCallerMetadata() throws IOException {
        Path input = page("page.txt", Cli.SAMPLE_PAGE);
        Path out = dir.resolve("page.json");
        Cli cli = Cli.run("parse", input.toString(), "--paper", "人民日报", "--date", "2018-01-02", "--page", "4",
                "-o", out.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.out());
        JsonNode page = JSON.readTree(out.toFile());
        assertEquals("人民日报", page.at("/page/paper").textValue());
        assertEquals("2018-01-02", page.at("/page/date").textValue());
        assertEquals(4, page.at("/page/number").intValue());
        assertTrue(page.get("articles").isArray());
        assertTrue(page.get("unassigned").isArray());
        assertEquals(List.of("page.json", "page.txt"), dirListing(), "no temporary file left");
    }

    @Test
    void metadataFromFileNameUnlessGiven() throws IOException {
        Path input = page("rmrb2018010207.txt", Cli.SAMPLE_PAGE);
        JsonNode inferred = JSON.readTree(Cli.run("parse", input.toString()).out());
        assertEquals("2018-01-02", inferred.at("/page/date").textValue());
        assertEquals(7, inferred.at("/page/number").intValue());
        JsonNode overridden = JSON.readTree(Cli.run("parse", input.toString(), "--page", "3").out());
        assertEquals(3, overridden.at("/page/number").intValue());
    }

    @Test
    void markdownToStdout() throws IOException {
        Cli cli = Cli.run("parse", page("page.txt", Cli.SAMPLE_PAGE).toString(), "--format", "markdown",
                "--paper", "人民日报", "--date", "2018-01-02", "--page", "1");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("**人民日报 2018年1月2日 星期二 第1版"), cli.out());
    }

    @Test
    void textFormat() throws IOException {
        Cli cli = Cli.run("parse", page("page.txt", Cli.SAMPLE_PAGE).toString(), "-f", "TEXT", "--page", "1");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("第1版"), cli.out());
    }

    @Test
    void severalInputsToStdoutAsJsonLines() throws IOException {
        Path first = page("a.txt", Cli.SAMPLE_PAGE);
        Path second = page("b.txt", Cli.SAMPLE_PAGE);
        Cli cli = Cli.run("parse", first.toString(), second.toString(), "--format", "jsonl");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals(2, lines.size());
        for (String line : lines) {
            assertTrue(JSON.readTree(line).has("articles"));
        }
    }

    @Test
    void severalInputsAsJsonFollowEachOther() throws IOException {
        Path first = page("a.txt", Cli.SAMPLE_PAGE);
        Path second = page("b.txt", Cli.SAMPLE_PAGE);
        Cli cli = Cli.run("parse", first.toString(), second.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(2, JSON.readValues(JSON.createParser(cli.out()), JsonNode.class).readAll().size());
    }

    @Test
    void severalInputsIntoDirectoryOnePerInput() throws IOException {
        Path first = page("a.txt", Cli.SAMPLE_PAGE);
        Path second = page("rmrb2018010207.pdftotext.txt", Cli.SAMPLE_PAGE);
        Path out = dir.resolve("out");
        Cli cli = Cli.run("parse", first.toString(), second.toString(), "-f", "markdown", "-o", out + "/");
        assertEquals(0, cli.exitCode(), cli.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("a.md", "rmrb2018010207.pdftotext.md"),
                    files.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void sameNameTwiceIntoDirectoryIsRefused() throws IOException {
        Path first = page("a.txt", Cli.SAMPLE_PAGE);
        Files.createDirectory(dir.resolve("sub"));
        Path second = page("sub/a.txt", Cli.SAMPLE_PAGE);
        Cli cli = Cli.run("parse", first.toString(), second.toString(), "-o", dir.toString());
        assertEquals(2, cli.exitCode());
        assertEquals(1, cli.errLines().size(), cli.err());
        assertFalse(Files.exists(dir.resolve("a.json")));
    }

    @Test
    void emptyFile() throws IOException {
        assertRejected(bytes("empty.txt", new byte[0]), "empty input");
    }

    @Test
    void binaryFile() throws IOException {
        assertRejected(bytes("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}),
                "binary data (NUL bytes), not a text layer");
    }

    @RealPages
    @Test
    void pagePdfToJsonWithBoxes() throws IOException {
        Path out = dir.resolve("page.json");
        Cli cli = Cli.run("parse", Cli.shared("corpus/rmrb/rmrb2018010507.pdf").toString(), "-o", out.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode tree = new ObjectMapper().readTree(out.toFile());
        assertEquals("2018-01-05", tree.path("page").path("date").asText());
        assertEquals("新征程：明确新目标 谱写新篇章", tree.path("articles").path(0).path("headline").asText());
        assertEquals(4, tree.path("articles").path(0).path("body").path(0).path("bbox").size());
    }

    @RealPages
    @Test
    void everyPageOfAPdfIsAPage() {
        Cli cli = Cli.run("parse", Cli.shared("corpus/misc/pdfplumber_issue-71-duplicate-chars.pdf").toString(), "-f", "jsonl");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> pages = cli.out().lines().toList();
        assertEquals(2, pages.size());
        assertTrue(pages.get(0).contains("\"number\":1"), pages.get(0));
        assertTrue(pages.get(1).contains("\"number\":2"), pages.get(1));
    }

    @RealPages
    @Test
    void everyPageOfAPdfGetsItsOwnFileInADirectory() throws IOException {
        Path out = dir.resolve("out");
        Cli cli = Cli.run("parse", Cli.shared("corpus/misc/pdfplumber_issue-71-duplicate-chars.pdf").toString(), "-o", out + "/");
        assertEquals(0, cli.exitCode(), cli.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("pdfplumber_issue-71-duplicate-chars-p1.json", "pdfplumber_issue-71-duplicate-chars-p2.json"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
        JsonNode second = new ObjectMapper().readTree(out.resolve("pdfplumber_issue-71-duplicate-chars-p2.json").toFile());
        assertEquals(2, second.path("page").path("number").asInt());
    }

    @Test
    void damagedPdfFile() throws IOException {
        assertRejected(bytes("page.pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1)),
                "damaged or unreadable PDF (Missing root object specification in trailer.)");
    }

    @Test
    void fiftyMegabyteFile() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50_000_000);   // sparse: the size check must not need the content
        }
        assertRejected(huge, "47.7 MiB is too large for one page's text (limit text-mib=8; raise it with --limit text-mib=N, or split it)");
    }

    @Test
    void missingFile() throws IOException {
        assertRejected(dir.resolve("nowhere.txt"), "no such file");
    }

    @Test
    void oneBadInputStopsAllOutputAndEveryProblemIsListed() throws IOException {
        Path good = page("good.txt", Cli.SAMPLE_PAGE);
        Path empty = bytes("empty.txt", new byte[0]);
        Path pdf = bytes("scan.txt", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        Path out = dir.resolve("out");
        Cli cli = Cli.run("parse", good.toString(), empty.toString(), pdf.toString(), "-o", out + "/");
        assertEquals(2, cli.exitCode());
        assertEquals(2, cli.errLines().size(), cli.err());
        assertFalse(Files.exists(out), "nothing is written when any input is unusable");
    }

    @Test
    void failedRunKeepsTheOldOutput() throws IOException {
        Path out = Files.writeString(dir.resolve("out.json"), "old");
        Cli cli = Cli.run("parse", bytes("empty.txt", new byte[0]).toString(), "-o", out.toString());
        assertEquals(2, cli.exitCode());
        assertEquals("old", Files.readString(out));
    }

    @Test
    void gb18030Input() throws IOException {
        Path input = bytes("gbk.txt", Cli.SAMPLE_PAGE.getBytes(Charset.forName("GB18030")));
        Cli cli = Cli.run("parse", input.toString(), "-f", "text");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("新年第一天") || cli.out().contains("一年好景君须记"), cli.out());
    }

    @Test
    void standardInput() {
        Cli cli = Cli.runWithStdin(Cli.SAMPLE_PAGE.getBytes(StandardCharsets.UTF_8), "parse", "-", "--page", "2");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(2, readJson(cli.out()).at("/page/number").intValue());
    }

    @Test
    void emptyStandardInput() {
        Cli cli = Cli.runWithStdin(new byte[0], "parse", "-");
        assertEquals(2, cli.exitCode());
        assertEquals(List.of("banmian: <stdin>: empty input"), cli.errLines());
    }

    @Test
    void pageOptionNeedsOneInput() throws IOException {
        Cli cli = Cli.run("parse", page("a.txt", Cli.SAMPLE_PAGE).toString(), page("b.txt", Cli.SAMPLE_PAGE).toString(),
                "--page", "3");
        assertEquals(2, cli.exitCode());
        assertEquals(1, cli.errLines().size(), cli.err());
    }

    @Test
    void unknownFormatIsAOneLineUsageError() throws IOException {
        Cli cli = Cli.run("parse", page("a.txt", Cli.SAMPLE_PAGE).toString(), "--format", "xml");
        assertEquals(2, cli.exitCode());
        assertEquals(1, cli.errLines().size(), cli.err());
        assertTrue(cli.err().startsWith("banmian: "), cli.err());
    }

    private static final String NAMED_PAGE = """
            本报讯 3月5日上午，平遥县经济开发区举行项目签约仪式，5个项目总投资12.5亿元。县长刘文斌表示，开发区将优化服务。
            """;

    @Test
    void enrichedByDefault() throws IOException {
        Cli cli = Cli.run("parse", page("named.txt", NAMED_PAGE).toString(), "--date", "2024-03-06");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode article = readJson(cli.out()).at("/articles/0");
        assertTrue(article.get("entities").toString().contains("\"name\":\"刘文斌\""), article.toString());
        assertEquals("2024-03-05", article.at("/figures/0/resolved").textValue(), article.get("figures").toString());
        assertTrue(article.get("keywords").size() > 0);
    }

    @Test
    void noEnrichLeavesTheFormatFieldsOnly() throws IOException {
        Cli cli = Cli.run("parse", page("named.txt", NAMED_PAGE).toString(), "--no-enrich");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode article = readJson(cli.out()).at("/articles/0");
        for (String field : List.of("entities", "figures", "keywords", "summary")) {
            assertFalse(article.has(field), field);
        }
    }

    @Test
    void entityDictionaryAddsNames() throws IOException {
        Path rules = page("rules.tsv", "person\t平遥\n");
        Cli cli = Cli.run("parse", page("named.txt", "本报讯 平遥今天出席了会议。\n").toString(), "--entity-dict", rules.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("\"name\" : \"平遥\"") || cli.out().contains("\"name\": \"平遥\""), cli.out());
    }

    @Test
    void badEntityDictionaryIsOneLineNamingIt() throws IOException {
        Path input = page("named.txt", NAMED_PAGE);
        Path missing = dir.resolve("missing.tsv");
        Cli cli = Cli.run("parse", input.toString(), "--entity-dict", missing.toString());
        assertEquals(2, cli.exitCode());
        assertEquals(List.of("banmian: " + missing + ": no such file"), cli.errLines());
        Path bad = page("bad.tsv", "surname\t王\n");
        cli = Cli.run("parse", input.toString(), "--entity-dict", bad.toString());
        assertEquals(2, cli.exitCode());
        assertEquals(List.of("banmian: " + bad + ": line 1: unknown kind \"surname\""), cli.errLines());
        assertEquals("", cli.out());
    }

    @Test
    void missingOutputDirectoryIsAWriteError() throws IOException {
        Cli cli = Cli.run("parse", page("a.txt", Cli.SAMPLE_PAGE).toString(), "-o", dir.resolve("no/such/out.json").toString());
        assertEquals(1, cli.exitCode());
        assertEquals(1, cli.errLines().size(), cli.err());
    }

    @Test
    void progressForManyFiles() throws IOException {
        String[] args = new String[3 + Progress.FILE_THRESHOLD + 1];   // one file more than the threshold
        args[0] = "parse";
        args[1] = "-o";
        args[2] = dir.resolve("out").toString() + "/";
        for (int i = 3; i < args.length; i++) {
            args[i] = page("p" + i + ".txt", Cli.SAMPLE_PAGE).toString();
        }
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode(), cli.err());
        assertNotEquals(List.of(), cli.errLines());
        assertTrue(cli.errLines().stream().allMatch(line -> line.startsWith("banmian: parsed ") || line.startsWith("banmian: read ")),
                cli.err());
        int files = Progress.FILE_THRESHOLD + 1;
        assertTrue(cli.errLines().contains("banmian: read " + files + "/" + files), "reading is reported too: it is most of a run over PDFs");
        assertTrue(cli.errLines().contains("banmian: parsed " + files + "/" + files), cli.err());
    }

    @RealPages
    @Test
    void progressThroughTheManyPagesOfOnePdf() throws IOException {
        Path issue = dir.resolve("issue.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument page = org.apache.pdfbox.Loader.loadPDF(Cli.shared("corpus/rmrb/rmrb2018010507.pdf").toFile());
             org.apache.pdfbox.pdmodel.PDDocument many = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (int i = 0; i <= Progress.FILE_THRESHOLD; i++) {
                many.importPage(page.getPage(0));
            }
            many.save(issue.toFile());
        }
        Cli cli = Cli.run("parse", issue.toString(), "-f", "jsonl");
        assertEquals(0, cli.exitCode(), cli.err());
        int pages = Progress.FILE_THRESHOLD + 1;
        assertEquals(pages, cli.out().lines().count());
        assertTrue(cli.errLines().contains("banmian: read " + issue + " page " + pages + "/" + pages), cli.err());
    }

    @Test
    void helpExitsZero() {
        Cli cli = Cli.run("parse", "--help");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().contains("Usage: banmian parse"), cli.out());
    }

    private static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
