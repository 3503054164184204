package banmian.pdf;

import banmian.limits.BudgetExceededException;
import banmian.limits.Limit;
import banmian.limits.PageBudget;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a page whose text depends on a stream that decodes to more than the {@link Limit#STREAM_MIB}
 * bound (a compression bomb: 3 MB of ToUnicode map that inflates to gigabytes). PDFBox decodes a
 * stream whole into memory before reading it, so the bound must hold before PDFBox sees the stream:
 * every stream reachable from the page's contents and resources (content, forms, fonts, Unicode maps;
 * not images, which text extraction never decodes) is decoded here into a counter that stops at the
 * bound. Streams are checked once per document. A stream that fails to decode is left for PDFBox
 * to report: this check is about size only.
 */
final class DecodedStreamCheck {
    /** Dictionary entries that point back up the document rather than into what the page uses. */
    private static final Set<COSName> BACK_LINKS = Set.of(COSName.PARENT, COSName.P, COSName.getPDFName("Annots"),
            COSName.getPDFName("Thumb"), COSName.getPDFName("B"));
    /** Filters of image data, which text extraction never decodes. */
    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Entries whose stream is a character map (a font's Unicode map, an embedded CMap). */
    private static final Set<COSName> CHARACTER_MAPS = Set.of(COSName.TO_UNICODE, COSName.ENCODING, COSName.USE_CMAP);

    /** An object still to look at, and whether it was reached as a character map. */
    private record Pending(COSBase item, boolean characterMap) {
    }

    /** Checks what {@code page} draws with, throwing the budget's error at the first stream over a bound. */
    void check(PDPage page, PageBudget budget) {
        Deque<Pending> pending = new ArrayDeque<>();
        COSDictionary dictionary = page.getCOSObject();
        push(pending, dictionary.getItem(COSName.CONTENTS), false);
        push(pending, dictionary.getItem(COSName.RESOURCES), false);
        long mappedCodes = 0;
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            COSBase item = resolve(next.item());
            if (!(item instanceof COSDictionary || item instanceof COSArray) || !seen.add(item)) {
                continue;
            }
            budget.step();
            if (item instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    push(pending, array.get(i), false);
                }
                continue;
            }
            COSDictionary entries = (COSDictionary) item;
            if (item instanceof COSStream stream) {
                if (isImage(stream)) {
                    continue;
                }
                byte[] map = checkSize(stream, budget, next.characterMap());
                if (map != null) {
                    mappedCodes += CharacterMapRanges.codes(map);
                    if (mappedCodes > budget.limits().get(Limit.CMAP_CODES)) {
                        throw budget.exceeded(Limit.CMAP_CODES, String.format(Locale.ROOT,
                                "its fonts' character maps cover more than %,d codes (a damaged map?)",
                                budget.limits().get(Limit.CMAP_CODES)));
                    }
                }
            }
            for (COSName key : entries.keySet()) {
                if (!BACK_LINKS.contains(key)) {
                    push(pending, entries.getItem(key), CHARACTER_MAPS.contains(key));
                }
            }
        }
    }

    /** Only what may hold streams is followed (ArrayDeque takes no nulls). */
    private static void push(Deque<Pending> pending, COSBase item, boolean characterMap) {
        if (item instanceof COSObject || item instanceof COSDictionary || item instanceof COSArray) {
            pending.push(new Pending(item, characterMap));
        }
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }

    private static boolean isImage(COSStream stream) {
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            return true;
        }
        return filters(stream).stream().anyMatch(IMAGE_FILTERS::contains);
    }

    private static List<COSName> filters(COSStream stream) {
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

    /**
     * Decodes the stream filter by filter into bounded buffers, the last into a counter only unless
     * {@code keep}: then the decoded bytes are returned (null when the stream does not decode).
     */
    private static byte[] checkSize(COSStream stream, PageBudget budget, boolean keep) {
        List<COSName> filters = filters(stream);
        long bound = budget.limits().streamBytes();
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
                BoundedSink sink = new BoundedSink(bound, !last || keep, budget);
                filter.decode(input, sink, stream, i);
                if (last) {
                    return keep ? sink.kept.toByteArray() : null;
                }
                input = new ByteArrayInputStream(sink.kept.toByteArray());
            }
            return null;
        } catch (TooLarge e) {
            throw budget.exceeded(Limit.STREAM_MIB, String.format(Locale.ROOT,
                    "a stream it uses decodes to more than %d MiB (a compression bomb?)", budget.limits().get(Limit.STREAM_MIB)));
        } catch (BudgetExceededException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Undecodable: PDFBox will say so, or do without the stream, when it reads the page.
            return null;
        }
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
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("decoded stream over the bound", null);
        }
    }

    /** Counts what a filter writes, keeping it only when another filter must read it. */
    private static final class BoundedSink extends OutputStream {
        private final long bound;
        private final ByteArrayOutputStream kept;
        private final PageBudget budget;
        private long count;

        BoundedSink(long bound, boolean keep, PageBudget budget) {
            this.bound = bound;
            this.kept = keep ? new ByteArrayOutputStream() : null;
            this.budget = budget;
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
            budget.step();
        }
    }
}
