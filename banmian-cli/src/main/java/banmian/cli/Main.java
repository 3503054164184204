package banmian.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

// INHERIT gives every subcommand --help and --version too.
@Command(name = "banmian", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Chinese newspaper pages (page PDFs or their text layers) to structured articles.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%n",
        footer = "Run 'banmian COMMAND --help' for a command's options.")
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(System.in, System.out, System.err, args));
    }

    /** Runs one command line against the given streams and returns the exit status. */
    public static int execute(InputStream in, OutputStream out, OutputStream err, String... args) {
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        Terminal terminal = new Terminal(in, out, errWriter);
        CommandLine commandLine = new CommandLine(new Main())
                .addSubcommand(new ParseCommand(terminal))
                .addSubcommand(new EvalCommand(terminal))
                .addSubcommand(new BenchCommand(terminal))
                .addSubcommand(new BenchPdfCommand(terminal))
                .addSubcommand(new IngestCommand(terminal))
                .addSubcommand(new SearchCommand(terminal))
                .addSubcommand(new ServeCommand(terminal))
                .addSubcommand(new BenchArchiveCommand(terminal))
                .setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler(Main::failure);
        LimitOptions.describeIn(commandLine);
        try {
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** Without a command there is nothing to do but say what there is. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command: parse, ingest, search, serve, eval, bench or bench-pdf");
    }

    /** One line instead of picocli's full usage text, which would bury the actual mistake. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("banmian: " + e.getMessage() + " (see '" + command.getCommandSpec().qualifiedName()
                + " --help')");
        return UserError.BAD_INPUT;
    }

    /** User errors get their one-line messages; anything else is a bug and keeps its stack trace. */
    private static int failure(Exception e, CommandLine command, CommandLine.ParseResult parseResult)
            throws Exception {
        if (e instanceof UserError userError) {
            userError.problems().forEach(problem -> command.getErr().println("banmian: " + problem));
            return userError.exitCode();
        }
        throw e;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"banmian " + (version == null ? "(development build)" : version)};
        }
    }
}
