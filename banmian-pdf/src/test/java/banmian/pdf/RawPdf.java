package banmian.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes PDFs object by object, as a hostile file is written: whatever the objects say (a page tree
 * that contains itself, a form that draws itself, a stream that inflates to gigabytes), with a correct
 * cross-reference table so that the reader gets as far as the trap. Objects are numbered from 1 in
 * the order they are added; object 1 should be the catalog.
 */
public final class RawPdf {
    private final List<byte[]> objects = new ArrayList<>();

    /** Adds an object written as PDF source; returns its number. */
    public int add(String source) {
        return add(source.getBytes(StandardCharsets.ISO_8859_1));
    }

    public int add(byte[] source) {
        objects.add(source);
        return objects.size();
    }

    /** Adds a stream with the given dictionary entries (no Length: it is added). */
    public int stream(String dictionary, byte[] data) {
        ByteArrayOutputStream object = new ByteArrayOutputStream();
        object.writeBytes(("<< " + dictionary + " /Length " + data.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        object.writeBytes(data);
        object.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        return add(object.toByteArray());
    }

    /** Adds a FlateDecode stream of {@code data}. */
    public int flateStream(String dictionary, byte[] data) {
        return stream("/Filter /FlateDecode " + dictionary, deflate(data));
    }

    /** Adds a FlateDecode stream of {@code count} copies of {@code unit}, compressed as it is generated. */
    public int flateStream(String dictionary, byte[] unit, long count) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
            byte[] block = repeat(unit, Math.max(1, (1 << 16) / unit.length));
            long written = 0;
            long total = count * unit.length;
            while (written + block.length <= total) {
                out.write(block);
                written += block.length;
            }
            for (; written < total; written += unit.length) {
                out.write(unit);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return stream("/Filter /FlateDecode " + dictionary, compressed.toByteArray());
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            write(out, (i + 1) + " 0 obj\n");
            out.writeBytes(objects.get(i));
            write(out, "\nendobj\n");
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    /**
     * A one-page document: catalog (1), page tree (2), page (3), Helvetica (4), the content stream (5)
     * made by {@code content}, plus {@code resources} in the page's resource dictionary.
     */
    public static byte[] onePage(byte[] content, String resources) {
        RawPdf pdf = onePageSkeleton("/Resources << /Font << /F1 4 0 R >> " + resources + " >> /Contents 5 0 R",
                "/Encoding /WinAnsiEncoding");
        pdf.flateStream("", content);
        return pdf.bytes();
    }

    /**
     * The objects every one-page document begins with: catalog (1), a page tree of that page (2), the
     * page (3) with {@code pageEntries} besides its parent and A4 media box, and Helvetica (4) with
     * {@code fontEntries}; the caller adds the page's streams from object 5 on.
     */
    public static RawPdf onePageSkeleton(String pageEntries, String fontEntries) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + pageEntries + " >>");
        pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica " + fontEntries + " >>");
        return pdf;
    }

    /** A line of ordinary text, so that the page has a text layer besides its trap. */
    public static final String TEXT = "BT /F1 12 Tf 72 700 Td (Ordinary text on the page) Tj ET\n";

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] repeat(byte[] unit, int times) {
        byte[] out = new byte[unit.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(unit, 0, out, i * unit.length, unit.length);
        }
        return out;
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed)) {
            out.write(data);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return compressed.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
