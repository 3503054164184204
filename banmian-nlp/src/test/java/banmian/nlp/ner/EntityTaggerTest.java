package banmian.nlp.ner;

import banmian.model.EntityType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training on a handful of sentences made for the test, and the model's file, read back. */
class EntityTaggerTest {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨"};
    private static final String[] GIVEN = {"建国", "小红", "海燕", "文斌", "明远", "立群"};
    private static final String[] CITIES = {"汾阳", "祁县", "平遥", "孝义", "兴县", "文水"};

    private static List<LabelledSentence> sentences() {
        List<LabelledSentence> sentences = new ArrayList<>();
        for (String surname : SURNAMES) {
            for (int g = 0; g < GIVEN.length; g++) {
                String name = surname + GIVEN[g];
                String city = CITIES[(g + surname.hashCode()) % CITIES.length];
                String text = "记者" + name + "在" + city + "采访。";
                sentences.add(new LabelledSentence(text, List.of(new EntitySpan(EntityType.PERSON, 2, 2 + name.length()),
                        new EntitySpan(EntityType.PLACE, 3 + name.length(), 3 + name.length() + city.length()))));
            }
        }
        return sentences;
    }

    private static EntityTagger trained() {
        return new TaggerTrainer(5, 1, 7).train(sentences(), pass -> {
        });
    }

    @Test
    void learnsTheNamesOfItsTrainingSentences() {
        EntityTagger tagger = trained();
        assertEquals(List.of(new EntitySpan(EntityType.PERSON, 2, 5), new EntitySpan(EntityType.PLACE, 6, 8)),
                tagger.tag("记者王海燕在平遥采访。", List.of()));
        assertEquals(List.of(), tagger.tag("", List.of()));
    }

    @Test
    void aWrittenModelReadsBackAndTagsAlike() throws IOException {
        EntityTagger tagger = trained();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        tagger.write(file);
        EntityTagger read = EntityTagger.read(new ByteArrayInputStream(file.toByteArray()));
        for (LabelledSentence sentence : sentences()) {
            assertEquals(tagger.tag(sentence.text(), List.of()), read.tag(sentence.text(), List.of()));
        }
        assertTrue(read.features() <= tagger.features(), "features with no weight are not written");
    }

    @Test
    void somethingElseIsNoModel() {
        IOException refused = assertThrows(IOException.class, () -> EntityTagger.read(new ByteArrayInputStream(new byte[]{1, 2, 3})));
        assertTrue(refused.getMessage() != null);
    }
}
