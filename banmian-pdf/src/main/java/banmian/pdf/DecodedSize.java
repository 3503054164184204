package banmian.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How large a stream decodes to, found without holding it: PDFBox decodes a stream whole into memory
 * before anything reads it, so a compression bomb (megabytes that inflate to gigabytes) must be caught
 * before PDFBox sees it. The stream is decoded filter by filter into a counter that stops at a bound;
 * a stream whose encoded length times its filters' greatest expansion is within the bound is not
 * decoded at all. Used by the parser's {@link DecodedStreamCheck} and by the server's page renderer.
 */
public final class DecodedSize {
    /** Filters of image data: their output is bounded by the image's own header, not by the encoded length. */
    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    private DecodedSize() {
    }

    /** Whether the stream is decoded by an image codec (JPEG, JPEG 2000, JBIG2, CCITT fax). */
    public static boolean hasImageCodec(COSStream stream) {
        return filters(stream).stream().anyMatch(IMAGE_CODECS::contains);
    }

    /**
     * False when {@code stream} decodes to more than {@code bound} bytes; true otherwise, also when it
     * does not decode (PDFBox will report that, or do without the stream, when it reads it).
     */
    public static boolean within(COSStream stream, long bound) {
        try {
            decode(stream, bound, false, () -> { });
            return true;
        } catch (TooLarge e) {
            return false;
        } catch (IOException | RuntimeException undecodable) {
            return true;
        }
    }

    /**
     * Decodes the stream into bounded buffers, the last filter's output into a counter only unless
     * {@code keep}: then the decoded bytes are returned (null when the stream need not be decoded to
     * know it is within the bound). {@code step} runs at every write (a budget's clock).
     */
    static byte[] decode(COSStream stream, long bound, boolean keep, Runnable step) throws IOException {
        List<COSName> filters = filters(stream);
        if (!keep && stream.getLength() * maxExpansion(filters) <= bound) {
            return null;   // no such stream can decode to more than the bound: no need to decode it twice
        }
        try (InputStream raw = stream.createRawInputStream()) {
            if (filters.isEmpty()) {
                // Stored as is: its size is the file's, already bounded.
                return keep ? raw.readNBytes((int) Math.min(bound, Integer.MAX_VALUE - 8)) : null;
            }
            InputStream input = raw;
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                boolean last = i == filters.size() - 1;
                BoundedSink sink = new BoundedSink(bound, !last || keep, step);
                filter.decode(input, sink, stream, i);
                if (last) {
                    return keep ? sink.kept.toByteArray() : null;
                }
                input = new ByteArrayInputStream(sink.kept.toByteArray());
            }
            return null;
        }
    }

    static List<COSName> filters(COSStream stream) {
        COSBase filters = resolve(stream.getFilters());
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (resolve(array.get(i)) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }

    /**
     * How many times its encoded length a stream can grow at most through {@code filters}: deflate
     * reaches about 1032:1, an LZW code stands for at most 4096 bytes, a run-length pair for 128;
     * ASCII encodings shrink. A filter without a known bound makes the whole chain unbounded.
     */
    private static double maxExpansion(List<COSName> filters) {
        double expansion = 1;
        for (COSName filter : filters) {
            if (COSName.FLATE_DECODE.equals(filter) || COSName.FLATE_DECODE_ABBREVIATION.equals(filter)) {
                expansion *= 1032;
            } else if (COSName.LZW_DECODE.equals(filter) || COSName.LZW_DECODE_ABBREVIATION.equals(filter)) {
                expansion *= 4096;
            } else if (COSName.RUN_LENGTH_DECODE.equals(filter) || COSName.RUN_LENGTH_DECODE_ABBREVIATION.equals(filter)) {
                expansion *= 64;
            } else if (!(COSName.ASCII_HEX_DECODE.equals(filter) || COSName.ASCII_HEX_DECODE_ABBREVIATION.equals(filter)
                    || COSName.ASCII85_DECODE.equals(filter) || COSName.ASCII85_DECODE_ABBREVIATION.equals(filter))) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return expansion;
    }

    /** Thrown out of a filter when its output passes the bound. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("decoded stream over the bound", null);
        }
    }

    /** Counts what a filter writes, keeping it only when another filter must read it. */
    private static final class BoundedSink extends OutputStream {
        private final long bound;
        private final ByteArrayOutputStream kept;
        private final Runnable step;
        private long count;

        BoundedSink(long bound, boolean keep, Runnable step) {
            this.bound = bound;
            this.kept = keep ? new ByteArrayOutputStream() : null;
            this.step = step;
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
            if (kept != null) {
                kept.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            add(length);
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }

        private void add(long length) throws TooLarge {
            count += length;
            if (count > bound) {
                throw new TooLarge();
            }
            step.run();
        }
    }
}
