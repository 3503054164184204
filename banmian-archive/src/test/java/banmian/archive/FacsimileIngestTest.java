package banmian.archive;

import banmian.archive.export.AltoWriter;
import banmian.archive.export.ArchiveExports;
import banmian.archive.export.PageExport;
import banmian.archive.export.PageSize;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code banmian ingest} of page PDFs keeps each page as printed, beside its JSON. */
@RealPages
class FacsimileIngestTest {
    private static final LocalDate DATE = LocalDate.of(2018, 1, 2);

    @TempDir
    Path dir;

    @Test
    void aPagePdfIsKeptAsItsOwnPageAndARerunSkipsItUntilItsFacsimileIsGone() throws IOException {
        Path pdf = Files.copy(SharedCorpus.directory().resolve("corpus/rmrb/rmrb2018010207.pdf"), dir.resolve("rmrb2018010207.pdf"));
        Path data = dir.resolve("data");
        IngestorTest.Recorder recorder = new IngestorTest.Recorder();
        assertEquals(1, IngestorTest.ingest(data, List.of(pdf), recorder).pages(), recorder.problems.toString());
        Facsimile facsimile;
        try (Archive archive = Archive.openForReading(data)) {
            facsimile = archive.facsimile("人民日报", DATE, 7).orElseThrow();
        }
        assertEquals(data.resolve("facsimiles/renminribao/2018-01-02/p07.pdf"), facsimile.pdf());
        try (PDDocument kept = Loader.loadPDF(facsimile.pdf().toFile()); PDDocument source = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, kept.getNumberOfPages());
            assertEquals(source.getPage(0).getCropBox().getWidth(), facsimile.width(), 0.01);
            assertEquals(source.getPage(0).getCropBox().getHeight(), facsimile.height(), 0.01);
        }
        assertEquals(1, IngestorTest.ingest(data, List.of(pdf), recorder).skipped(), "unchanged: skipped");

        // An archive written before pages were kept as printed: the page is taken again for its facsimile.
        Files.delete(data.resolve("facsimiles/renminribao/2018-01-02/p07.json"));
        assertEquals(1, IngestorTest.ingest(data, List.of(pdf), recorder).pages());
        try (Archive archive = Archive.openForReading(data)) {
            assertTrue(archive.facsimile("renminribao", DATE, 7).isPresent());
        }
    }

    @Test
    void anExportedPageIsAsLargeAsItsFacsimile() throws Exception {
        Path pdf = Files.copy(SharedCorpus.directory().resolve("corpus/rmrb/rmrb2018010207.pdf"), dir.resolve("rmrb2018010207.pdf"));
        Path data = dir.resolve("data");
        IngestorTest.Recorder recorder = new IngestorTest.Recorder();
        assertEquals(1, IngestorTest.ingest(data, List.of(pdf), recorder).pages(), recorder.problems.toString());
        try (Archive archive = Archive.openForReading(data)) {
            Facsimile facsimile = archive.facsimile("人民日报", DATE, 7).orElseThrow();
            PageExport export = ArchiveExports.page(archive, "人民日报", DATE, 7).orElseThrow().pages().get(0);
            assertEquals(new PageSize(facsimile.width(), facsimile.height()), export.size());
            assertEquals("p07.pdf", export.sourceFile());
            DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
            xml.setNamespaceAware(true);
            Element page = (Element) xml.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(AltoWriter.toBytes(export))).getElementsByTagNameNS("*", "Page").item(0);
            assertEquals(facsimile.width() * 1200 / 72, Double.parseDouble(page.getAttribute("WIDTH")), 0.01, "ALTO's page in inch1200");
        }
    }
}
