package banmian.nlp;

import banmian.testing.RegexAudit;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Every regular expression of banmian-nlp runs in linear time on hostile input (issue #14): each static
 * Pattern field of the module's main classes, fed a megabyte of its worst case (see {@link RegexAudit}).
 */
class NlpRegexLinearityTest {
    @Test
    void everyRegularExpressionIsLinear() {
        List<RegexAudit.Found> patterns = RegexAudit.patternsOf(FigureExtractor.class);
        RegexAudit.assertFound(patterns, 8,
                "banmian.nlp.FigureExtractor.MONEY",
                "banmian.nlp.FigureExtractor.PERCENT",
                "banmian.nlp.FigureExtractor.COUNT",
                "banmian.nlp.DateResolver.DATE");
        RegexAudit.assertLinear(patterns);
    }
}
