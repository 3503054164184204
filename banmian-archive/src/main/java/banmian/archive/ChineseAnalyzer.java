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
 *
 * <p>The index also holds every character alone ({@link #indexing()}), at the position of the bigram
 * it starts, so that a query of one character ({@code 党}, {@code 港}) finds it; a query is analysed
 * without them ({@link #querying()}), so several characters stay a phrase of bigrams and match as
 * precisely as before, and a lone character (which the bigram filter passes on as itself) matches
 * the indexed unigrams.
 */
final class ChineseAnalyzer extends Analyzer {
    private final boolean unigrams;

    private ChineseAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    /** What the index holds: bigrams and every character alone. */
    static ChineseAnalyzer indexing() {
        return new ChineseAnalyzer(true);
    }

    /** What a query becomes: bigrams, and a character alone only where it has no Han neighbour. */
    static ChineseAnalyzer querying() {
        return new ChineseAnalyzer(false);
    }

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
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                | CJKBigramFilter.HANGUL, unigrams);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
