package banmian.cli;

import banmian.testing.RealPages;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The hostile-input suite: every case of {@link HostileCases} goes through {@code banmian parse} as a
 * user would run it, and must end within its budget with exit status 0 or 2, say what it has to say
 * in one-line messages (no stack trace, stderr under 64 KB, library output included), and leave
 * either complete output or nothing at all, and nothing outside its folder.
 */
class HostileInputTest {
    /** The bound: every case under 30 s a page; the cases here are one page or refused. */
    private static final long CASE_SECONDS = 30;
    private static final int STDERR_BYTES = 64 * 1024;
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s*at [\\w$.]+\\(.*\\)$|Exception in thread|^\\s*Caused by: ");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PrintStream realErr;
    private static BoundedCapture libraryErr;
    private static final List<String> REPORT = new ArrayList<>();

    @TempDir
    static Path work;

    @BeforeAll
    static void start() {
        realErr = System.err;
        libraryErr = new BoundedCapture();
        System.setErr(new PrintStream(libraryErr, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        System.setErr(realErr);
        System.out.println("hostile-input suite: case, exit, seconds, stderr bytes");
        REPORT.forEach(System.out::println);
    }

    @TestFactory
    Stream<DynamicTest> craftedPdfs() {
        return tests(HostileCases.craftedPdfs());
    }

    @TestFactory
    Stream<DynamicTest> craftedTexts() {
        return tests(HostileCases.craftedTexts());
    }

    @TestFactory
    Stream<DynamicTest> specialFiles() {
        return tests(HostileCases.specialFiles());
    }

    @RealPages
    @TestFactory
    Stream<DynamicTest> mutatedRealPdfs() throws IOException {
        List<HostileCases.Case> cases = new ArrayList<>();
        cases.addAll(HostileCases.pdfMutations(Cli.shared("corpus/rmrb/rmrb2018010207.pdf"), 40, 25));
        cases.addAll(HostileCases.pdfMutations(Cli.shared("corpus/rmrb/rmrb2018011707.pdf"), 15, 10));
        cases.addAll(HostileCases.pdfMutations(Cli.shared("corpus/misc/pdfplumber_issue-71-duplicate-chars.pdf"), 15, 5));
        return tests(cases);
    }

    @RealPages
    @TestFactory
    Stream<DynamicTest> mutatedRealTexts() throws IOException {
        List<HostileCases.Case> cases = new ArrayList<>();
        cases.addAll(HostileCases.textMutations(Cli.shared("samples/luliang-2024-03-11-p1.txt"), 10));
        cases.addAll(HostileCases.textMutations(Cli.shared("corpus/rmrb/text/rmrb2018010307.pdftotext.txt"), 5));
        return tests(cases);
    }

    /**
     * {@code ingest} of a folder of crafted files beside a good page: each bad file costs only itself
     * (one line naming it), the good page goes in, and nothing is written outside the data directory.
     */
    @RealPages
    @org.junit.jupiter.api.Test
    void ingestOfAFolderOfHostileFiles() throws Exception {
        Path folder = Files.createTempDirectory(work, "ingest");
        Path pages = Files.createDirectories(folder.resolve("pages"));
        Path data = folder.resolve("data");
        List<HostileCases.Case> cases = new ArrayList<>();
        cases.addAll(HostileCases.craftedPdfs().subList(0, 4));
        cases.addAll(HostileCases.craftedTexts());
        for (HostileCases.Case hostile : cases) {
            Path made = hostile.maker().make(Files.createDirectories(pages.resolve("case" + cases.indexOf(hostile))));
            // Ingest walks folders for .txt and .pdf files: give every case a page name it can file.
            Files.move(made, made.resolveSibling("rmrb20180102" + String.format(Locale.ROOT, "%02d", cases.indexOf(hostile) + 10)
                    + (made.toString().endsWith(".pdf") ? ".pdf" : ".txt")));
        }
        Files.copy(Cli.shared("samples/luliang-2024-03-11-p1.txt"), pages.resolve("luliang2024031101.txt"));
        libraryErr.reset();
        BoundedCapture out = new BoundedCapture();
        BoundedCapture err = new BoundedCapture();
        int exit = Main.execute(new ByteArrayInputStream(new byte[0]), out, err, "ingest", pages.toString(), "--data", data.toString(),
                "--paper", "吕梁日报", "--date", "2024-03-11", "--no-enrich", "--threads", "2");
        String errText = err.text() + libraryErr.text();
        assertEquals(2, exit, errText);
        assertTrue(err.count() + libraryErr.count() < STDERR_BYTES, errText);
        for (String line : errText.lines().toList()) {
            assertTrue(!STACK_FRAME.matcher(line).find(), "a stack trace on stderr: " + line);
        }
        assertTrue(errText.matches("(?s).*\\b[1-9]\\d* pages ingested.*"), errText);
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of("data", "pages"), left.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }

    private Stream<DynamicTest> tests(List<HostileCases.Case> cases) {
        return cases.stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> run(hostile)));
    }

    /** Runs one case in a folder of its own and checks everything the issue asks of the outcome. */
    private void run(HostileCases.Case hostile) throws Exception {
        Path folder = Files.createTempDirectory(work, "case");
        Path inputs = Files.createDirectories(folder.resolve("in"));
        Path outputs = Files.createDirectories(folder.resolve("out"));
        Path input = hostile.maker().make(inputs);
        List<String> args = new ArrayList<>(List.of("parse"));
        // Options may name files made beside the input: IN stands for the inputs' folder.
        hostile.options().forEach(option -> args.add(option.replace("IN/", inputs + "/")));
        args.addAll(List.of(input.toString(), "-o", outputs + "/"));
        libraryErr.reset();
        BoundedCapture out = new BoundedCapture();
        BoundedCapture err = new BoundedCapture();
        long start = System.nanoTime();
        // A thread per case, a daemon: a case that hangs fails its test without holding up the others or the JVM.
        ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "hostile-case");
            thread.setDaemon(true);
            return thread;
        });
        Future<Integer> run = runner.submit(() -> Main.execute(new ByteArrayInputStream(new byte[0]), out, err, args.toArray(String[]::new)));
        runner.shutdown();
        int exit;
        try {
            exit = run.get(CASE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            fail(hostile + ": still running after " + CASE_SECONDS + " s (a hang)");
            return;
        } catch (ExecutionException e) {
            fail(hostile + ": the command threw " + e.getCause(), e.getCause());
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String errText = err.text() + libraryErr.text();
        REPORT.add(String.format(Locale.ROOT, "%-60s %d %6.2f %6d  %s", hostile.name(), exit, seconds, err.count() + libraryErr.count(),
                errText.lines().reduce((a, b) -> b).orElse("")));

        assertTrue(exit == 0 || exit == 2, hostile + ": exit status " + exit + "\n" + errText);
        if (hostile.exit() != null) {
            assertEquals(hostile.exit(), exit, hostile + ": exit status\n" + errText);
            assertTrue(errText.contains(hostile.says()), hostile + ": stderr should say '" + hostile.says() + "'\n" + errText);
        }
        assertTrue(err.count() + libraryErr.count() < STDERR_BYTES, hostile + ": " + (err.count() + libraryErr.count()) + " bytes on stderr");
        for (String line : errText.lines().toList()) {
            assertTrue(!STACK_FRAME.matcher(line).find(), hostile + ": a stack trace on stderr: " + line);
            assertTrue(line.startsWith("banmian: "), hostile + ": not a banmian message: " + line);
        }
        assertEquals("", out.text(), hostile + ": output went to stdout although -o was given");
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of("in", "out"), left.map(path -> path.getFileName().toString()).sorted().toList(),
                    hostile + ": files written outside the output folder");
        }
        List<Path> written;
        try (Stream<Path> files = Files.list(outputs)) {
            written = files.toList();
        }
        if (exit == 2) {
            assertEquals(List.of(), written, hostile + ": refused, yet files were written");
            assertTrue(errText.lines().anyMatch(line -> line.startsWith("banmian: " + input) || line.startsWith("banmian: " + inputs + "/")),
                    hostile + ": the error does not name the file: " + errText);
        } else {
            assertTrue(!written.isEmpty(), hostile + ": exit 0 without output");
            for (Path file : written) {
                assertTrue(!file.getFileName().toString().startsWith("."), hostile + ": a temporary file was left: " + file);
                JSON.readTree(file.toFile());
            }
        }
        assertTrue(seconds < CASE_SECONDS, hostile + ": took " + seconds + " s");
    }

    /** Keeps the first 64 KB written and counts the rest, so a flood cannot exhaust the test's heap. */
    private static final class BoundedCapture extends OutputStream {
        private final byte[] kept = new byte[STDERR_BYTES];
        private long count;

        @Override
        public synchronized void write(int b) {
            if (count < kept.length) {
                kept[(int) count] = (byte) b;
            }
            count++;
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            int keep = (int) Math.max(0, Math.min(length, kept.length - count));
            if (keep > 0) {
                System.arraycopy(bytes, offset, kept, (int) count, keep);
            }
            count += length;
        }

        synchronized void reset() {
            count = 0;
        }

        synchronized long count() {
            return count;
        }

        synchronized String text() {
            return new String(kept, 0, (int) Math.min(count, kept.length), StandardCharsets.UTF_8);
        }
    }
}
