package banmian.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void directoryOfPages() throws IOException {
        Path example = Path.of("../examples/sample-page.txt");   // tests run in the module's folder
        Files.copy(example, dir.resolve("a.txt"));
        Files.copy(example, Files.createDirectories(dir.resolve("sub")).resolve("b.txt"));   // folders are walked
        Files.writeString(dir.resolve("notes.md"), "not a page");
        BenchCli cli = BenchCli.run("bench", "--iterations", "2", "--warmup", "1", "--min-seconds", "0", dir.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertTrue(lines.get(0).startsWith("2 pages ("), cli.out());
        assertTrue(lines.get(0).contains("2 timed passes after 1 warm-up"), cli.out());
        assertTrue(lines.get(1).matches("[0-9.]+ pages/s  [0-9.]+ MB/s  [0-9.]+ µs/page mean"), cli.out());
    }

    @Test
    void badPageStopsTheBenchmark() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        BenchCli cli = BenchCli.run("bench", empty.toString());
        assertEquals(2, cli.exitCode());
        assertEquals(List.of("banmian: " + empty + ": empty input"), cli.errLines());
    }

    @Test
    void directoryWithoutPages() {
        BenchCli cli = BenchCli.run("bench", dir.toString());
        assertEquals(2, cli.exitCode());
        assertEquals(List.of("banmian: " + dir + ": no *.txt files in this directory"), cli.errLines());
    }
}
