package banmian.cli;

import banmian.server.ServerBudgets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve}'s budget and CORS options: defaults shown, values read into the server's budgets, bad ones refused by name. */
class ServeBudgetOptionsTest {
    @TempDir
    Path dir;

    private static ServeCommand parsed(String... args) {
        ServeCommand serve = new ServeCommand(new Terminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintWriter(new ByteArrayOutputStream())));
        new CommandLine(serve).parseArgs(args);
        return serve;
    }

    @Test
    void theHelpShowsEveryBudgetWithItsDefault() {
        Cli help = Cli.run("serve", "--help");
        assertEquals(0, help.exitCode(), help.err());
        String text = help.out().replaceAll("\\s++", " ");
        ServerBudgets defaults = ServerBudgets.DEFAULT;
        for (String shown : new String[] {
                "--search-timeout=SECONDS", "(default: " + defaults.searchTimeout().toSeconds() + ")",
                "--header-timeout=SECONDS", "(default: " + defaults.headerTimeout().toSeconds() + ")",
                "--idle-timeout=SECONDS", "(default: " + defaults.idleTimeout().toSeconds() + ")",
                "--upload-queue=N", "(default: " + defaults.uploadQueue() + ")",
                "--max-threads=N", "(default: " + defaults.maxThreads() + ")",
                "--max-connections=N", "(default: " + defaults.maxConnections() + ")",
                "--cors-origin=ORIGIN", "Default: no CORS at all"}) {
            assertTrue(text.contains(shown), shown + " in:\n" + help.out());
        }
    }

    @Test
    void withoutTheOptionsTheBudgetsAreTheDefaultsAndNoOriginIsNamed() {
        ServeCommand serve = parsed();
        assertEquals(ServerBudgets.DEFAULT, serve.budgetOptions.budgets());
        assertEquals(List.of(), serve.corsOrigins);
    }

    @Test
    void theOptionsBecomeTheServersBudgetsAndOrigins() {
        ServeCommand serve = parsed("--search-timeout", "3", "--header-timeout", "5", "--idle-timeout", "60", "--upload-queue", "0",
                "--max-threads", "16", "--max-connections", "50", "--cors-origin", "HTTPS://Example.org", "--cors-origin", "*");
        ServerBudgets budgets = serve.budgetOptions.budgets();
        assertEquals(new ServerBudgets(Duration.ofSeconds(3), 0, Duration.ofSeconds(5), Duration.ofSeconds(60),
                ServerBudgets.DEFAULT.minRequestBytesPerSecond(), 16, 50), budgets);
        assertEquals(List.of("https://example.org", "*"), serve.corsOrigins);
    }

    @Test
    void aBadValueIsRefusedNamingItsOptionBeforeAnythingIsCreated() {
        Path data = dir.resolve("data");
        String[][] refusals = {
                {"--header-timeout", "0", "'0' is not a whole number of seconds from 1 to 86400"},
                {"--search-timeout", "PT10S", "'PT10S' is not a whole number of seconds from 1 to 86400"},
                {"--idle-timeout", "999999", "'999999' is not a whole number of seconds from 1 to 86400"},
                {"--upload-queue", "-1", "'-1' is not a whole number from 0 up"},
                {"--max-threads", "3", "'3' is not a whole number from " + ServerBudgets.MIN_THREADS + " up"},
                {"--max-connections", "many", "'many' is not a whole number from 1 up"},
                {"--cors-origin", "https://*.example.org", "not an origin: https://*.example.org; give scheme://host[:port] exactly"},
        };
        for (String[] refusal : refusals) {
            Cli serve = Cli.run("serve", "--data", data.toString(), "--port", "0", refusal[0], refusal[1]);
            assertEquals(2, serve.exitCode(), serve.err());
            assertEquals(1, serve.errLines().size(), serve.err());
            assertTrue(serve.err().startsWith("banmian: Invalid value for option '" + refusal[0] + "'"), serve.err());
            assertTrue(serve.err().contains(refusal[2]), serve.err());
            assertTrue(Files.notExists(data));
        }
    }
}
