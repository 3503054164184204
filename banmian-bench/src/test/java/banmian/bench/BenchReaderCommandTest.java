package banmian.bench;

import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchReaderCommandTest {
    @TempDir
    Path dir;

    @RealPages
    @Test
    void reportsTheFirstRenderAndThePageViewsAfterIt() {
        String pdf = SharedCorpus.directory().resolve("corpus/rmrb/rmrb2018010207.pdf").toString();
        BenchCli cli = BenchCli.run("bench-reader", "--views", "5", pdf);
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals(2, lines.size(), cli.out());
        assertTrue(lines.get(0).matches("first render: 1 pages, p50 [0-9]+ ms, max [0-9]+ ms \\(PDFBox, 1600 px wide JPEG\\)"), cli.out());
        assertTrue(lines.get(1).startsWith("page view after the first render: 5 views on one client, HTML + image p50 "), cli.out());
    }

    @Test
    void textLayersHaveNoPageToView() throws Exception {
        Path text = Files.writeString(dir.resolve("rmrb2024050803.txt"), "滨河公园樱花进入盛花期\n本报讯　连日来，滨河公园的樱花进入盛花期。\n");
        BenchCli cli = BenchCli.run("bench-reader", text.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("no page of these files was kept with its image"), cli.err());
    }
}
