package banmian.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;

/**
 * Text analysis for Chinese newspaper text: traditional folded to simplified, full-width forms
 * folded, then overlapping character bigrams (Latin words and numbers stay whole). Bigrams find any
 * word or name of two characters or more without a dictionary: a query of several characters becomes
 * a phrase of its bigrams ({@code 王沪宁} → {@code 王沪 沪宁}), where a word segmenter such as smartcn
 * would cut an unknown name into single characters and match them anywhere.
 */
final class ChineseAnalyzer extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(TraditionalFolding.map(), reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return initReader(fieldName, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
