package banmian.bench;

import banmian.cli.IoProblems;
import banmian.cli.Terminal;
import banmian.cli.UserError;
import banmian.model.PageMeta;
import banmian.pdf.PdfPage;
import banmian.pdf.PdfPageParser;
import banmian.pdf.PdfReader;
import banmian.text.InputDecoder;
import banmian.text.InputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Command(name = "bench-pdf", sortOptions = false,
        description = {"Measure the PDF path against PDFBox's plain PDFTextStripper, one thread.",
            "Both start from the PDF bytes in memory: the stripper loads each document and",
            "extracts its text; banmian loads it, reads glyphs, rules and images, and",
            "rebuilds the articles. Each side gets warm-up passes, then timed passes;",
            "prints pages/s for both and how many times the stripper's time banmian takes."},
        footerHeading = "%n",
        footer = {"Compare with poppler on the same files: time pdftotext FILE.pdf /dev/null",
            "", "Exit status: 0 measured; 2 unusable input or options."})
final class BenchPdfCommand implements java.util.concurrent.Callable<Integer> {
    private final Terminal terminal;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Page PDFs, or directories whose *.pdf files are taken.")
    List<Path> paths;

    @Option(names = "--min-seconds", paramLabel = "S", defaultValue = "3",
            description = "Each phase (warm-up and timed, per side) runs at least this long (default: ${DEFAULT-VALUE}).")
    double minSeconds;

    private static final double MAX_SECONDS = 3600;

    BenchPdfCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    private interface Pass {
        long run() throws Exception;
    }

    @Override
    public Integer call() throws Exception {
        if (!(minSeconds > 0 && minSeconds <= MAX_SECONDS)) {
            throw UserError.badInput("--min-seconds must be above 0 and at most " + (int) MAX_SECONDS);
        }
        List<byte[]> pdfs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : BenchFiles.expand(paths, "pdf")) {
            byte[] bytes = readPdf(file);
            pdfs.add(bytes);
            names.add(file.toString());
        }
        int pages = 0;
        List<InputException> problems = new ArrayList<>();
        for (int i = 0; i < pdfs.size(); i++) {
            try {
                pages += new PdfReader().read(pdfs.get(i), names.get(i)).size();
            } catch (InputException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw UserError.badInputs(problems);
        }
        Pass stripper = () -> {
            long characters = 0;
            for (byte[] pdf : pdfs) {
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    characters += new PDFTextStripper().getText(document).length();
                }
            }
            return characters;
        };
        Pass banmian = () -> {
            long articles = 0;
            PdfPageParser parser = new PdfPageParser();
            for (int i = 0; i < pdfs.size(); i++) {
                for (PdfPage page : new PdfReader().read(pdfs.get(i), names.get(i))) {
                    articles += parser.parse(page, PageMeta.UNKNOWN).articles().size();
                }
            }
            return articles;
        };
        double stripperSeconds = secondsPerPass("PDFTextStripper", stripper);
        double banmianSeconds = secondsPerPass("banmian", banmian);
        terminal.print(String.format(Locale.ROOT,
                "%d PDFs, %d pages, one thread%n"
                        + "PDFTextStripper  %8.1f pages/s  %7.2f ms/page%n"
                        + "banmian PDF path %8.1f pages/s  %7.2f ms/page  (%.2f x the stripper's time)%n",
                pdfs.size(), pages, pages / stripperSeconds, stripperSeconds * 1e3 / pages,
                pages / banmianSeconds, banmianSeconds * 1e3 / pages, banmianSeconds / stripperSeconds));
        return 0;
    }

    /** Warm-up passes for at least the minimum time, then timed passes for at least as long. */
    private double secondsPerPass(String label, Pass pass) throws Exception {
        long minNanos = (long) (minSeconds * 1e9);
        long sink = 0;
        long warmupStart = System.nanoTime();
        while (System.nanoTime() - warmupStart < minNanos) {
            sink += pass.run();
        }
        int passes = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < minNanos) {
            sink += pass.run();
            passes++;
        }
        double seconds = (System.nanoTime() - start) / 1e9 / passes;
        terminal.err().printf(Locale.ROOT, "%s: %d timed passes (checksum %d)%n", label, passes, sink);
        terminal.err().flush();
        return seconds;
    }

    private static byte[] readPdf(Path file) throws UserError {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!InputDecoder.looksLikePdf(bytes)) {
                throw UserError.badInputs(List.of(new InputException(file.toString(), "is not a PDF")));
            }
            return bytes;
        } catch (IOException e) {
            throw UserError.badInput(IoProblems.describe(file, e));
        }
    }
}
