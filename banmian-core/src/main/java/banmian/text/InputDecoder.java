package banmian.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns the bytes of a page's text layer into text, or says in one line why they are not one.
 *
 * <p>Chinese text layers come as UTF-8 (with or without a BOM), as GBK/GB18030 from older tools, or
 * now and then as UTF-16 with a BOM. Decoding is strict: a wrong guess must fail loudly rather than
 * turn a page into mojibake that the parser would happily split into articles. UTF-8 is tried before
 * GB18030 because valid UTF-8 Chinese is practically never valid GB18030 by accident, while the
 * reverse is common (GB18030 accepts most byte pairs).
 */
public final class InputDecoder {
    /** A page's text layer is a few hundred KB at most; anything far bigger is a whole issue or not text. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** Readers accept the PDF header anywhere in the file's first kilobyte (after junk a mailer added). */
    private static final int PDF_HEADER_REACH = 1024;

    private InputDecoder() {
    }

    /** Decoded text with line ends normalised to LF and any byte-order mark dropped. */
    public static String decode(byte[] bytes, String sourceName) throws InputException {
        checkSize(bytes.length, sourceName);
        if (bytes.length == 0) {
            throw new InputException(sourceName, "empty input");
        }
        if (looksLikePdf(bytes)) {
            throw new InputException(sourceName,
                    "is a PDF, not a text layer; parse it on the PDF path (banmian-pdf)");
        }
        String text = normaliseLineEnds(dropBom(decodeText(bytes, sourceName)));
        if (text.isBlank()) {
            throw new InputException(sourceName, "empty input");
        }
        return text;
    }

    /** Lets a caller refuse an oversized file before reading it into memory. */
    public static void checkSize(long byteCount, String sourceName) throws InputException {
        if (byteCount > MAX_BYTES) {
            throw new InputException(sourceName, String.format(Locale.ROOT,
                    "%.1f MiB is too large for one page (limit %d MiB); split it",
                    byteCount / (1024.0 * 1024), MAX_BYTES / (1024 * 1024)));
        }
    }

    private static String decodeText(byte[] bytes, String sourceName) throws InputException {
        // UTF-16 is full of NUL bytes, so it has to be recognised before the binary check.
        if (startsWith(bytes, UTF16BE_BOM)) {
            return decodeAfterBom(StandardCharsets.UTF_16BE, bytes, UTF16BE_BOM.length, sourceName);
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return decodeAfterBom(StandardCharsets.UTF_16LE, bytes, UTF16LE_BOM.length, sourceName);
        }
        rejectBinary(bytes, sourceName);
        if (startsWith(bytes, UTF8_BOM)) {
            return decodeAfterBom(StandardCharsets.UTF_8, bytes, UTF8_BOM.length, sourceName);
        }
        Attempt utf8 = Attempt.of(StandardCharsets.UTF_8, bytes, 0);
        if (utf8.succeeded()) {
            return utf8.text;
        }
        Attempt gb18030 = Attempt.of(GB18030, bytes, 0);
        if (gb18030.succeeded()) {
            return gb18030.text;
        }
        throw new InputException(sourceName, String.format(Locale.ROOT,
                "not UTF-8 or GB18030 text (invalid UTF-8 at byte %d, invalid GB18030 at byte %d)",
                utf8.badOffset, gb18030.badOffset));
    }

    /** A byte-order mark is a promise: no falling back to another encoding when it is broken. */
    private static String decodeAfterBom(Charset charset, byte[] bytes, int bomLength, String sourceName)
            throws InputException {
        Attempt attempt = Attempt.of(charset, bytes, bomLength);
        if (!attempt.succeeded()) {
            throw new InputException(sourceName, String.format(Locale.ROOT,
                    "starts with a %s byte-order mark but has invalid %s at byte %d",
                    charset.name(), charset.name(), attempt.badOffset));
        }
        return attempt.text;
    }

    private static void rejectBinary(byte[] bytes, String sourceName) throws InputException {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(sourceName, "binary data (NUL bytes), not a text layer");
            }
            if (isStrayControl(b)) {
                controls++;
            }
        }
        // A stray control character or two happens in real extractor output; one in a hundred bytes does not.
        if (controls >= 4 && controls * 100L > bytes.length) {
            throw new InputException(sourceName, "binary data (" + controls + " control bytes), not a text layer");
        }
    }

    /** Control bytes other than tab, line ends and form feed (extractors put one between pages). */
    private static boolean isStrayControl(byte b) {
        return b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
    }

    /** A PDF, not a text layer: its header stands in the first kilobyte. */
    public static boolean looksLikePdf(byte[] bytes) {
        int limit = Math.min(bytes.length, PDF_HEADER_REACH) - PDF_MAGIC.length;
        for (int i = 0; i <= limit; i++) {
            if (Arrays.equals(bytes, i, i + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** GB18030 has its own byte-order mark, which decodes to U+FEFF like the others. */
    private static String dropBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** One strict decoding try: the text, or the byte offset where the bytes stop making sense. */
    private record Attempt(String text, long badOffset) {
        boolean succeeded() {
            return text != null;
        }

        static Attempt of(Charset charset, byte[] bytes, int start) {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
            // None of these charsets yields more chars than bytes, so one buffer always suffices.
            CharBuffer out = CharBuffer.allocate(in.remaining());
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                return new Attempt(null, in.position());
            }
            if (result.isOverflow()) {
                throw new IllegalStateException(charset + " decoded to more chars than bytes");
            }
            return new Attempt(out.flip().toString(), -1);
        }
    }
}
