package banmian.cli;

import banmian.testing.RegexAudit;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Every regular expression of banmian-cli runs in linear time on hostile input (issue #14): each static
 * Pattern field of the module's main classes, fed a megabyte of its worst case (see {@link RegexAudit}).
 */
class CliRegexLinearityTest {
    @Test
    void everyRegularExpressionIsLinear() {
        List<RegexAudit.Found> patterns = RegexAudit.patternsOf(IoProblems.class);
        RegexAudit.assertFound(patterns, 4,
                "banmian.cli.EvalCommand.RMRB_PAGE",
                "banmian.cli.PageSink.EXTENSION");
        RegexAudit.assertLinear(patterns);
    }
}
