package banmian.cli;

import banmian.archive.Archive;
import banmian.archive.Ingestor;
import banmian.limits.Limits;
import banmian.pipeline.AtomicFile;
import banmian.server.ArchiveServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = {
        "Serve the web reader and the REST API over the archive until stopped (Ctrl-C);",
        "page files or folders given are ingested first (as banmian ingest would).",
        "Open http://HOST:PORT/ in a browser; the API is under /api (search, articles, pages, ingest, health)."})
final class ServeCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--read-only", description = "Search and read only, no uploads (beside a running ingest).")
    boolean readOnly;

    @Parameters(arity = "0..*", paramLabel = "DIR|FILE", description = "Pages to ingest before serving.")
    List<Path> inputs = List.of();

    @Mixin
    MetaOptions metaOptions;

    @Mixin
    DataOption dataOption;

    @Mixin
    LimitOptions limitOptions;

    ServeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws UserError, InterruptedException {
        IngestCommand.checkInputs(inputs);
        if (readOnly && !inputs.isEmpty()) {
            throw UserError.badInput("--read-only serves the archive as it is; ingest the files first, or leave out --read-only");
        }
        Limits limits = limitOptions.limits();
        checkPortFree();
        Archive archive;
        try {
            archive = readOnly ? Archive.openForReading(dataOption.data) : Archive.openForWriting(dataOption.data);
        } catch (IOException e) {
            throw UserError.badInput(IoProblems.describe(dataOption.data, e));
        }
        if (!inputs.isEmpty()) {
            try {
                IngestCommand.ingest(archive, inputs, new Ingestor.Options(metaOptions.meta(), true,
                        Runtime.getRuntime().availableProcessors(), Ingestor.DEFAULT_BATCH, limits), terminal, dataOption.data);
            } catch (IOException e) {
                closeQuietly(archive);
                throw UserError.cannotWrite(IoProblems.describe(dataOption.data, e));
            }
        }
        ArchiveServer server;
        try {
            server = ArchiveServer.start(archive, !readOnly, host, port, limits, uploadToken());
        } catch (RuntimeException e) {
            closeQuietly(archive);
            throw UserError.badInput("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            closeQuietly(archive);
            stopped.countDown();
        }));
        terminal.err().println("banmian: serving " + dataOption.data + " at http://" + host + ":" + server.port() + "/ (Ctrl-C stops)");
        if (!readOnly) {
            terminal.err().println("banmian: uploads (POST /api/ingest) need the header 'Authorization: Bearer TOKEN' with the token in "
                    + dataOption.data.resolve(TOKEN_FILE));
        }
        terminal.err().flush();
        stopped.await();
        return 0;
    }

    /** Where the upload token is kept for the archive's owner (readable by the owner only). */
    static final String TOKEN_FILE = "upload-token";
    /** A token the user chose (scripts, several servers on one archive); otherwise a new one each start. */
    static final String TOKEN_VARIABLE = "BANMIAN_UPLOAD_TOKEN";

    /** The upload token: the environment's, or a fresh one, written to the data directory for the owner. */
    private String uploadToken() throws UserError {
        if (readOnly) {
            return ArchiveServer.newUploadToken();   // no uploads: a secret nobody knows
        }
        String chosen = System.getenv(TOKEN_VARIABLE);
        String token = chosen == null || chosen.isBlank() ? ArchiveServer.newUploadToken() : chosen.strip();
        Path file = dataOption.data.resolve(TOKEN_FILE);
        try (AtomicFile out = AtomicFile.create(file)) {
            out.stream().write((token + "\n").getBytes(StandardCharsets.UTF_8));
            out.commit();
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // No POSIX permissions on this file system: the file keeps the directory's.
        } catch (IOException e) {
            throw UserError.cannotWrite(IoProblems.describe(file, e));
        }
        return token;
    }

    /** A port in use is found before the archive is opened (or created) and files are ingested. */
    private void checkPortFree() throws UserError {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw UserError.badInput("cannot listen on " + host + ":" + port + ": " + IoProblems.describe(e));
        }
    }

    private static void closeQuietly(Archive archive) {
        try {
            archive.close();
        } catch (IOException ignored) {
            // Stopping anyway; Lucene keeps the last commit.
        }
    }
}
