package banmian.nlp;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import com.hankcs.hanlp.summary.TextRankSentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Keywords (HanLP's TextRank over the article's words) and a one-sentence summary (HanLP's TextRank
 * over its sentences), both from the words already segmented for entities, so the text is cut once.
 */
final class KeywordsAndSummary {
    private static final int KEYWORDS = 8;
    /**
     * TextRank's cost grows with the word graph (keywords) and with the square of the sentence count
     * (summary); an article's opening carries its topic, so long articles are read up to these limits.
     */
    private static final int MAX_KEYWORD_TERMS = 600;
    private static final int MAX_SUMMARY_SENTENCES = 24;
    private static final String SENTENCE_ENDS = "。！？!?；";

    private KeywordsAndSummary() {
    }

    static List<String> keywords(List<List<Token>> bodyTokens) {
        List<Term> terms = new ArrayList<>();
        for (List<Token> tokens : bodyTokens) {
            for (Token token : tokens) {
                if (terms.size() < MAX_KEYWORD_TERMS && !token.isPunctuation()) {
                    terms.add(new Term(token.word(), Nature.create(token.tag())));
                }
            }
        }
        return terms.isEmpty() ? List.of() : new TextRankKeyword().getKeywords(terms, KEYWORDS);
    }

    /** The body sentence TextRank finds most central; null for an article without body text. */
    static String summary(List<String> bodyTexts, List<List<Token>> bodyTokens) {
        List<String> sentences = new ArrayList<>();
        List<List<String>> sentenceWords = new ArrayList<>();
        for (int b = 0; b < bodyTexts.size() && sentences.size() < MAX_SUMMARY_SENTENCES; b++) {
            String text = bodyTexts.get(b);
            int start = 0;
            List<String> words = new ArrayList<>();
            for (Token token : bodyTokens.get(b)) {
                Term term = new Term(token.word(), Nature.create(token.tag()));
                if (CoreStopWordDictionary.shouldInclude(term)) {
                    words.add(token.word());
                }
                boolean ends = token.word().length() == 1 && SENTENCE_ENDS.indexOf(token.word().charAt(0)) >= 0;
                if (ends || token == bodyTokens.get(b).get(bodyTokens.get(b).size() - 1)) {
                    String sentence = text.substring(start, token.end()).strip();
                    if (sentence.length() >= 2 && !words.isEmpty()) {
                        sentences.add(sentence);
                        sentenceWords.add(words);
                    }
                    words = new ArrayList<>();
                    start = token.end();
                }
            }
        }
        if (sentences.isEmpty()) {
            return null;
        }
        if (sentences.size() == 1) {
            return sentences.get(0);
        }
        int[] top = new TextRankSentence(sentenceWords).getTopSentence(1);
        return sentences.get(top.length == 0 ? 0 : top[0]);
    }
}
