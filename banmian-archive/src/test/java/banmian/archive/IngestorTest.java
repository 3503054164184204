package banmian.archive;

import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ingesting real pages from files: resumable, idempotent, and a bad file costs only itself. */
class IngestorTest {
    @TempDir
    Path dir;

    private static final PageMeta PEOPLES_DAILY = new PageMeta("人民日报", null, null, null);

    /** Listener that keeps what it is told. */
    static final class Recorder implements Ingestor.Listener {
        final List<String> problems = new ArrayList<>();
        int lastDone;

        @Override
        public void fileDone(int done, int total) {
            lastDone = done;
        }

        @Override
        public void problem(String message) {
            problems.add(message);
        }
    }

    /** The development pages' pdfminer text under their archive names (rmrb2018010207.txt …). */
    static Path pageFolder(Path dir, int count) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pages"));
        try (Stream<Path> texts = Files.list(SharedCorpus.directory().resolve("corpus/rmrb/text"))) {
            for (Path text : texts.filter(path -> path.toString().endsWith(".pdfminer.txt")).sorted().limit(count).toList()) {
                String stem = text.getFileName().toString().substring(0, "rmrb2018010207".length());
                Files.copy(text, folder.resolve(stem + ".txt"));
            }
        }
        return folder;
    }

    static Ingestor.Summary ingest(Path data, List<Path> inputs, Recorder recorder) throws IOException {
        try (Archive archive = Archive.openForWriting(data)) {
            return Ingestor.ingest(archive, inputs, new Ingestor.Options(PEOPLES_DAILY, false, 2, 2), recorder);
        }
    }

    @RealPages
    @Test
    void aFolderOfPagesIsIngestedAndASecondRunSkipsThem() throws IOException {
        Path folder = pageFolder(dir, 4);
        Recorder first = new Recorder();
        Ingestor.Summary summary = ingest(dir.resolve("data"), List.of(folder), first);
        assertEquals(4, summary.files());
        assertEquals(4, summary.pages());
        assertEquals(List.of(), summary.errors());
        assertEquals(4, first.lastDone);
        assertTrue(summary.articles() >= 12, "three or more articles a page: " + summary.articles());
        try (Archive archive = Archive.openForReading(dir.resolve("data"))) {
            assertEquals(4, archive.pageCount());
            assertTrue(archive.page("人民日报", java.time.LocalDate.of(2018, 1, 2), 7).isPresent(), "date and page from the file name");
            assertTrue(archive.search(SearchQuery.of("新时代")).total() > 0);
        }
        Ingestor.Summary again = ingest(dir.resolve("data"), List.of(folder), new Recorder());
        assertEquals(0, again.pages());
        assertEquals(4, again.skipped());
    }

    @RealPages
    @Test
    void aChangedFileIsIngestedAgainAndReplacesItsPage() throws IOException {
        Path folder = pageFolder(dir, 2);
        ingest(dir.resolve("data"), List.of(folder), new Recorder());
        Path first;
        try (Stream<Path> files = Files.list(folder)) {
            first = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(first, Files.readString(first) + "\n本报讯 新增的一段简讯，说明页面被重新导入。\n");
        Ingestor.Summary again = ingest(dir.resolve("data"), List.of(folder), new Recorder());
        assertEquals(1, again.pages());
        assertEquals(1, again.skipped());
        try (Archive archive = Archive.openForReading(dir.resolve("data"))) {
            assertEquals(2, archive.pageCount());
            assertEquals(1, archive.search(SearchQuery.of("重新导入")).total());
        }
    }

    @RealPages
    @Test
    void twoFilesGivingOnePageDoNotOverwriteEachOther() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("both"));
        Files.copy(SharedCorpus.directory().resolve("corpus/rmrb/rmrb2018010207.pdf"), folder.resolve("rmrb2018010207.pdf"));
        Files.copy(SharedCorpus.directory().resolve("corpus/rmrb/text/rmrb2018010207.pdfminer.txt"), folder.resolve("rmrb2018010207.txt"));
        Recorder recorder = new Recorder();
        Ingestor.Summary summary = ingest(dir.resolve("data"), List.of(folder), recorder);
        assertEquals(1, summary.pages());
        assertEquals(List.of(folder.resolve("rmrb2018010207.txt") + ": gives page renminribao-2018-01-02-p07 again, as "
                + folder.resolve("rmrb2018010207.pdf") + " does in this run; kept that one"), summary.errors());
        try (Archive archive = Archive.openForReading(dir.resolve("data"))) {
            Page page = archive.page("人民日报", java.time.LocalDate.of(2018, 1, 2), 7).orElseThrow();
            assertEquals("新时代：发展新方位 奋进新目标", page.articles().get(0).headlineText(), "the page PDF, first in file order, is kept");
        }
    }

    @Test
    void aBig5PageIsReadAsTraditionalTextAndFoundBySimplifiedWords() throws IOException {
        // Big5 bytes are valid GB18030 too; read so, this page would be ingested as mojibake.
        String page = """
                人民日報 2024年3月11日 星期一
                全國政協十四屆二次會議閉幕
                新華社北京3月10日電 中國人民政治協商會議第十四屆全國委員會第二次會議圓滿完成各項議程，\
                10日上午在人民大會堂閉幕。會議號召，人民政協各參加單位、各級組織和廣大政協委員，\
                要更加緊密地團結在一起，同心同德、群策群力，不斷開創新時代人民政協工作新局面。
                """;
        Path folder = Files.createDirectories(dir.resolve("big5"));
        Files.write(folder.resolve("rmrb2024031101.txt"), page.getBytes(Charset.forName("x-windows-950")));
        Ingestor.Summary summary = ingest(dir.resolve("data"), List.of(folder), new Recorder());
        assertEquals(List.of(), summary.errors());
        assertEquals(1, summary.pages());
        try (Archive archive = Archive.openForReading(dir.resolve("data"))) {
            SearchResults results = archive.search(SearchQuery.of("人民大会堂闭幕"));
            assertEquals(1, results.total(), "the simplified words find the traditional text");
            String snippet = results.hits().get(0).snippet();
            assertTrue(snippet.contains("人民大會堂"), "the text is kept as printed: " + snippet);
            assertEquals(1, archive.search(SearchQuery.of("政协工作新局面")).total());
        }
    }

    @RealPages
    @Test
    void aBadFileIsReportedAndTheOthersGoIn() throws IOException {
        Path folder = pageFolder(dir, 2);
        Files.write(folder.resolve("rmrb2018019907.txt"), new byte[]{0, 1, 2, 3, 0, 0, 7});
        Files.writeString(folder.resolve("notes.txt"), "本报讯 一段没有日期也没有版次的文字。\n");
        Recorder recorder = new Recorder();
        Ingestor.Summary summary = ingest(dir.resolve("data"), List.of(folder), recorder);
        assertEquals(4, summary.files());
        assertEquals(2, summary.pages());
        assertEquals(2, summary.errors().size(), summary.errors().toString());
        assertEquals(summary.errors(), recorder.problems);
        assertTrue(summary.errors().stream().anyMatch(error -> error.contains("notes.txt") && error.contains("no date")), summary.errors().toString());
        assertTrue(summary.errors().stream().anyMatch(error -> error.contains("rmrb2018019907.txt")), summary.errors().toString());
    }
}
