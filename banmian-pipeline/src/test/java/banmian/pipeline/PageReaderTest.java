package banmian.pipeline;

import banmian.limits.Limit;
import banmian.limits.Limits;
import banmian.pdf.PdfReader;
import banmian.text.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageReaderTest {
    private static final String PAGE = "人民日报 2018年1月2日 星期二\n一年好景君须记\n本报北京1月1日电 新年第一天，各地群众以多种方式迎接新年。\n";

    @TempDir
    Path dir;

    private final PageReader reader = new PageReader(Limits.DEFAULT);

    private String refusal(PageReader pageReader, Path path) {
        return assertThrows(InputException.class, () -> pageReader.readFile(path, path.getFileName().toString(),
                PdfReader.PageProgress.NONE)).getMessage();
    }

    @Test
    void aTextOverTheLimitIsRefusedUnlessTheLimitIsRaised() throws Exception {
        Path big = Files.write(dir.resolve("big.txt"), PAGE.repeat(60_000).getBytes(StandardCharsets.UTF_8));
        assertEquals("big.txt: 8.4 MiB is too large for one page's text (limit text-mib=8; raise it with --limit text-mib=N,"
                + " or split it)", refusal(reader, big));
        PageReader raised = new PageReader(Limits.DEFAULT.with(Map.of("text-mib", "16", "page-lines", "200000")));
        assertTrue(((PageInput.Text) raised.readFile(big, "big.txt", PdfReader.PageProgress.NONE)).text().startsWith("人民日报"));
    }

    @Test
    void anEndlessStreamCostsNoMoreThanTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        InputException e = assertThrows(InputException.class, () -> reader.readStream(endless, "<stdin>", "stdin",
                PdfReader.PageProgress.NONE));
        assertEquals("<stdin>: more than 8 MiB is too large for one page's text (limit text-mib=8; raise it with --limit"
                + " text-mib=N, or split it)", e.getMessage());
    }

    @Test
    void onlyRegularFilesAreRead() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertEquals("pipe.txt: is not a regular file (a device, FIFO or socket); give a page file", refusal(reader, fifo));
        assertEquals("zero: is not a regular file (a device, FIFO or socket); give a page file", refusal(reader, Path.of("/dev/zero")));
        assertEquals("folder: is a directory; give the page files in it", refusal(reader, Files.createDirectory(dir.resolve("folder"))));
    }

    @Test
    void linesAndLineLengthsAreBoundedTrailingSpacesAside() throws IOException {
        PageReader small = new PageReader(Limits.DEFAULT.with(Limit.PAGE_LINES, 100).with(Limit.LINE_CHARS, 50));
        Path manyLines = Files.writeString(dir.resolve("lines.txt"), "一行。\n".repeat(101));
        assertEquals("lines.txt: the text has 102 lines (limit page-lines=100; raise it with --limit page-lines=N)",
                refusal(small, manyLines));
        Path longLine = Files.writeString(dir.resolve("long.txt"), PAGE + "中".repeat(51) + "\n");
        assertEquals("long.txt: line 4 has 51 characters (limit line-chars=50; raise it with --limit line-chars=N)",
                refusal(small, longLine));
        Path padded = Files.writeString(dir.resolve("padded.txt"), PAGE + "中".repeat(50) + " ".repeat(100_000) + "\n");
        assertTrue(assertDoesNotThrow(small, padded).startsWith("人民日报"));
    }

    private static String assertDoesNotThrow(PageReader pageReader, Path path) {
        try {
            return ((PageInput.Text) pageReader.readFile(path, path.getFileName().toString(), PdfReader.PageProgress.NONE)).text();
        } catch (InputException e) {
            throw new AssertionError("refused: " + e.getMessage(), e);
        }
    }
}
