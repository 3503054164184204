package banmian.bench;

import banmian.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * banmian's benchmarks and load test, a program of their own ({@code banmian-bench/target/banmian-bench.jar})
 * so that none of their code ships in the product jar. Commands run as banmian's own do ({@link Main#run}).
 */
@Command(name = "banmian-bench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Measure banmian: parsing, the PDF path, the archive, the reader, a running server.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%n",
        footer = "Run 'banmian-bench COMMAND --help' for a command's options.")
public final class BenchMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(System.in, System.out, System.err, args));
    }

    /** Runs one command line against the given streams and returns the exit status. */
    public static int execute(InputStream in, OutputStream out, OutputStream err, String... args) {
        return Main.run(new BenchMain(), List.of(BenchCommand::new, BenchAgainstCommand::new, BenchPdfCommand::new, BenchArchiveCommand::new,
                BenchReaderCommand::new, LoadTestCommand::new, SoakCommand::new), in, out, err, args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command: bench, bench-pdf, bench-archive, bench-reader, load-test or soak");
    }
}
