package banmian.pdf;

import banmian.testing.RegexAudit;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Every regular expression of banmian-pdf runs in linear time on hostile input (issue #14): each static
 * Pattern field of the module's main classes, fed a megabyte of its worst case (see {@link RegexAudit}).
 */
class PdfRegexLinearityTest {
    @Test
    void everyRegularExpressionIsLinear() {
        List<RegexAudit.Found> patterns = RegexAudit.patternsOf(PdfReader.class);
        RegexAudit.assertFound(patterns, 1,
                "banmian.pdf.PageContentCollector.HEAVY_FONT_NAME");
        RegexAudit.assertLinear(patterns);
    }
}
