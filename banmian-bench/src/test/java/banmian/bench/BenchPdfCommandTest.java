package banmian.bench;

import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealPages
class BenchPdfCommandTest {
    @Test
    void reportsBothSidesAndTheRatio() {
        String pdf = SharedCorpus.directory().resolve("corpus/rmrb/rmrb2018010207.pdf").toString();
        BenchCli cli = BenchCli.run("bench-pdf", "--min-seconds", "0.05", pdf);
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals("1 PDFs, 1 pages, one thread", lines.get(0), cli.out());
        assertTrue(lines.get(1).matches("PDFTextStripper +[0-9.]+ pages/s +[0-9.]+ ms/page"), cli.out());
        assertTrue(lines.get(2).matches("banmian PDF path +[0-9.]+ pages/s +[0-9.]+ ms/page  \\([0-9.]+ x the stripper's time\\)"), cli.out());
    }

    @Test
    void textFileIsRefused() {
        String text = SharedCorpus.directory().resolve("corpus/rmrb/text/rmrb2018010207.pdftotext.txt").toString();
        BenchCli cli = BenchCli.run("bench-pdf", text);
        assertEquals(2, cli.exitCode());
        assertEquals(List.of("banmian: " + text + ": is not a PDF"), cli.errLines());
    }
}
