package banmian.cli;

import banmian.pdf.LaidOutPage;
import banmian.pdf.PdfPageParser;
import banmian.pdf.PdfReader;
import banmian.text.InputDecoder;
import banmian.text.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads and decodes every input before anything is parsed or written, so one unusable file stops
 * the whole run with every problem listed, instead of leaving half the outputs behind.
 */
final class PageInputs {
    static final String STDIN_ARGUMENT = "-";
    static final String STDIN_NAME = "<stdin>";
    /** What the output of standard input is called when outputs are named after their inputs. */
    static final String STDIN_FILE_NAME = "stdin";
    /** Page PDFs carry their photos: far larger than a text layer, but not whole archives. */
    static final long PDF_MAX_BYTES = 256L * 1024 * 1024;

    private PageInputs() {
    }

    static List<PageInput> readAll(List<String> arguments, InputStream stdin) throws UserError {
        return readAll(arguments, stdin, null);
    }

    /** {@code err}: where to report progress over many inputs (reading PDFs is most of a run), or null. */
    static List<PageInput> readAll(List<String> arguments, InputStream stdin, PrintWriter err) throws UserError {
        Progress progress = err == null ? null : new Progress(err, "read", arguments.size(), arguments.size());
        if (arguments.stream().filter(STDIN_ARGUMENT::equals).count() > 1) {
            throw UserError.badInput(STDIN_NAME + ": standard input (-) can be read only once");
        }
        List<PageInput> inputs = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        for (String argument : arguments) {
            try {
                PdfReader.PageProgress pages = err == null ? PdfReader.PageProgress.NONE : pageProgress(err, argument);
                inputs.add(STDIN_ARGUMENT.equals(argument) ? readStdin(stdin, pages) : readFile(argument, pages));
            } catch (InputException e) {
                problems.add(e);
            }
            if (progress != null) {
                progress.step();
            }
        }
        if (!problems.isEmpty()) {
            throw UserError.badInputs(problems);
        }
        return inputs;
    }

    /** Progress through the pages of one long PDF, created when its page count is known. */
    private static PdfReader.PageProgress pageProgress(PrintWriter err, String name) {
        Progress[] progress = new Progress[1];
        return (done, total) -> {
            if (progress[0] == null) {
                progress[0] = new Progress(err, "read " + name + " page", total, total);
            }
            progress[0].step();
        };
    }

    private static PageInput readFile(String argument, PdfReader.PageProgress pages) throws InputException {
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            throw new InputException(argument, "is a directory; give the page files in it");
        }
        try {
            // Refuse an oversized file before reading it: it may be a whole archive.
            long size = Files.size(path);
            if (startsLikePdf(path)) {
                checkPdfSize(size, argument);
            } else {
                InputDecoder.checkSize(size, argument);
            }
            byte[] bytes = Files.readAllBytes(path);
            Path fileName = path.getFileName();
            return read(argument, fileName == null ? argument : fileName.toString(), bytes, pages);
        } catch (NoSuchFileException e) {
            throw new InputException(argument, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(argument, "permission denied");
        } catch (IOException e) {
            throw new InputException(argument, "cannot read: " + e.getMessage());
        }
    }

    /** A PDF goes to the PDF path, read whole now so that a bad one stops the run before any output. */
    private static PageInput read(String name, String fileName, byte[] bytes, PdfReader.PageProgress progress) throws InputException {
        if (InputDecoder.looksLikePdf(bytes)) {
            PdfPageParser parser = new PdfPageParser();
            List<LaidOutPage> pages = new PdfReader().read(bytes, name, progress).stream().map(parser::layOut).toList();
            return PageInput.pdf(name, fileName, pages, bytes.length);
        }
        return PageInput.text(name, fileName, InputDecoder.decode(bytes, name), bytes.length);
    }

    private static boolean startsLikePdf(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return InputDecoder.looksLikePdf(in.readNBytes(1024));
        }
    }

    private static void checkPdfSize(long byteCount, String name) throws InputException {
        if (byteCount > PDF_MAX_BYTES) {
            throw new InputException(name, String.format(Locale.ROOT,
                    "%.1f MiB is too large for a page PDF (limit %d MiB)", byteCount / (1024.0 * 1024), PDF_MAX_BYTES >> 20));
        }
    }

    private static PageInput readStdin(InputStream stdin, PdfReader.PageProgress pages) throws InputException {
        try {
            byte[] bytes = stdin.readNBytes((int) InputDecoder.MAX_BYTES + 1);
            if (bytes.length > InputDecoder.MAX_BYTES) {
                if (InputDecoder.looksLikePdf(bytes)) {
                    byte[] rest = stdin.readNBytes((int) (PDF_MAX_BYTES - bytes.length + 1));
                    byte[] all = Arrays.copyOf(bytes, bytes.length + rest.length);
                    System.arraycopy(rest, 0, all, bytes.length, rest.length);
                    checkPdfSize(all.length + stdin.transferTo(OutputStream.nullOutputStream()), STDIN_NAME);
                    bytes = all;
                } else {
                    // Count the rest without keeping it, so the message gives the real size.
                    InputDecoder.checkSize(bytes.length + stdin.transferTo(OutputStream.nullOutputStream()), STDIN_NAME);
                }
            }
            return read(STDIN_NAME, STDIN_FILE_NAME, bytes, pages);
        } catch (IOException e) {
            throw new InputException(STDIN_NAME, "cannot read: " + e.getMessage());
        }
    }
}
