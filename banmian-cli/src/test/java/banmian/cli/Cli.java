package banmian.cli;

import banmian.testing.SharedCorpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in-process, as the shaded jar's main would, and captures what it prints. */
record Cli(int exitCode, String out, String err) {
    static final String SAMPLE_PAGE = """
            人民日报 2018年1月2日 星期二
            一年好景君须记
            本报北京1月1日电 新年第一天，各地群众以多种方式迎接新年。

            国内要闻
            """;

    static Cli run(String... args) {
        return runWithStdin(new byte[0], args);
    }

    static Cli runWithStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Main.execute(new ByteArrayInputStream(stdin), out, err, args);
        return new Cli(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** The shared folder beside the repository (test data we do not own). */
    static Path shared(String relative) {
        return SharedCorpus.file(relative);
    }
}
