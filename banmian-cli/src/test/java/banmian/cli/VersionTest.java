package banmian.cli;

import banmian.Banmian;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class VersionTest {
    /** The project's version, as the build passes it to the tests. */
    private static final String VERSION = System.getProperty("banmian.version");

    @Test
    void versionPrintsTheProjectVersion() {
        assertNotNull(VERSION, "the build passes -Dbanmian.version (the parent pom's surefire configuration)");
        assertEquals(VERSION, Banmian.version());
        for (String[] args : new String[][] {{"--version"}, {"-V"}, {"parse", "--version"}}) {
            Cli cli = Cli.run(args);
            assertEquals(0, cli.exitCode(), cli.err());
            assertEquals("banmian " + VERSION + "\n", cli.out());
        }
    }
}
