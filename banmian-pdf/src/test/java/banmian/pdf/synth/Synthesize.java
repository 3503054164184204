package banmian.pdf.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code Synthesize --pages 300 --seed 1 --out DIR [--corpus DIR] [--no-text]}: writes synthetic pages, the
 * page types in turn, each as NAME.pdf, its truth NAME.json (FORMAT.md) and its text layers
 * NAME.pdfminer.txt ({@code pdf2txt}) and NAME.pdftotext.txt ({@code pdftotext}). Run it on the test
 * classpath (docs/synthesizer.md).
 */
public final class Synthesize {
    private Synthesize() {
    }

    public static void main(String[] args) throws Exception {
        int pages = 70;
        long seed = 1;
        Path out = Path.of("target/synth");
        Path corpus = Path.of("../shared/corpus/articles/rmrb-2019-10");
        boolean text = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--no-text" -> text = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (usage: Synthesize --pages N --seed S --out DIR [--corpus DIR] [--no-text])");
            }
        }
        Synthesizer synthesizer = new Synthesizer(new ArticleSource(corpus));
        Files.createDirectories(out);
        for (int i = 0; i < pages; i++) {
            Synthesizer.SynthPage page = synthesizer.page(Synthesizer.type(i), Synthesizer.seed(seed, i));
            write(page, out, text);
        }
        System.out.println(pages + " pages written to " + out);
    }

    /** Writes the page's PDF and truth, and its text layers when {@code text}. */
    static void write(Synthesizer.SynthPage page, Path out, boolean text) throws IOException, InterruptedException {
        Path pdf = out.resolve(page.name() + ".pdf");
        Files.write(pdf, page.pdf());
        Files.writeString(out.resolve(page.name() + ".json"),
                Synthesizer.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(page.truth()) + "\n", StandardCharsets.UTF_8);
        if (text) {
            extract(List.of("pdf2txt", "-o", out.resolve(page.name() + ".pdfminer.txt").toString(), pdf.toString()), "python3-pdfminer");
            extract(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), out.resolve(page.name() + ".pdftotext.txt").toString()), "poppler-utils");
        }
    }

    private static void extract(List<String> command, String debianPackage) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " not found: the text layers need Debian's " + debianPackage, e);
        }
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed");
        }
    }
}
