package banmian.pipeline;

import banmian.limits.BudgetExceededException;
import banmian.limits.Limit;
import banmian.limits.Limits;
import banmian.limits.PageBudget;
import banmian.pdf.LaidOutPage;
import banmian.pdf.PdfDocument;
import banmian.pdf.PdfPage;
import banmian.pdf.PdfPageParser;
import banmian.pdf.PdfReader;
import banmian.text.InputDecoder;
import banmian.text.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads one input (a file, a stream or bytes already in memory) and checks it: a text layer is
 * decoded and its shape checked, a PDF is read whole and laid out into lines, so a bad input fails
 * here, before any output exists. Only regular files are read (a FIFO would block, a device never
 * ends), and never more bytes than the {@link Limits} allow: an oversized input is refused before it
 * is read whole.
 */
public final class PageReader {
    /** Readers accept the PDF header anywhere in the first kilobyte; that much decides which limit applies. */
    private static final int SNIFF_BYTES = 1024;

    private final Limits limits;

    public PageReader(Limits limits) {
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /** {@code name}: how messages refer to the file (the path as the user gave it). */
    public PageInput readFile(Path path, String name, PdfReader.PageProgress progress) throws InputException {
        return read(name, fileName(path, name), readBytes(path, name), progress);
    }

    /** The last element of the path, which names outputs and may carry metadata; the name given for a root. */
    static String fileName(Path path, String name) {
        Path fileName = path.getFileName();
        return fileName == null ? name : fileName.toString();
    }

    /** The bytes of a regular file no larger than the limits allow (checked before and while reading). */
    public byte[] readBytes(Path path, String name) throws InputException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new InputException(name, "is a directory; give the page files in it");
            }
            if (!attributes.isRegularFile()) {
                throw new InputException(name, "is not a regular file (a device, FIFO or socket); give a page file");
            }
            if (attributes.size() > Math.max(limits.textBytes(), limits.pdfBytes())) {
                throw tooLarge(name, attributes.size() > limits.pdfBytes() ? Limit.PDF_MIB : Limit.TEXT_MIB, attributes.size());
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readBounded(in, name, attributes.size());
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(name, "permission denied");
        } catch (IOException e) {
            throw new InputException(name, "cannot read: " + e.getMessage());
        }
    }

    /** The bytes of a stream (an upload), no more than the limits allow. */
    public byte[] readBytes(InputStream in, String name) throws InputException {
        try {
            return readBounded(in, name, -1);
        } catch (IOException e) {
            throw new InputException(name, "cannot read: " + e.getMessage());
        }
    }

    /** Reads a stream (standard input) whole, within the limits. */
    public PageInput readStream(InputStream in, String name, String fileName, PdfReader.PageProgress progress)
            throws InputException {
        return read(name, fileName, readBytes(in, name), progress);
    }

    /**
     * Reads up to the size limit of what the stream turns out to be (a PDF or a text layer): a longer
     * stream is refused without reading the rest, so an endless one costs no more than the limit.
     * {@code knownSize}: the file's size, for the message, or negative for a stream.
     */
    private byte[] readBounded(InputStream in, String name, long knownSize) throws IOException, InputException {
        byte[] head = in.readNBytes(SNIFF_BYTES);
        Limit limit = InputDecoder.looksLikePdf(head) ? Limit.PDF_MIB : Limit.TEXT_MIB;
        long bound = limit == Limit.PDF_MIB ? limits.pdfBytes() : limits.textBytes();
        if (knownSize > bound) {
            throw tooLarge(name, limit, knownSize);   // a file's size says so before its content is read
        }
        byte[] rest = in.readNBytes((int) Math.min(Integer.MAX_VALUE - SNIFF_BYTES - 8, bound + 1 - head.length));
        if ((long) head.length + rest.length > bound) {
            throw tooLarge(name, limit, knownSize);
        }
        byte[] bytes = Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, bytes, head.length, rest.length);
        return bytes;
    }

    /** A PDF goes to the PDF path, read whole now so that a bad one stops the run before any output. */
    public PageInput read(String name, String fileName, byte[] bytes, PdfReader.PageProgress progress)
            throws InputException {
        if (InputDecoder.looksLikePdf(bytes)) {
            if (bytes.length > limits.pdfBytes()) {
                throw tooLarge(name, Limit.PDF_MIB, bytes.length);
            }
            PdfDocument document = new PdfReader(limits).readDocument(bytes, name, progress);
            PdfPageParser parser = new PdfPageParser();
            List<LaidOutPage> pages = new ArrayList<>();
            for (PdfPage page : document.pages()) {
                PageBudget budget = PageBudget.resume(limits, "page " + page.number(), "laying it out", page.readTime());
                try {
                    pages.add(budget.run(() -> parser.layOut(page)).spending(budget.elapsed()));
                } catch (BudgetExceededException e) {
                    throw new InputException(name, e.getMessage());
                }
            }
            return new PageInput.Pdf(name, fileName, pages, document.notes(), bytes.length);
        }
        if (bytes.length > limits.textBytes()) {
            throw tooLarge(name, Limit.TEXT_MIB, bytes.length);
        }
        String text = InputDecoder.decode(bytes, name);
        checkShape(text, name);
        return new PageInput.Text(name, fileName, text, bytes.length);
    }

    /**
     * A text layer is lines of a page: refuse one with more lines, or longer lines, than any page has
     * (trailing spaces, which extractors pad lines with, do not count). Every later stage's work grows
     * with both.
     */
    private void checkShape(String text, String name) throws InputException {
        PageBudget budget = PageBudget.start(limits, "", "reading it");
        int lines = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines++;
            int visibleEnd = end;
            while (visibleEnd > start && Character.isWhitespace(text.charAt(visibleEnd - 1))) {
                visibleEnd--;
            }
            if (visibleEnd - start > limits.get(Limit.LINE_CHARS)) {
                throw new InputException(name, budget.exceeded(Limit.LINE_CHARS, String.format(Locale.ROOT,
                        "line %,d has %,d characters", lines, visibleEnd - start)).getMessage());
            }
            start = end + 1;
        }
        if (lines > limits.get(Limit.PAGE_LINES)) {
            throw new InputException(name, budget.exceeded(Limit.PAGE_LINES, String.format(Locale.ROOT,
                    "the text has %,d lines", lines)).getMessage());
        }
    }

    /** {@code size}: the input's size when known, else negative (a stream refused at the limit). */
    private InputException tooLarge(String name, Limit limit, long size) {
        String what = limit == Limit.PDF_MIB ? "a page PDF" : "one page's text";
        String amount = size < 0 ? "more than " + limits.get(limit) + " MiB"
                : String.format(Locale.ROOT, "%.1f MiB", size / (1024.0 * 1024));
        return new InputException(name, amount + " is too large for " + what + " (limit " + limits.setting(limit)
                + "; raise it with --limit " + limit.key() + "=N, or split it)");
    }
}
