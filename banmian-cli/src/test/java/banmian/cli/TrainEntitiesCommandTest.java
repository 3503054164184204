package banmian.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** train-entities and eval-entities on a corpus written for the test, laid out as ../shared/corpus/ner. */
class TrainEntitiesCommandTest {
    @TempDir
    Path dir;

    /** Sentences "记者X在Y采访。" in MSRA's BIO form, with a person and a place each. */
    private Path corpus() throws IOException {
        String[] persons = {"王建国", "李小红", "张海燕", "刘文斌", "陈明远", "杨立群"};
        String[] places = {"汾阳", "祁县", "平遥", "孝义", "兴县", "文水"};
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int s = 0; s < persons.length; s++) {
                add(lines, "记者", "O");
                add(lines, persons[s], "PER");
                add(lines, "在", "O");
                add(lines, places[(s + round) % places.length], "LOC");
                add(lines, "采访。", "O");
                lines.add("");
            }
        }
        Path folder = Files.createDirectories(dir.resolve("ner/msra-train"));
        Files.write(folder.resolve("msra_train_bio.00.txt"), lines);
        return dir.resolve("ner");
    }

    private static void add(List<String> lines, String text, String type) {
        for (int i = 0; i < text.length(); i++) {
            lines.add(text.charAt(i) + "\t" + (type.equals("O") ? "O" : (i == 0 ? "B-" : "I-") + type));
        }
    }

    @Test
    void trainsAModelThatEvalEntitiesReads() throws IOException {
        Path model = dir.resolve("models/tagger.bin");
        Cli train = Cli.run("train-entities", "--corpus", corpus().toString(), "--out", model.toString(), "--iterations", "3");
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.err().contains("pass 3 of 3 done"), "progress is shown: " + train.err());
        assertTrue(Files.size(model) > 0);
        try (var files = Files.list(model.getParent())) {
            assertEquals(List.of(model), files.toList(), "no temporary file is left beside the model");
        }
        Cli eval = Cli.run("eval-entities", "--corpus", dir.resolve("ner").toString(), "--model", model.toString());
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().contains("| trained model alone |"), eval.out());
    }

    @Test
    void aMissingCorpusOrABadModelIsOneLineAndExitTwo() throws IOException {
        Cli noCorpus = Cli.run("train-entities", "--corpus", dir.resolve("none").toString(), "--out", dir.resolve("m.bin").toString());
        assertEquals(2, noCorpus.exitCode());
        assertTrue(noCorpus.err().contains("no such folder"), noCorpus.err());
        assertFalse(Files.exists(dir.resolve("m.bin")));
        Path notAModel = Files.writeString(dir.resolve("model.bin"), "not a model");
        Cli badModel = Cli.run("eval-entities", "--corpus", corpus().toString(), "--model", notAModel.toString());
        assertEquals(2, badModel.exitCode());
        assertTrue(badModel.err().contains("model.bin"), badModel.err());
    }
}
