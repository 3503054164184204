package banmian.cli;

import banmian.nlp.Enricher;
import banmian.nlp.Mention;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "entities", sortOptions = false,
        description = {"Find persons, places and organisations in plain text.",
            "Reads UTF-8 text, one paragraph per line; a blank line ends a document (a name",
            "confirmed in one paragraph of a document counts in all of it). Writes one JSON",
            "object per input line, in line order: {\"entities\": [{\"type\", \"start\", \"end\",",
            "\"text\"}]}, offsets in UTF-16 code units of that line, end exclusive; \"name\" is",
            "the name as indexed (a letter-spaced name without its spaces)."},
        footerHeading = "%n",
        footer = {"Examples:",
            "  banmian entities article.txt",
            "  echo '新华社记者 李 斌 摄' | banmian entities -",
            "",
            "Exit status: 0 done; 2 unreadable input (not UTF-8, a line too long, no such file)."})
final class EntitiesCommand implements Callable<Integer> {
    /** Longer lines are refused: decoding keeps a few dozen bytes per character. */
    static final int LONGEST_LINE = 200_000;

    private final Terminal terminal;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The text, or - for standard input.")
    String input;

    EntitiesCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws UserError {
        String source = input.equals("-") ? "standard input" : input;
        Enricher enricher = new Enricher();
        try (InputStream in = input.equals("-") ? terminal.in() : Files.newInputStream(Path.of(input));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
             // Standard output stays open for whoever runs the command after this one.
             JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(terminal.out())) {
            json.setRootValueSeparator(null);
            List<String> document = new ArrayList<>();
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.length() > LONGEST_LINE) {
                    throw UserError.badInput(source + ": line " + lineNumber + " is longer than " + LONGEST_LINE + " characters");
                }
                if (line.isBlank()) {
                    write(json, enricher, document);
                    document.clear();
                    writeLine(json, line, List.of());
                } else {
                    document.add(line);
                }
            }
            write(json, enricher, document);
        } catch (NoSuchFileException e) {
            throw UserError.badInput(source + ": no such file");
        } catch (CharacterCodingException e) {
            throw UserError.badInput(source + ": not UTF-8 text");
        } catch (IOException e) {
            throw UserError.badInput(source + ": " + e.getMessage());
        }
        return 0;
    }

    private static void write(JsonGenerator json, Enricher enricher, List<String> document) throws IOException {
        if (document.isEmpty()) {
            return;
        }
        List<List<Mention>> found = enricher.documentEntities(document);
        for (int p = 0; p < document.size(); p++) {
            writeLine(json, document.get(p), found.get(p));
        }
    }

    private static void writeLine(JsonGenerator json, String line, List<Mention> mentions) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("entities");
        for (Mention mention : mentions) {
            json.writeStartObject();
            json.writeStringField("type", mention.type().jsonName());
            json.writeNumberField("start", mention.start());
            json.writeNumberField("end", mention.end());
            json.writeStringField("text", line.substring(mention.start(), mention.end()));
            json.writeStringField("name", mention.name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
