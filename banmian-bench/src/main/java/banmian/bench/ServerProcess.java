package banmian.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code banmian serve} over an archive in a JVM of its own, as it runs in production, so that its
 * heap is its own and bounded: {@code -Xmx} the given limit, {@code -XX:+ExitOnOutOfMemoryError} (an
 * {@code OutOfMemoryError} ends the server, which the soak sees), {@code -Xlog:gc} to a file read
 * afterwards ({@link GcLog}). It runs from this JVM's own class path (the test class path under
 * Maven, which holds banmian-cli's classes before any jar is packaged; banmian-bench.jar, which holds
 * them all, from the command line), through {@link ServerChild}, which ends it when this JVM ends.
 * Closing it stops it (forcibly after {@link #STOP_GRACE}); a shutdown hook does the same if this JVM
 * exits first.
 */
final class ServerProcess implements AutoCloseable {
    /** serve's line on its standard error once it listens: {@code … at http://127.0.0.1:PORT/ (Ctrl-C stops)}. */
    private static final Pattern LISTENING = Pattern.compile(" at (http://127\\.0\\.0\\.1:\\d++/)");
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** The token's variable, as serve reads it (a command line shows in {@code ps}). */
    private static final String TOKEN_VARIABLE = "BANMIAN_UPLOAD_TOKEN";

    private final Process process;
    private final Path output;
    private final Path gcLog;
    private final long maxHeapBytes;
    private final Thread killer;
    private URI base;

    private ServerProcess(Process process, Path output, Path gcLog, long maxHeapBytes) {
        this.process = process;
        this.output = output;
        this.gcLog = gcLog;
        this.maxHeapBytes = maxHeapBytes;
        this.killer = new Thread(process::destroyForcibly, "soak server killer");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /**
     * Serves the archive in {@code data} on a free loopback port, with the write token {@code token},
     * {@code limits} as serve's {@code --limit NAME=VALUE}, a heap of {@code heapMib} MiB at most; its
     * output and GC log go to {@code work}. Returns once it listens (at most {@code startup}).
     */
    static ServerProcess start(Path data, String token, Map<String, String> limits, int heapMib, Path work, Duration startup)
            throws IOException, InterruptedException {
        Path output = work.resolve("server-output.txt");
        Path gcLog = work.resolve("server-gc.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMib + "m", "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog,
                "-cp", System.getProperty("java.class.path"), ServerChild.class.getName(),
                "serve", "--host", "127.0.0.1", "--port", "0", "--data", data.toString()));
        limits.forEach((name, value) -> command.addAll(List.of("--limit", name + "=" + value)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put(TOKEN_VARIABLE, token);
        ServerProcess server = new ServerProcess(builder.start(), output, gcLog, (long) heapMib << 20);
        try {
            server.base = server.awaitListening(startup);
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private URI awaitListening(Duration startup) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + startup.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(output());
            if (listening.find()) {
                return URI.create(listening.group(1));
            }
            if (!process.isAlive()) {
                throw new IOException("the server ended (status " + process.exitValue() + ") before listening: " + output());
            }
            Thread.sleep(100);
        }
        throw new IOException("the server did not listen within " + startup.toSeconds() + " s: " + output());
    }

    URI base() {
        return base;
    }

    long maxHeapBytes() {
        return maxHeapBytes;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The processor time the server has used so far (zero where the system does not say). */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Everything the server wrote to its standard output and error so far. */
    String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** An {@code OutOfMemoryError} the JVM ended on ({@code Terminating due to …}) or the server logged. */
    boolean ranOutOfMemory() throws IOException {
        return output().contains("OutOfMemoryError");
    }

    /** The heap as the server's collector logged it so far. */
    GcLog.Figures heap() throws IOException {
        return GcLog.read(gcLog);
    }

    /** Stops the server: asked first (its archive closed), forcibly after {@link #STOP_GRACE} or when this thread is interrupted. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            process.destroy();
            process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (IOException alreadyGone) {
            // Its end of the pipe is closed: it ended, or it is ended below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs anyway: it kills a process that is gone, which does nothing.
            }
        }
    }
}
