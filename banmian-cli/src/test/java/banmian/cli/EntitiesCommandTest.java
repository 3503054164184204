package banmian.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `banmian entities` on text written for the test. */
class EntitiesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static List<String> found(JsonNode line, String text) {
        List<String> found = new ArrayList<>();
        for (JsonNode entity : line.get("entities")) {
            int start = entity.get("start").intValue();
            int end = entity.get("end").intValue();
            assertEquals(text.substring(start, end), entity.get("text").textValue(), "offsets in UTF-16 code units of the line");
            found.add(entity.get("type").textValue() + ":" + entity.get("text").textValue());
        }
        return found;
    }

    @Test
    void oneObjectPerLineWithOffsetsInItsLine() throws IOException {
        String first = "国务院总理李克强在北京会见世界银行行长。";
        String second = "𠮷野家在上海开了新店。";
        String third = "新华社记者 李 斌 摄";
        Path file = Files.writeString(dir.resolve("news.txt"), first + "\n" + second + "\n\n" + third + "\n");
        Cli cli = Cli.run("entities", file.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        List<JsonNode> lines = lines(cli.out());
        assertEquals(4, lines.size(), "one object per input line, the blank one too");
        assertTrue(found(lines.get(0), first).containsAll(List.of("organization:国务院", "person:李克强", "place:北京")), cli.out());
        assertTrue(found(lines.get(1), second).contains("place:上海"), "offsets count the surrogate pair as two: " + cli.out());
        assertEquals(0, lines.get(2).get("entities").size());
        assertTrue(lines.get(3).toString().contains("\"name\":\"李斌\""), cli.out());
    }

    @Test
    void readsStandardInput() throws IOException {
        Cli cli = Cli.runWithStdin("记者王宁远在汾阳采访。\n".getBytes(StandardCharsets.UTF_8), "entities", "-");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(found(lines(cli.out()).get(0), "记者王宁远在汾阳采访。").contains("person:王宁远"), cli.out());
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        Path file = Files.write(dir.resolve("gbk.txt"), "北京".getBytes(java.nio.charset.Charset.forName("GBK")));
        Cli cli = Cli.run("entities", file.toString());
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("gbk.txt") && cli.err().contains("not UTF-8"), cli.err());
    }

    @Test
    void missingFileAndOverlongLineAreRefused() throws IOException {
        Cli missing = Cli.run("entities", dir.resolve("none.txt").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("none.txt") && missing.err().contains("no such file"), missing.err());
        Path file = Files.writeString(dir.resolve("long.txt"), "短句。\n" + "长".repeat(EntitiesCommand.LONGEST_LINE + 1) + "\n");
        Cli tooLong = Cli.run("entities", file.toString());
        assertEquals(2, tooLong.exitCode());
        assertTrue(tooLong.err().contains("line 2"), tooLong.err());
    }
}
