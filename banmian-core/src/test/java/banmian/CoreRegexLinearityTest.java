package banmian;

import banmian.testing.RegexAudit;
import banmian.text.ChineseNumbers;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Every regular expression of banmian-core runs in linear time on hostile input (issue #14): each static
 * Pattern field of the module's main classes, fed a megabyte of its worst case (see {@link RegexAudit}).
 */
class CoreRegexLinearityTest {
    @Test
    void everyRegularExpressionIsLinear() {
        List<RegexAudit.Found> patterns = RegexAudit.patternsOf(ChineseNumbers.class);
        RegexAudit.assertFound(patterns, 29,
                "banmian.layout.prepare.LayoutColumns.SEGMENT",
                "banmian.layout.tag.PageFurniture.MASTHEAD",
                "banmian.layout.tag.CaptionTagger.CREDIT",
                "banmian.eval.PythonWhitespace.LEADING_OR_TRAILING");
        RegexAudit.assertLinear(patterns);
    }
}
