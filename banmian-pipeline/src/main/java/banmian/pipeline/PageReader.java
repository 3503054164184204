package banmian.pipeline;

import banmian.pdf.LaidOutPage;
import banmian.pdf.PdfPageParser;
import banmian.pdf.PdfReader;
import banmian.text.InputDecoder;
import banmian.text.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads one input (a file, a stream or bytes already in memory) and checks it: a text layer is
 * decoded, a PDF is read whole and laid out into lines, so a bad input fails here, before any
 * output exists. Oversized inputs are refused before they are read.
 */
public final class PageReader {
    /** Page PDFs carry their photos: far larger than a text layer, but not whole archives. */
    public static final long PDF_MAX_BYTES = 256L * 1024 * 1024;

    private PageReader() {
    }

    /** {@code name}: how messages refer to the file (the path as the user gave it). */
    public static PageInput readFile(Path path, String name, PdfReader.PageProgress progress) throws InputException {
        if (Files.isDirectory(path)) {
            throw new InputException(name, "is a directory; give the page files in it");
        }
        try {
            // Refuse an oversized file before reading it: it may be a whole archive.
            long size = Files.size(path);
            if (startsLikePdf(path)) {
                checkPdfSize(size, name);
            } else {
                InputDecoder.checkSize(size, name);
            }
            byte[] bytes = Files.readAllBytes(path);
            Path fileName = path.getFileName();
            return read(name, fileName == null ? name : fileName.toString(), bytes, progress);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(name, "permission denied");
        } catch (IOException e) {
            throw new InputException(name, "cannot read: " + e.getMessage());
        }
    }

    /** Reads a stream up to the size limits (counting, not keeping, what lies beyond them). */
    public static PageInput readStream(InputStream in, String name, String fileName, PdfReader.PageProgress progress)
            throws InputException {
        try {
            byte[] bytes = in.readNBytes((int) InputDecoder.MAX_BYTES + 1);
            if (bytes.length > InputDecoder.MAX_BYTES) {
                if (InputDecoder.looksLikePdf(bytes)) {
                    byte[] rest = in.readNBytes((int) (PDF_MAX_BYTES - bytes.length + 1));
                    byte[] all = Arrays.copyOf(bytes, bytes.length + rest.length);
                    System.arraycopy(rest, 0, all, bytes.length, rest.length);
                    checkPdfSize(all.length + in.transferTo(OutputStream.nullOutputStream()), name);
                    bytes = all;
                } else {
                    // Count the rest without keeping it, so the message gives the real size.
                    InputDecoder.checkSize(bytes.length + in.transferTo(OutputStream.nullOutputStream()), name);
                }
            }
            return read(name, fileName, bytes, progress);
        } catch (IOException e) {
            throw new InputException(name, "cannot read: " + e.getMessage());
        }
    }

    /** A PDF goes to the PDF path, read whole now so that a bad one stops the run before any output. */
    public static PageInput read(String name, String fileName, byte[] bytes, PdfReader.PageProgress progress)
            throws InputException {
        if (InputDecoder.looksLikePdf(bytes)) {
            checkPdfSize(bytes.length, name);
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
}
