package banmian.nlp.ner;

import banmian.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NerCorporaTest {
    @TempDir
    Path dir;

    private static String names(LabelledSentence sentence) {
        StringBuilder out = new StringBuilder();
        for (EntitySpan span : sentence.entities()) {
            out.append(span.type().jsonName()).append(':').append(sentence.text(), span.start(), span.end()).append(' ');
        }
        return out.toString().strip();
    }

    @Test
    void msraSentencesEndAtBlankLinesAndNamesAtTheirLastTag() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("msra"));
        Files.writeString(folder.resolve("part.00.txt"), String.join("\n", "张\tB-PER", "三\tI-PER", "到\tO", "北\tB-LOC", "京\tI-LOC",
                "上\tB-LOC", "海\tI-LOC", "", "新\tB-ORG", "华\tI-ORG", "社\tI-ORG", "", ""));
        List<LabelledSentence> sentences = NerCorpora.msra(folder);
        assertEquals(2, sentences.size());
        assertEquals("张三到北京上海", sentences.get(0).text());
        assertEquals("person:张三 place:北京 place:上海", names(sentences.get(0)), "a B- tag starts a new name even after one of its type");
        assertEquals("organization:新华社", names(sentences.get(1)));
    }

    @Test
    void aBadTagNamesItsFileAndLine() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(folder.resolve("part.00.txt"), "张\tB-PER\n三 I-PER\n");
        IOException refused = assertThrows(IOException.class, () -> NerCorpora.msra(folder));
        assertTrue(refused.getMessage().contains("part.00.txt:2"), refused.getMessage());
    }

    @Test
    void peoplesDailyJoinsSurnameAndGivenNameAndReadsCompounds() {
        LabelledSentence sentence = NerCorpora.peoplesDailyLine(
                "19980101-01-001-004/m  [中国/ns 政府/n]nt  主席/n  江/nr  泽民/nr  在/p  北京/ns  会见/v  李/nr  鹏/nr  、/w  克林顿/nr  。/w");
        assertEquals("中国政府主席江泽民在北京会见李鹏、克林顿。", sentence.text());
        assertEquals("organization:中国政府 person:江泽民 place:北京 person:李鹏 person:克林顿", names(sentence));
    }
}
