package banmian.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve}'s write token: --token, then BANMIAN_UPLOAD_TOKEN, then a new one; one a client cannot send refused. */
class ServeTokenTest {
    private static final String CHOSEN = "chosen-token-0123456789";
    private static final String FROM_ENVIRONMENT = "environment-token-0123456789";

    @TempDir
    Path dir;

    @Test
    void theOptionWinsThenTheVariableThenANewToken() throws UserError {
        assertEquals(new ServeCommand.WriteToken(CHOSEN, "from --token"), ServeCommand.WriteToken.choose(CHOSEN, FROM_ENVIRONMENT));
        assertEquals(new ServeCommand.WriteToken(FROM_ENVIRONMENT, "from BANMIAN_UPLOAD_TOKEN"),
                ServeCommand.WriteToken.choose(null, " " + FROM_ENVIRONMENT + "\n"));
        ServeCommand.WriteToken fresh = ServeCommand.WriteToken.choose(null, "  ");
        assertEquals("made for this start", fresh.source());
        assertTrue(fresh.value().matches("[0-9a-f]{64}+"), fresh.value());
        assertFalse(ServeCommand.WriteToken.choose(null, null).value().equals(fresh.value()), "a new one at every start");
        assertFalse(fresh.toString().contains(fresh.value()), "the token never reaches a log through its toString");
    }

    @Test
    void aTokenAClientCannotSendIsAUserErrorNamingItsSource() {
        UserError shortOption = assertThrows(UserError.class, () -> ServeCommand.WriteToken.choose("short", FROM_ENVIRONMENT));
        assertEquals("--token: a write token needs at least 16 characters", shortOption.getMessage());
        UserError spaced = assertThrows(UserError.class, () -> ServeCommand.WriteToken.choose(null, "has spaces in it 0123456789"));
        assertTrue(spaced.getMessage().startsWith("BANMIAN_UPLOAD_TOKEN: a write token may hold only"), spaced.getMessage());
    }

    @Test
    void serveRefusesABadTokenBeforeCreatingAnything() {
        Path data = dir.resolve("data");
        Cli serve = Cli.run("serve", "--data", data.toString(), "--port", "0", "--token", "short");
        assertEquals(2, serve.exitCode());
        assertEquals("banmian: --token: a write token needs at least 16 characters", serve.err().strip());
        assertFalse(serve.err().contains("short"), "the token is not echoed");
        Cli readOnly = Cli.run("serve", "--data", data.toString(), "--port", "0", "--read-only", "--token", CHOSEN);
        assertEquals(2, readOnly.exitCode());
        assertTrue(readOnly.err().contains("a --read-only server takes no writes"), readOnly.err());
        assertFalse(readOnly.err().contains(CHOSEN));
        assertTrue(Files.notExists(data));
    }
}
