package banmian.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs banmian-bench in-process, as its jar's main would, and captures what it prints. */
record BenchCli(int exitCode, String out, String err) {
    static BenchCli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = BenchMain.execute(new ByteArrayInputStream(new byte[0]), out, err, args);
        return new BenchCli(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
