package banmian.archive;

import banmian.testing.RegexAudit;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Every regular expression of banmian-archive runs in linear time on hostile input (issue #14): each static
 * Pattern field of the module's main classes, fed a megabyte of its worst case (see {@link RegexAudit}).
 */
class ArchiveRegexLinearityTest {
    @Test
    void everyRegularExpressionIsLinear() {
        List<RegexAudit.Found> patterns = RegexAudit.patternsOf(Ids.class);
        RegexAudit.assertFound(patterns, 3,
                "banmian.archive.Ids.ARTICLE",
                "banmian.archive.Ids.TRAILING_HYPHENS",
                "banmian.archive.PageStore.PAGE_FILE");
        RegexAudit.assertLinear(patterns);
    }
}
