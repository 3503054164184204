package banmian.server;

import banmian.testing.RegexAudit;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Every regular expression of banmian-server runs in linear time on hostile input (issue #14): each static
 * Pattern field of the module's main classes, fed a megabyte of its worst case (see {@link RegexAudit}).
 */
class ServerRegexLinearityTest {
    @Test
    void everyRegularExpressionIsLinear() {
        List<RegexAudit.Found> patterns = RegexAudit.patternsOf(WriteGuard.class);
        RegexAudit.assertFound(patterns, 1, "banmian.server.WriteGuard.TOKEN");
        RegexAudit.assertLinear(patterns);
    }
}
