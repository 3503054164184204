package banmian.pdf.synth;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CJK faces on this machine that PDFBox can subset and embed: Debian's WenQuanYi (fonts-wqy-microhei,
 * fonts-wqy-zenhei) and AR PL (fonts-arphic-uming, fonts-arphic-ukai). They are opened afresh for every page:
 * PDFBox keeps state in a font program it embeds (the vertical forms it substituted), which would make a
 * page's bytes depend on the pages made before it.
 */
final class SynthFonts implements AutoCloseable {
    /** A face: its name and the font program (shared by every document that embeds it). */
    record Face(String name, TrueTypeFont font, CmapLookup cmap) {
        boolean covers(String text) {
            return text.codePoints().allMatch(c -> c == ' ' || cmap.getGlyphId(c) != 0);
        }

        /** Advance of one character at size 1. */
        float advance(int codePoint) {
            try {
                return font.getAdvanceWidth(cmap.getGlyphId(codePoint)) / (float) font.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final Path[] FILES = {
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"),
    };
    private final List<Face> faces;
    private final List<TrueTypeCollection> open = new ArrayList<>();

    /** Opens the faces found, in a fixed order; fails naming the Debian package when none is installed. */
    SynthFonts() {
        {
            List<Face> found = new ArrayList<>();
            for (Path file : FILES) {
                if (Files.isRegularFile(file)) {
                    try {
                        // The collection stays open: its fonts read their tables from it on demand.
                        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                        open.add(collection);
                        List<TrueTypeFont> inFile = new ArrayList<>();
                        collection.processAllFonts(inFile::add);
                        TrueTypeFont font = inFile.get(0);
                        found.add(new Face(font.getName(), font, font.getUnicodeCmapLookup()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(file + ": " + e.getMessage(), e);
                    }
                }
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("no CJK font found: the page synthesizer needs Debian's fonts-wqy-microhei"
                        + " (and, for more faces, fonts-wqy-zenhei fonts-arphic-uming fonts-arphic-ukai)");
            }
            faces = List.copyOf(found);
        }
    }

    List<Face> faces() {
        return faces;
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeCollection collection : open) {
            collection.close();
        }
    }
}
