package banmian.cli;

import banmian.Banmian;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

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
        return run(new Main(), List.of(ParseCommand::new, EvalCommand::new, IngestCommand::new, SearchCommand::new,
                ServeCommand::new, ExportCommand::new, EntitiesCommand::new, TrainEntitiesCommand::new, EvalEntitiesCommand::new), in, out, err, args);
    }

    /**
     * Runs one command line of a banmian program against the given streams and returns the exit status:
     * {@code program} is its top picocli command, {@code commands} make its subcommands. Problems the
     * user can fix ({@link UserError}, a mistaken option) are one {@code banmian: ...} line each.
     * Public for banmian-bench's program, which runs its commands the same way.
     */
    public static int run(Object program, List<Function<Terminal, Object>> commands, InputStream in, OutputStream out,
                          OutputStream err, String... args) {
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        Terminal terminal = new Terminal(in, out, errWriter);
        CommandLine commandLine = new CommandLine(program);
        commands.forEach(command -> commandLine.addSubcommand(command.apply(terminal)));
        commandLine.setOut(outWriter)
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
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command: parse, ingest, search, serve, export, eval, entities, train-entities or eval-entities");
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

    /** {@code --version}: the program's name and banmian's version ({@code banmian 0.1.0}). */
    public static final class Version implements CommandLine.IVersionProvider {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public String[] getVersion() {
            return new String[] {spec.root().name() + " " + Banmian.version()};
        }
    }
}
