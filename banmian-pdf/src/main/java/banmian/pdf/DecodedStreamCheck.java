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
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
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
        return DecodedSize.resolve(base);
    }

    private static boolean isImage(COSStream stream) {
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            return true;
        }
        return DecodedSize.hasImageCodec(stream);
    }

    /**
     * Decodes the stream into a counter that stops at the bound (keeping its bytes when {@code keep}:
     * then they are returned, null when the stream does not decode).
     */
    private static byte[] checkSize(COSStream stream, PageBudget budget, boolean keep) {
        try {
            return DecodedSize.decode(stream, budget.limits().streamBytes(), keep, budget::step);
        } catch (DecodedSize.TooLarge e) {
            throw budget.exceeded(Limit.STREAM_MIB, String.format(Locale.ROOT,
                    "a stream it uses decodes to more than %d MiB (a compression bomb?)", budget.limits().get(Limit.STREAM_MIB)));
        } catch (BudgetExceededException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Undecodable: PDFBox will say so, or do without the stream, when it reads the page.
            return null;
        }
    }
}
