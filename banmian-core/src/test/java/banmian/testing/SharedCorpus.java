package banmian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The third-party pages beside the checkout (../shared). Absent, the tests fail rather than skip: a skipped
 * regression test would pass silently.
 */
public final class SharedCorpus {
    public static final ObjectMapper JSON = new ObjectMapper();

    private SharedCorpus() {
    }

    public static Path directory() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("banmian.shared");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        candidates.add(repositoryRoot().resolve("../shared"));
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return fail(candidates.get(0).toAbsolutePath().normalize()
                + " not found: the regression suite needs ../shared beside the checkout");
    }

    public static Path rmrbTruthDirectory() {
        return directory().resolve("corpus/rmrb/truth");
    }

    public static JsonNode luliangGold() throws IOException {
        return JSON.readTree(directory().resolve("samples/luliang-2024-03-11-p1.gold.json").toFile());
    }

    /** The checkout's top directory: the nearest one holding banmian-core (surefire runs in the module). */
    private static Path repositoryRoot() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("banmian-core"))) {
                return dir;
            }
        }
        return start;
    }
}
