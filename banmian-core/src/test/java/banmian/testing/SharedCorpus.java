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
 * regression test would pass silently. Only tests tagged {@link RealPages} may read them: in the fast tier
 * (surefire sets {@code banmian.tier=fast}) asking for the directory fails, naming the missing tag.
 */
public final class SharedCorpus {
    public static final ObjectMapper JSON = new ObjectMapper();

    private SharedCorpus() {
    }

    public static Path directory() {
        if ("fast".equals(System.getProperty("banmian.tier"))) {
            return fail("this test reads ../shared but runs in the fast tier: tag it @" + RealPages.class.getName()
                    + " so that it runs with the real pages");
        }
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

    /** {@code relative} under ../shared, which must exist. */
    public static Path file(String relative) {
        Path path = directory().resolve(relative);
        if (!Files.exists(path)) {
            return fail("shared test data missing: " + path + " (-Dbanmian.shared=DIR points elsewhere)");
        }
        return path;
    }

    public static Path luliangGoldFile() {
        return file("samples/luliang-2024-03-11-p1.gold.json");
    }

    public static JsonNode luliangGold() throws IOException {
        return JSON.readTree(luliangGoldFile().toFile());
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
