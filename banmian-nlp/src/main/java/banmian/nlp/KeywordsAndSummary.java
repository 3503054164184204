package banmian.nlp;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Keywords (TextRank over the article's content words linked within a window) and a one-sentence
 * summary (TextRank over its sentences linked by BM25 similarity), both from the words already
 * segmented for entities, so the text is cut once. The method is HanLP's TextRankKeyword and
 * TextRankSentence; the graphs live in arrays ({@link TextRank}) instead of String-keyed maps.
 */
final class KeywordsAndSummary {
    private static final int KEYWORDS = 8;
    /** Words within this many positions of each other are linked, as in HanLP's TextRankKeyword. */
    private static final int WINDOW = 5;
    /** Summary cost grows with the square of the sentence count; an article's opening carries its topic. */
    private static final int MAX_SUMMARY_SENTENCES = 40;
    private static final String SENTENCE_ENDS = "。！？!?；";
    private static final double BM25_K1 = 1.5;
    private static final double BM25_B = 0.75;

    private KeywordsAndSummary() {
    }

    static List<String> keywords(List<List<Token>> bodyTokens) {
        Vocabulary vocabulary = new Vocabulary();
        List<Integer> sequence = new ArrayList<>();
        for (List<Token> tokens : bodyTokens) {
            for (Token token : tokens) {
                if (isContentWord(token)) {
                    sequence.add(vocabulary.id(token.word()));
                }
            }
        }
        int n = vocabulary.size();
        if (n == 0) {
            return List.of();
        }
        long[] links = new long[2 * sequence.size() * (WINDOW - 1)];
        int linkCount = 0;
        for (int i = 0; i < sequence.size(); i++) {
            for (int j = Math.max(0, i - WINDOW + 1); j < i; j++) {
                int a = sequence.get(i);
                int b = sequence.get(j);
                if (a != b) {
                    links[linkCount++] = (long) a << 32 | b;
                    links[linkCount++] = (long) b << 32 | a;
                }
            }
        }
        double[] score = adjacency(n, Arrays.copyOf(links, linkCount)).scores();
        return IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer word) -> -score[word]).thenComparingInt(word -> word))
                .limit(KEYWORDS)
                .map(vocabulary::word)
                .toList();
    }

    /** The body sentence TextRank finds most central; null for an article without body text. */
    static String summary(List<String> bodyTexts, List<List<Token>> bodyTokens) {
        Vocabulary vocabulary = new Vocabulary();
        List<String> sentences = new ArrayList<>();
        List<int[]> sentenceWords = new ArrayList<>();
        for (int b = 0; b < bodyTexts.size() && sentences.size() < MAX_SUMMARY_SENTENCES; b++) {
            String text = bodyTexts.get(b);
            List<Token> tokens = bodyTokens.get(b);
            int start = 0;
            List<Integer> words = new ArrayList<>();
            // The cap holds inside a paragraph too: one "paragraph" of 20,000 sentences would make a 20,000² graph.
            for (int t = 0; t < tokens.size() && sentences.size() < MAX_SUMMARY_SENTENCES; t++) {
                Token token = tokens.get(t);
                if (isContentWord(token)) {
                    words.add(vocabulary.id(token.word()));
                }
                boolean ends = token.word().length() == 1 && SENTENCE_ENDS.indexOf(token.word().charAt(0)) >= 0;
                if (ends || t == tokens.size() - 1) {
                    String sentence = text.substring(start, token.end()).strip();
                    if (sentence.length() >= 2 && !words.isEmpty()) {
                        sentences.add(sentence);
                        sentenceWords.add(words.stream().mapToInt(Integer::intValue).toArray());
                    }
                    words = new ArrayList<>();
                    start = token.end();
                }
            }
        }
        if (sentences.size() <= 1) {
            return sentences.isEmpty() ? null : sentences.get(0);
        }
        double[] score = bm25Graph(sentenceWords, vocabulary.size()).scores();
        int best = 0;
        for (int s = 1; s < score.length; s++) {
            if (score[s] > score[best]) {
                best = s;
            }
        }
        return sentences.get(best);
    }

    private static boolean isContentWord(Token token) {
        return !token.isPunctuation()
                && CoreStopWordDictionary.shouldInclude(new Term(token.word(), Nature.create(token.tag())));
    }

    /** Unweighted graph from sorted, de-duplicated (source << 32 | target) links. */
    private static TextRank adjacency(int n, long[] links) {
        Arrays.sort(links);
        int[] degree = new int[n];
        long previous = -1;
        for (long link : links) {
            if (link != previous) {
                degree[(int) (link >>> 32)]++;
            }
            previous = link;
        }
        int[][] targets = new int[n][];
        double[][] weights = new double[n][];
        for (int node = 0; node < n; node++) {
            targets[node] = new int[degree[node]];
            weights[node] = new double[degree[node]];
            Arrays.fill(weights[node], 1.0);
        }
        int[] filled = new int[n];
        previous = -1;
        for (long link : links) {
            if (link != previous) {
                int source = (int) (link >>> 32);
                targets[source][filled[source]++] = (int) link;
            }
            previous = link;
        }
        return new TextRank(targets, weights);
    }

    /**
     * Sentence j links to every other sentence i with the BM25 score of j's words as a query against
     * i as a document (HanLP's TextRankSentence; idf may be negative for words in most sentences).
     */
    private static TextRank bm25Graph(List<int[]> sentences, int vocabularySize) {
        int n = sentences.size();
        int[][] frequency = new int[n][vocabularySize];
        int[] documentFrequency = new int[vocabularySize];
        double averageLength = 0;
        for (int s = 0; s < n; s++) {
            for (int word : sentences.get(s)) {
                if (frequency[s][word]++ == 0) {
                    documentFrequency[word]++;
                }
            }
            averageLength += sentences.get(s).length;
        }
        averageLength /= n;
        double[] idf = new double[vocabularySize];
        for (int word = 0; word < vocabularySize; word++) {
            idf[word] = Math.log(n - documentFrequency[word] + 0.5) - Math.log(documentFrequency[word] + 0.5);
        }
        int[][] targets = new int[n][n - 1];
        double[][] weights = new double[n][n - 1];
        for (int query = 0; query < n; query++) {
            int k = 0;
            for (int document = 0; document < n; document++) {
                if (document == query) {
                    continue;
                }
                double lengthNorm = BM25_K1 * (1 - BM25_B + BM25_B * sentences.get(document).length / averageLength);
                double similarity = 0;
                for (int word : sentences.get(query)) {
                    int f = frequency[document][word];
                    if (f > 0) {
                        similarity += idf[word] * f * (BM25_K1 + 1) / (f + lengthNorm);
                    }
                }
                targets[query][k] = document;
                weights[query][k++] = similarity;
            }
        }
        return new TextRank(targets, weights);
    }

    /** Words numbered in order of first appearance. */
    private static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> words = new ArrayList<>();

        int id(String word) {
            return ids.computeIfAbsent(word, w -> {
                words.add(w);
                return words.size() - 1;
            });
        }

        String word(int id) {
            return words.get(id);
        }

        int size() {
            return words.size();
        }
    }
}
