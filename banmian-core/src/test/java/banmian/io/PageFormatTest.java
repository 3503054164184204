package banmian.io;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageFormatTest {
    @Test
    void everyRenderingEndsWithOneNewline() {
        for (PageFormat format : PageFormat.values()) {
            String text = format.render(SamplePages.full());
            assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), format + ": " + text);
        }
    }

    @Test
    void jsonlIsOneLinePerPage() {
        assertEquals(1, PageFormat.JSONL.render(SamplePages.full()).lines().count());
    }
}
