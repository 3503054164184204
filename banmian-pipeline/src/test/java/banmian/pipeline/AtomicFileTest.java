package banmian.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aSecretIsWrittenForItsOwnerOnlyAndLeavesNoTemporaryFile() throws IOException {
        Path secret = dir.resolve("upload-token");
        Files.writeString(secret, "old\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFile.writeOwnerOnly(secret, "new-token\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("new-token\n", Files.readString(secret));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)),
                "the replacement's own permissions, not the old file's");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
