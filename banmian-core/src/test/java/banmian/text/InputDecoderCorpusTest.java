package banmian.text;

import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The encoding decision measured on real Chinese text from ../shared: whole text layers, pages made of
 * eight articles, single articles, single paragraphs, headlines and the first 2 to 20 characters of a
 * paragraph (short inputs are where the detector has least to go on), each encoded as GB18030, GBK,
 * Big5 (traditional first, by ICU's Simplified-Traditional transliterator) and Shift_JIS. Nothing may
 * decode to a different string than it was encoded from; Chinese text over twenty characters must be
 * accepted; Shift_JIS is never taken for Chinese. The counts, by encoding and length, go to standard
 * output.
 */
@RealPages
class InputDecoderCorpusTest {
    /** Articles drawn (seeded, so the sample is the same every run) from the 2,109 of October 2019. */
    private static final int ARTICLES = 100;
    private static final int COMPOSED_PAGES = 20;
    private static final int ARTICLES_PER_COMPOSED_PAGE = 8;
    private static final int[] PREFIXES = {2, 3, 5, 10, 20};
    /**
     * Chinese text longer than this is always accepted. Shorter text may be refused as ambiguous (two
     * characters of GB18030 are often two common Big5 characters too, and on a headline the detector
     * can rank GB18030 and Big5 alike), never decoded wrongly.
     */
    private static final int ALWAYS_ACCEPTED = 20;

    private static final Map<Charset, Map<Integer, Boolean>> ENCODABLE = new HashMap<>();

    private enum Outcome { ACCEPTED, REFUSED, WRONG }

    private record Encoding(String name, Charset charset, UnaryOperator<String> prepare) {
    }

    @Test
    void realTextDecodesToItselfOrIsRefused() throws IOException {
        List<String> texts = sample(SharedCorpus.directory());
        UnaryOperator<String> toTraditional = characterwise(Transliterator.getInstance("Simplified-Traditional"));
        Charset big5 = Charset.forName("x-windows-950");
        Charset gbk = Charset.forName("GBK");
        Charset shiftJis = Charset.forName("Shift_JIS");
        List<Encoding> encodings = List.of(
                new Encoding("GB18030", Charset.forName("GB18030"), text -> text),
                new Encoding("GBK", gbk, text -> encodable(text, gbk)),
                new Encoding("Big5", big5, text -> encodable(toTraditional.apply(text), big5)),
                new Encoding("Shift_JIS", shiftJis, text -> encodable(text, shiftJis)));

        Map<String, int[]> counts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Encoding encoding : encodings) {
            for (String original : texts) {
                String text = encoding.prepare.apply(original);
                byte[] bytes = text.getBytes(encoding.charset);
                if (text.isBlank() || isUtf8(bytes)) {
                    continue;   // ASCII left after dropping what the encoding lacks: UTF-8 by rule
                }
                Outcome outcome = outcome(bytes, text);
                counts.computeIfAbsent(encoding.name + " " + lengthClass(text), key -> new int[3])[outcome.ordinal()]++;
                boolean chinese = !encoding.name.equals("Shift_JIS");
                if (outcome == Outcome.WRONG
                        || !chinese && outcome == Outcome.ACCEPTED
                        || chinese && outcome == Outcome.REFUSED && length(text) > ALWAYS_ACCEPTED) {
                    failures.add(encoding.name + " " + outcome + ": " + abbreviate(text));
                }
            }
        }
        System.out.println(table(counts));
        assertEquals(List.of(), failures, table(counts));
        int decodes = counts.values().stream().mapToInt(row -> row[0] + row[1] + row[2]).sum();
        assertTrue(decodes > 3000, "the sample is " + decodes + " decodes");
    }

    private static Outcome outcome(byte[] bytes, String expected) {
        try {
            return InputDecoder.decode(bytes, "sample.txt").equals(normalised(expected)) ? Outcome.ACCEPTED : Outcome.WRONG;
        } catch (InputException e) {
            return Outcome.REFUSED;
        }
    }

    /** What the decoder returns for the text: line ends as LF. */
    private static String normalised(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static List<String> sample(Path shared) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> layers = Files.list(shared.resolve("corpus/rmrb/text"))) {
            for (Path layer : layers.sorted().toList()) {
                texts.add(Files.readString(layer));
            }
        }
        texts.add(Files.readString(shared.resolve("samples/luliang-2024-03-11-p1.txt")));
        List<Path> articles;
        try (Stream<Path> files = Files.walk(shared.resolve("corpus/articles/rmrb-2019-10"))) {
            articles = files.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(articles.size() > 2000, "the October 2019 articles are in " + shared);
        Random random = new Random(20191001);
        for (int i = 0; i < COMPOSED_PAGES; i++) {
            StringBuilder page = new StringBuilder();
            for (int j = 0; j < ARTICLES_PER_COMPOSED_PAGE; j++) {
                page.append(Files.readString(articles.get(random.nextInt(articles.size())))).append('\n');
            }
            texts.add(page.toString());
        }
        for (int i = 0; i < ARTICLES; i++) {
            String article = Files.readString(articles.get(random.nextInt(articles.size())));
            texts.add(article);
            String[] lines = article.split("\n");
            if (lines.length > 1 && !lines[1].isBlank()) {
                texts.add(lines[1]);   // the headline
            }
            List<String> paragraphs = Arrays.stream(lines).skip(3).filter(line -> !line.isBlank()).toList();
            if (paragraphs.isEmpty()) {
                continue;
            }
            String paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
            texts.add(paragraph);
            String bare = paragraph.strip();
            for (int length : PREFIXES) {
                if (bare.length() > length) {
                    texts.add(bare.substring(0, length));
                }
            }
        }
        return texts;
    }

    /**
     * The transliterator applied character by character, each character once: on whole pages it takes
     * seconds, and its few phrase rules do not matter for an encoding test.
     */
    private static UnaryOperator<String> characterwise(Transliterator transliterator) {
        Map<Integer, String> converted = new HashMap<>();
        return text -> {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> out.append(converted.computeIfAbsent(codePoint,
                    key -> transliterator.transliterate(Character.toString(key)))));
            return out.toString();
        };
    }

    /** The text without the characters the encoding lacks (啓 and ∶ in Big5, simplified ones in Shift_JIS …). */
    private static String encodable(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        Map<Integer, Boolean> known = ENCODABLE.computeIfAbsent(charset, key -> new HashMap<>());
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (known.computeIfAbsent(codePoint, key -> encoder.canEncode(Character.toString(key)))) {
                kept.appendCodePoint(codePoint);
            }
        });
        return kept.toString();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static final List<String> LENGTH_CLASSES = List.of("1-5", "6-20", "21-100", "101-1000", ">1000");

    private static String lengthClass(String text) {
        int length = length(text);
        if (length <= 5) {
            return LENGTH_CLASSES.get(0);
        }
        if (length <= 20) {
            return LENGTH_CLASSES.get(1);
        }
        if (length <= 100) {
            return LENGTH_CLASSES.get(2);
        }
        return LENGTH_CLASSES.get(length <= 1000 ? 3 : 4);
    }

    private static String table(Map<String, int[]> counts) {
        StringBuilder table = new StringBuilder("encoding  characters  accepted  refused  wrong\n");
        counts.keySet().stream().map(key -> key.split(" ")[0]).distinct().forEach(encoding -> {
            for (String lengthClass : LENGTH_CLASSES) {
                int[] row = counts.get(encoding + " " + lengthClass);
                if (row != null) {
                    table.append(String.format(Locale.ROOT, "%-9s %10s %9d %8d %6d%n",
                            encoding, lengthClass, row[0], row[1], row[2]));
                }
            }
        });
        return table.toString();
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= 40 ? flat : flat.substring(0, 40) + "…";
    }
}
