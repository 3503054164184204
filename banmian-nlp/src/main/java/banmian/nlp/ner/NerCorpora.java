package banmian.nlp.ner;

import banmian.model.EntityType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Readers of the two annotated corpora banmian trains on (../shared/corpus/ner): the MSRA NER
 * training set, one character and its BIO tag per line, and People's Daily January 1998, words with
 * part-of-speech tags where {@code nr} marks a person (surname and given name apart: {@code 江/nr
 * 泽民/nr}), {@code ns} a place, {@code nt} an organisation, and {@code [中国/ns 政府/n]nt} a
 * compound name. Bad lines fail with the file and line named.
 */
public final class NerCorpora {
    private NerCorpora() {
    }

    /** Every sentence of the MSRA BIO files in a folder, files in name order. */
    public static List<LabelledSentence> msra(Path folder) throws IOException {
        List<LabelledSentence> sentences = new ArrayList<>();
        for (Path file : filesIn(folder)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            StringBuilder text = new StringBuilder();
            List<EntitySpan> spans = new ArrayList<>();
            int start = -1;
            EntityType open = null;
            for (int n = 0; n <= lines.size(); n++) {
                String line = n < lines.size() ? lines.get(n) : "";
                if (line.isBlank()) {
                    if (open != null) {
                        spans.add(new EntitySpan(open, start, text.length()));
                    }
                    if (text.length() > 0) {
                        sentences.add(new LabelledSentence(text.toString(), spans));
                    }
                    text.setLength(0);
                    spans = new ArrayList<>();
                    open = null;
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                if (tab <= 0) {
                    throw new IOException(file + ":" + (n + 1) + ": expected a character, a tab and a BIO tag, found: " + line);
                }
                String tag = line.substring(tab + 1).strip();
                EntityType type = tag.equals("O") ? null : msraType(file, n, tag.substring(2));
                boolean begins = tag.startsWith("B-");
                if (open != null && (type != open || begins)) {
                    spans.add(new EntitySpan(open, start, text.length()));
                    open = null;
                }
                if (type != null && open == null) {
                    open = type;
                    start = text.length();
                }
                text.append(line, 0, tab);
            }
        }
        return sentences;
    }

    private static EntityType msraType(Path file, int line, String name) throws IOException {
        return switch (name) {
            case "PER" -> EntityType.PERSON;
            case "LOC" -> EntityType.PLACE;
            case "ORG" -> EntityType.ORGANIZATION;
            default -> throw new IOException(file + ":" + (line + 1) + ": unknown entity type " + name);
        };
    }

    /** Every line of the People's Daily files in a folder, files in name order, as sentences. */
    public static List<LabelledSentence> peoplesDaily(Path folder) throws IOException {
        List<LabelledSentence> sentences = new ArrayList<>();
        for (Path file : filesIn(folder)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                LabelledSentence sentence = peoplesDailyLine(lines.get(n));
                if (sentence == null && !lines.get(n).isBlank()) {
                    throw new IOException(file + ":" + (n + 1) + ": not word/tag text: " + lines.get(n));
                }
                if (sentence != null && !sentence.text().isEmpty()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    /** One line of word/tag text (its first word, the line's number, dropped), or null if it is not such text. */
    static LabelledSentence peoplesDailyLine(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length < 2 || words[0].indexOf('/') < 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        List<EntitySpan> spans = new ArrayList<>();
        int compoundStart = -1;
        int personStart = -1;
        int personParts = 0;
        for (int w = 1; w < words.length; w++) {
            String word = words[w];
            boolean opensCompound = word.startsWith("[") && word.length() > 1;
            if (opensCompound) {
                word = word.substring(1);
                compoundStart = text.length();
            }
            String compoundTag = null;
            int close = word.lastIndexOf(']');
            if (close > 0 && close > word.lastIndexOf('/')) {
                compoundTag = word.substring(close + 1);
                word = word.substring(0, close);
            }
            int slash = word.lastIndexOf('/');
            if (slash <= 0) {
                return null;
            }
            String form = word.substring(0, slash);
            String tag = word.substring(slash + 1);
            int start = text.length();
            text.append(form);
            boolean inCompound = compoundStart >= 0;
            if (tag.startsWith("nr") && !inCompound) {
                // A surname and a given name are two words: one person, unless two full names stand side by side.
                if (personStart >= 0 && personParts == 1 && start - personStart <= 2 && form.length() <= 2) {
                    personParts = 2;
                    replaceLast(spans, new EntitySpan(EntityType.PERSON, personStart, text.length()));
                } else {
                    personStart = start;
                    personParts = 1;
                    spans.add(new EntitySpan(EntityType.PERSON, start, text.length()));
                }
                continue;
            }
            personStart = -1;
            if (!inCompound) {
                EntityType type = simpleType(tag);
                if (type != null) {
                    spans.add(new EntitySpan(type, start, text.length()));
                }
            }
            if (compoundTag != null) {
                EntityType type = simpleType(compoundTag);
                if (type != null && compoundStart >= 0) {
                    spans.add(new EntitySpan(type, compoundStart, text.length()));
                }
                compoundStart = -1;
            }
        }
        return new LabelledSentence(text.toString(), spans);
    }

    private static void replaceLast(List<EntitySpan> spans, EntitySpan span) {
        spans.set(spans.size() - 1, span);
    }

    private static EntityType simpleType(String tag) {
        if (tag.equals("ns")) {
            return EntityType.PLACE;
        }
        return tag.equals("nt") ? EntityType.ORGANIZATION : null;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": no such folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            if (found.isEmpty()) {
                throw new IOException(folder + ": no .txt files");
            }
            return found;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
