package banmian.cli;

import banmian.archive.Archive;
import banmian.archive.Ingestor;
import banmian.limits.Limits;
import banmian.pipeline.AtomicFile;
import banmian.server.ArchiveServer;
import banmian.server.CorsPolicy;
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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = {
        "Serve the web reader and the REST API over the archive until stopped (Ctrl-C);",
        "page files or folders given are ingested first (as banmian ingest would).",
        "Open http://HOST:PORT/ in a browser; the API is under /api, described by /api/openapi.json.",
        "Reads are open; writes need the token (--token)."})
final class ServeCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--read-only", description = "Search and read only, no writes (beside a running ingest).")
    boolean readOnly;

    @Option(names = "--token", paramLabel = "TOKEN", description = {
            "The token writes (uploads, page deletes and replacements) must send as 'Authorization: Bearer TOKEN':",
            "16 or more of A-Z a-z 0-9 - . _ ~ + / (then = signs). Default: the variable BANMIAN_UPLOAD_TOKEN when set,",
            "else a new one at every start. Either way it is kept in DATA/upload-token, readable by its owner only.",
            "A command line can be seen by other users of the machine: prefer the variable there."})
    String token;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", converter = OptionConverters.CorsOrigin.class, description = {
            "Let web pages from ORIGIN call the API: read, and write with the token.",
            "An origin is exact: https://example.org, no path, no wildcard.",
            "Repeat it for more; * alone lets any origin read, never write. Default: no CORS at all."})
    List<String> corsOrigins = List.of();

    @Parameters(arity = "0..*", paramLabel = "DIR|FILE", description = "Pages to ingest before serving.")
    List<Path> inputs = List.of();

    @Mixin
    MetaOptions metaOptions;

    @Mixin
    DataOption dataOption;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    BudgetOptions budgetOptions;

    ServeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws UserError, InterruptedException {
        IngestCommand.checkInputs(inputs);
        if (readOnly && !inputs.isEmpty()) {
            throw UserError.badInput("--read-only serves the archive as it is; ingest the files first, or leave out --read-only");
        }
        if (readOnly && token != null) {
            throw UserError.badInput("--token: a --read-only server takes no writes; leave out one or the other");
        }
        Limits limits = limitOptions.limits();
        WriteToken writeToken = readOnly ? null : WriteToken.choose(token, System.getenv(TOKEN_VARIABLE));
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
        // A read-only server takes no writes: its token is a secret nobody knows.
        String secret = readOnly ? ArchiveServer.newUploadToken() : keep(writeToken, archive);
        try {
            server = ArchiveServer.start(archive, !readOnly, host, port, limits, secret, budgetOptions.budgets(),
                    CorsPolicy.of(corsOrigins));
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
            terminal.err().println("banmian: writes (POST /api/ingest, PUT and DELETE /api/pages/...) need the header"
                    + " 'Authorization: Bearer TOKEN' with the token " + writeToken.source() + ", kept in " + dataOption.data.resolve(TOKEN_FILE));
        }
        terminal.err().flush();
        stopped.await();
        return 0;
    }

    /** Where the write token is kept for the archive's owner (readable by the owner only). */
    static final String TOKEN_FILE = "upload-token";
    /** A token the user chose (scripts, several servers on one archive), when --token does not give one. */
    static final String TOKEN_VARIABLE = "BANMIAN_UPLOAD_TOKEN";

    /** The write token in force, and where it came from (said in serve's one line; the token itself is never printed). */
    record WriteToken(String value, String source) {
        /** {@code --token} first, then the environment's variable, else a fresh random token; one a client cannot send is refused. */
        static WriteToken choose(String option, String environment) throws UserError {
            if (option != null) {
                return checked(option, "--token", "from --token");
            }
            if (environment != null && !environment.isBlank()) {
                return checked(environment.strip(), TOKEN_VARIABLE, "from " + TOKEN_VARIABLE);
            }
            return new WriteToken(ArchiveServer.newUploadToken(), "made for this start");
        }

        /** Names where the token came from, never the token. */
        @Override
        public String toString() {
            return "write token " + source;
        }

        private static WriteToken checked(String token, String name, String source) throws UserError {
            try {
                ArchiveServer.checkToken(token);
            } catch (IllegalArgumentException e) {
                throw UserError.badInput(name + ": " + e.getMessage());
            }
            return new WriteToken(token, source);
        }
    }

    /** Writes the token to the data directory for the archive's owner, who may not have chosen it; returns it. */
    private String keep(WriteToken writeToken, Archive archive) throws UserError {
        Path file = dataOption.data.resolve(TOKEN_FILE);
        try {
            AtomicFile.writeOwnerOnly(file, (writeToken.value() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            closeQuietly(archive);
            throw UserError.cannotWrite(IoProblems.describe(file, e));
        }
        return writeToken.value();
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
