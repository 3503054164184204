package banmian.layout;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/text-path.md shows the stage lists as the code composes them. */
class PipelinesDocTest {

    @Test
    void theDocumentedStageTablesAreTheCode() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "text-path.md"), StandardCharsets.UTF_8);
        assertTrue(doc.contains(Pipelines.describe(Pipelines.TEXT)),
                "docs/text-path.md: the text layer's stage table differs from the code; it is now:\n" + Pipelines.describe(Pipelines.TEXT));
        assertTrue(doc.contains(Pipelines.describe(Pipelines.LAID_OUT_PAGE)),
                "docs/text-path.md: the laid-out page's stage table differs from the code; it is now:\n"
                        + Pipelines.describe(Pipelines.LAID_OUT_PAGE));
    }
}
