package banmian.cli;

import banmian.archive.Archive;
import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Page;
import banmian.model.PageMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** banmian export: packages and single files from an archive, and one-line errors. */
class ExportCommandTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    @TempDir
    Path dir;

    private static Page page(int number, String headline, String body, Integer continuedTo, Integer continuedFrom) {
        Article article = new Article(null, new Block(BlockType.HEADLINE, headline), null, null, null, null,
                List.of(new Block(BlockType.PARAGRAPH, body)), List.of(), continuedTo, continuedFrom);
        return new Page(new PageMeta("晋中日报", DAY, number, null), List.of(article), List.of());
    }

    private Path archive() throws IOException {
        Path data = dir.resolve("data");
        try (Archive archive = Archive.openForWriting(data)) {
            archive.add(page(1, "城区老旧管网改造全面启动", "今年我市将改造城区老旧供水管网一百二十公里，", 2, null), "a");
            archive.add(page(2, "城区老旧管网改造全面启动", "预计十月底前全部完工。", null, 1), "b");
            archive.flush();
        }
        return data;
    }

    @Test
    void anIssueIsAMetsPackage() throws IOException {
        Path data = archive();
        Path out = dir.resolve("out");
        Cli export = Cli.run("export", "--data", data.toString(), "--paper", "晋中日报", "--date", "2024-05-06", "--out", out.toString());
        assertEquals(0, export.exitCode(), export.err());
        try (var files = Files.list(out)) {
            assertEquals(List.of("mets.xml", "p01.alto.xml", "p01.json", "p02.alto.xml", "p02.json"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
        String mets = Files.readString(out.resolve("mets.xml"), StandardCharsets.UTF_8);
        assertEquals(1, mets.split("TYPE=\"ARTICLE\"", -1).length - 1, "the continued report is one article: " + mets);
        assertTrue(mets.contains("BEGIN=\"P2_A1_B2\""), mets);
        assertTrue(Files.readString(out.resolve("p02.alto.xml")).contains("CONTENT=\"预计十月底前全部完工。\""));
        assertTrue(export.err().contains("2 pages of 晋中日报 2024-05-06 exported as mets to " + out), export.err());
    }

    @Test
    void onePageAsAltoOrJsonIsOneFile() throws IOException {
        Path data = archive();
        Path alto = dir.resolve("p2.xml");
        Cli export = Cli.run("export", "--data", data.toString(), "--paper", "jinzhongribao", "--date", "2024-05-06", "--page", "2",
                "--format", "ALTO", "--out", alto.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(Files.readString(alto).contains("<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\""));
        Path json = dir.resolve("json/p2.json");
        Cli asJson = Cli.run("export", "--data", data.toString(), "--paper", "晋中日报", "--date", "2024-05-06", "--page", "2",
                "--format", "json", "--out", json.toString());
        assertEquals(0, asJson.exitCode(), asJson.err());
        assertEquals(Files.readString(data.resolve("pages/jinzhongribao/2024-05-06/p02.json")), Files.readString(json),
                "the page JSON as the archive keeps it");
    }

    @Test
    void whatTheArchiveDoesNotHoldIsOneLineAndNothingIsWritten() throws IOException {
        Path data = archive();
        Path out = dir.resolve("none");
        Cli noPage = Cli.run("export", "--data", data.toString(), "--paper", "晋中日报", "--date", "2024-05-06", "--page", "7",
                "--out", out.toString());
        assertEquals(UserError.BAD_INPUT, noPage.exitCode());
        assertEquals(List.of("banmian: no page 7 of 晋中日报 on 2024-05-06 in the archive at " + data), noPage.errLines());
        Cli noIssue = Cli.run("export", "--data", data.toString(), "--paper", "晋中日报", "--date", "2024-05-07", "--out", out.toString());
        assertEquals(List.of("banmian: no pages of 晋中日报 on 2024-05-07 in the archive at " + data), noIssue.errLines());
        Cli noArchive = Cli.run("export", "--data", dir.resolve("absent").toString(), "--paper", "晋中日报", "--date", "2024-05-06",
                "--out", out.toString());
        assertEquals(UserError.BAD_INPUT, noArchive.exitCode());
        assertTrue(noArchive.err().contains("no archive at"), noArchive.err());
        Cli badFormat = Cli.run("export", "--data", data.toString(), "--paper", "晋中日报", "--date", "2024-05-06", "--format", "pdf",
                "--out", out.toString());
        assertEquals(UserError.BAD_INPUT, badFormat.exitCode());
        assertTrue(badFormat.err().contains("'pdf' is not a format: give mets, alto or json"), badFormat.err());
        assertTrue(Files.notExists(out), "nothing written for an export that cannot start");

        Files.writeString(dir.resolve("taken"), "a file");
        Cli cannotWrite = Cli.run("export", "--data", data.toString(), "--paper", "晋中日报", "--date", "2024-05-06",
                "--out", dir.resolve("taken").toString());
        assertEquals(UserError.CANNOT_WRITE, cannotWrite.exitCode(), cannotWrite.err());
        assertEquals(1, cannotWrite.errLines().size(), cannotWrite.err());
        assertTrue(cannotWrite.err().startsWith("banmian: " + dir.resolve("taken")), cannotWrite.err());
    }
}
