package banmian.testing;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tiers hold: a test of the fast tier that reads ../shared fails, naming the tag it lacks. */
class SharedCorpusTest {
    @Test
    void theFastTierMayNotReadTheSharedPages() {
        String tier = System.getProperty("banmian.tier");
        System.setProperty("banmian.tier", "fast");
        try {
            AssertionFailedError refused = assertThrows(AssertionFailedError.class, () -> SharedCorpus.file("samples"));
            assertTrue(refused.getMessage().contains("@" + RealPages.class.getName()), refused.getMessage());
        } finally {
            if (tier == null) {
                System.clearProperty("banmian.tier");
            } else {
                System.setProperty("banmian.tier", tier);
            }
        }
    }
}
