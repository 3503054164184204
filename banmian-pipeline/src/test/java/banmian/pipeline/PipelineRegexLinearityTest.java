package banmian.pipeline;

import banmian.testing.RegexAudit;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Every regular expression of banmian-pipeline runs in linear time on hostile input (issue #14): each static
 * Pattern field of the module's main classes, fed a megabyte of its worst case (see {@link RegexAudit}).
 */
class PipelineRegexLinearityTest {
    @Test
    void everyRegularExpressionIsLinear() {
        List<RegexAudit.Found> patterns = RegexAudit.patternsOf(FileNameMeta.class);
        RegexAudit.assertFound(patterns, 1,
                "banmian.pipeline.FileNameMeta.DATE_AND_PAGE");
        RegexAudit.assertLinear(patterns);
    }
}
