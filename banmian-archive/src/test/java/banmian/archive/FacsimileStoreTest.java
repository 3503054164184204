package banmian.archive;

import banmian.model.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages cut from their PDFs at their displayed size, kept, replaced and removed with the page. */
class FacsimileStoreTest {
    @TempDir
    Path data;

    /** Pages of 640 × 860 points, showing 600 × 820 of it from 20 points in, each turned by its rotation. */
    private static byte[] pdf(int... rotations) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int rotation : rotations) {
                PDPage page = new PDPage(new PDRectangle(640, 860));
                page.setCropBox(new PDRectangle(20, 20, 600, 820));
                page.setRotation(rotation);
                document.addPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPageIsCutAtItsDisplayedSizeFromTheCropBoxTurnedByItsRotation() throws IOException {
        Map<Integer, PagePdf> cut = PagePdf.cut(pdf(0, 90, 270), List.of(2, 3, 9));
        assertEquals(List.of(2, 3), List.copyOf(cut.keySet()), "a page beyond the document is left out");
        PagePdf turned = cut.get(2);
        assertEquals(2, turned.sourcePage());
        assertEquals(820, turned.width(), 0.01);
        assertEquals(600, turned.height(), 0.01);
        try (PDDocument single = Loader.loadPDF(turned.bytes())) {
            assertEquals(1, single.getNumberOfPages());
            assertEquals(90, single.getPage(0).getRotation());
        }
        PagePdf upright = PagePdf.cut(pdf(0), List.of(1)).get(1);
        assertEquals(600, upright.width(), 0.01);
        assertEquals(820, upright.height(), 0.01);
    }

    @Test
    void aPageKeepsItsFacsimileUntilItIsIngestedAgainWithoutOne() throws IOException {
        Page page = ArchiveFixtures.all().get(0);
        PagePdf printed = PagePdf.cut(pdf(0), List.of(1)).get(1);
        try (Archive archive = Archive.openForWriting(data)) {
            archive.add(page, "with", printed);
            Facsimile kept = archive.facsimile(page.meta().paper(), page.meta().date(), page.meta().number()).orElseThrow();
            assertEquals(SourceHash.sha256(printed.bytes()), kept.sha256());
            assertEquals(600, kept.width(), 0.01);
            Files.write(kept.rendition("page", "jpg"), new byte[] {1});
            archive.add(page, "again", PagePdf.cut(pdf(90), List.of(1)).get(1));
            Facsimile again = archive.facsimile(page.meta().paper(), page.meta().date(), page.meta().number()).orElseThrow();
            assertEquals(820, again.width(), 0.01, "replaced");
            assertTrue(Files.notExists(kept.rendition("page", "jpg")), "the old page's rendering went with it");
            archive.add(page, "text");
            assertTrue(archive.facsimile(page.meta().paper(), page.meta().date(), page.meta().number()).isEmpty());
            try (Stream<Path> left = Files.list(again.pdf().getParent())) {
                assertEquals(0, left.count());
            }
        }
    }

    @Test
    void aDeletedPageTakesItsFacsimileAndRenderingsWithIt() throws IOException {
        Page page = ArchiveFixtures.all().get(0);
        try (Archive archive = Archive.openForWriting(data)) {
            archive.add(page, "with", PagePdf.cut(pdf(0), List.of(1)).get(1));
            archive.flush();
            Facsimile kept = archive.facsimile(page.meta().paper(), page.meta().date(), page.meta().number()).orElseThrow();
            Files.write(kept.rendition("thumb", "jpg"), new byte[] {1});
            assertTrue(archive.delete(page.meta().paper(), page.meta().date(), page.meta().number()).isPresent());
            assertTrue(archive.facsimile(page.meta().paper(), page.meta().date(), page.meta().number()).isEmpty());
            assertTrue(Files.notExists(kept.pdf()), "the page as printed went");
            assertTrue(Files.notExists(kept.rendition("thumb", "jpg")), "and its renderings");
        }
    }

    @Test
    void aDamagedRecordIsNamed() throws IOException {
        Page page = ArchiveFixtures.all().get(0);
        try (Archive archive = Archive.openForWriting(data)) {
            archive.add(page, "with", PagePdf.cut(pdf(0), List.of(1)).get(1));
            Path record = archive.facsimile(page.meta().paper(), page.meta().date(), page.meta().number()).orElseThrow().pdf()
                    .resolveSibling("p" + String.format("%02d", page.meta().number()) + ".json");
            Files.writeString(record, "{\"width\": 600}");
            DamagedFileException damaged = assertThrows(DamagedFileException.class,
                    () -> archive.facsimile(page.meta().paper(), page.meta().date(), page.meta().number()));
            assertTrue(damaged.getMessage().startsWith("facsimiles/"), damaged.getMessage());
        }
    }
}
