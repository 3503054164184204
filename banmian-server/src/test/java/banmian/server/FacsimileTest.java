package banmian.server;

import banmian.archive.ArchiveFixtures;
import banmian.archive.Facsimile;
import banmian.archive.PagePdf;
import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Geometry;
import banmian.model.Page;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import banmian.testing.RealPages;
import banmian.testing.SharedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page as printed: kept on upload of a PDF, rendered once, served with caching headers, drawn
 * under its articles' regions in the page view, dropped when the page comes again as a text layer.
 */
class FacsimileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DATE = LocalDate.of(2024, 5, 8);
    private static final String PAGE = "/pages/fenhewanbao/2024-05-08/3";

    @TempDir
    Path data;

    @RegisterExtension
    final ServedArchive.PerTest archives = new ServedArchive.PerTest();
    private ServedArchive served;

    @BeforeEach
    void start() throws Exception {
        served = archives.start(data);
        HttpResponse<String> upload = served.upload(Map.of("paper", ArchiveFixtures.PAPER_B, "date", DATE.toString(), "page", "3"),
                Map.of("printed.pdf", PrintedPage.pdf()));
        assertEquals(201, upload.statusCode(), upload.body());
    }

    private Facsimile facsimile() throws Exception {
        return served.archive.facsimile(ArchiveFixtures.PAPER_B, DATE, 3).orElseThrow();
    }

    private HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(served.url(path)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theUploadedPageIsKeptAsAOnePagePdfOfItsDisplayedSize() throws Exception {
        Facsimile facsimile = facsimile();
        assertEquals(PrintedPage.WIDTH, facsimile.width(), 0.01, "the crop box, not the media box");
        assertEquals(PrintedPage.HEIGHT, facsimile.height(), 0.01);
        assertTrue(facsimile.pdf().endsWith(Path.of("facsimiles", "fenhewanbao", "2024-05-08", "p03.pdf")), facsimile.pdf().toString());
        HttpResponse<byte[]> pdf = getBytes(PAGE + "/page.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("content-type").orElse(""));
        assertArrayEquals(Files.readAllBytes(facsimile.pdf()), pdf.body());
    }

    @Test
    void eachPageOfAPdfOfSeveralKeepsItsOwnPage() throws Exception {
        HttpResponse<String> upload = served.upload(Map.of("paper", ArchiveFixtures.PAPER_B, "date", "2024-05-09"),
                Map.of("issue.pdf", PrintedPage.pdf(2)));
        assertEquals(201, upload.statusCode(), upload.body());
        for (int number : List.of(1, 2)) {
            Facsimile facsimile = served.archive.facsimile(ArchiveFixtures.PAPER_B, LocalDate.of(2024, 5, 9), number).orElseThrow();
            try (PDDocument page = Loader.loadPDF(facsimile.pdf().toFile())) {
                assertEquals(1, page.getNumberOfPages());
                assertEquals(number == 1, new PDFTextStripper().getText(page).contains(PrintedPage.SECOND_HEADLINE),
                        "page " + number + " is its own page of the PDF");
            }
        }
    }

    /** The page with every article's headline and body given lines and boxes, one article under another. */
    private static Page placed(Page page) {
        Map<Integer, Geometry> geometry = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        for (Article article : page.articles()) {
            int line = geometry.size() + 1;
            double top = 40 + 200 * articles.size();
            geometry.put(line, new Geometry(40, top, 300, 24, 22, true));
            geometry.put(line + 1, new Geometry(40, top + 40, 300, 100, 10.5, false));
            Block headline = new Block(BlockType.HEADLINE, article.headlineText(), List.of(line));
            Block body = new Block(BlockType.PARAGRAPH, article.bodyText(), List.of(line + 1));
            articles.add(new Article(null, headline, null, null, null, null, List.of(body), List.of(), article.continuedTo(),
                    article.continuedFrom(), article.enrichment()));
        }
        return new Page(page.meta(), articles, List.of(), geometry);
    }

    @Test
    void aStitchedStoryShowsEachPartBesideItsOwnPage() throws Exception {
        PagePdf blank;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(new PDRectangle(600, 820)));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            blank = PagePdf.cut(out.toByteArray(), List.of(1)).get(1);
        }
        for (Page page : List.of(ArchiveFixtures.paperAFront(), ArchiveFixtures.paperAPageTwo())) {
            served.archive.add(placed(page), "placed", blank);
        }
        served.archive.flush();
        String html = served.get("/articles/jinzhongribao-2024-05-06-p01-2").body();
        assertEquals(2, html.split("<figure class=\"crop\">", -1).length - 1, html);
        assertTrue(html.contains("/pages/jinzhongribao/2024-05-06/1/page.jpg?v=") && html.contains("/pages/jinzhongribao/2024-05-06/2/page.jpg?v="),
                "each part's crop shows its own page: " + html);
        assertTrue(html.contains("viewBox=\"12.0 212.0 356.0 196.0\""), "the first part's crop is its region (the boxes and 4 points) and 24 points: " + html);
        assertTrue(html.contains(ArchiveFixtures.PIPES_SECOND), "both parts' text");
    }

    @Test
    void thePageViewDrawsEachArticleOverItsHeadlineOnAnSvgOfThePageSize() throws Exception {
        String html = served.get(PAGE).body();
        DrawnRegions.assertViewBoxIs(html, PrintedPage.WIDTH, PrintedPage.HEIGHT);
        JsonNode page = JSON.readTree(served.get("/api" + PAGE).body());
        assertEquals(2, DrawnRegions.assertHeadlinesInside(html, page), html);
        assertTrue(html.contains("<title>" + PrintedPage.FIRST_HEADLINE + "</title>"), "hovering names the article");
        assertTrue(html.contains(PAGE + "/page.jpg?v=" + facsimile().sha256().substring(0, 16)), html);
    }

    @Test
    void theImageIsRenderedAtItsWidthWithTheHeadlineWhereThePageJsonSaysItIs() throws Exception {
        HttpResponse<byte[]> response = getBytes(PAGE + "/page.jpg");
        assertEquals(200, response.statusCode());
        assertEquals("image/jpeg", response.headers().firstValue("content-type").orElse(""));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertEquals(PageImages.Size.PAGE.widthPixels, image.getWidth());
        double scale = image.getWidth() / PrintedPage.WIDTH;
        assertEquals(Math.round(PrintedPage.HEIGHT * scale), image.getHeight(), 1.0);
        JsonNode box = JSON.readTree(served.get("/api" + PAGE).body()).at("/articles/0/provenance/headlineBbox");
        assertTrue(darkShare(image, box.get(0).asDouble() * scale, box.get(1).asDouble() * scale, box.get(2).asDouble() * scale,
                box.get(3).asDouble() * scale) > 0.1, "the headline's ink is inside its box on the image");
        assertTrue(darkShare(image, 0, 0, image.getWidth(), 40 * scale) < 0.001, "the band above the headlines is blank");
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(getBytes(PAGE + "/thumb.jpg").body()));
        assertEquals(PageImages.Size.THUMB.widthPixels, thumbnail.getWidth());
    }

    private static double darkShare(BufferedImage image, double x, double y, double width, double height) {
        int dark = 0;
        int all = 0;
        for (int py = (int) y; py < Math.min(image.getHeight(), y + height); py++) {
            for (int px = (int) x; px < Math.min(image.getWidth(), x + width); px++) {
                all++;
                if ((image.getRGB(px, py) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return all == 0 ? 0 : (double) dark / all;
    }

    @Test
    void aPageFarTallerThanWideIsDrawnNoHigherThanFourWidths() {
        assertEquals(PageImages.Size.PAGE.widthPixels / 600.0, PageImages.Size.PAGE.scale(600, 820), 1e-6, "a page: its width");
        float strip = PageImages.Size.PAGE.scale(1, 10_000);
        assertEquals(PageImages.Size.PAGE.widthPixels * PageImages.MAX_ASPECT, 10_000 * strip, 1.0, "a hostile strip: held");
    }

    @Test
    void imagesCarryAnEtagAndAreNotSentAgainToAClientThatHoldsThem() throws Exception {
        HttpResponse<byte[]> first = getBytes(PAGE + "/page.jpg");
        String etag = first.headers().firstValue("etag").orElseThrow();
        assertTrue(etag.startsWith("\"" + facsimile().sha256().substring(0, 32)), etag);
        assertTrue(first.headers().firstValue("cache-control").orElse("").contains("max-age"), first.headers().toString());
        HttpResponse<byte[]> again = getBytes(PAGE + "/page.jpg", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(200, getBytes(PAGE + "/page.jpg", "If-None-Match", "\"something-else\"").statusCode());
        assertEquals(200, getBytes(PAGE + "/thumb.jpg", "If-None-Match", etag).statusCode(), "the thumbnail is another file");
    }

    @Test
    void concurrentFirstRequestsRenderOnceAndLeaveOneWholeFile() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<byte[]>>> responses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                responses.add(clients.submit(() -> getBytes(PAGE + "/page.jpg")));
            }
            byte[] first = null;
            for (Future<HttpResponse<byte[]>> response : responses) {
                HttpResponse<byte[]> answer = response.get();
                assertEquals(200, answer.statusCode());
                first = first == null ? answer.body() : first;
                assertArrayEquals(first, answer.body());
            }
            try (Stream<Path> files = Files.list(facsimile().pdf().getParent())) {
                List<String> names = files.map(file -> file.getFileName().toString()).sorted().toList();
                assertEquals(List.of("p03." + facsimile().sha256().substring(0, 16) + ".page.jpg", "p03.json", "p03.pdf"), names);
            }
            assertArrayEquals(first, Files.readAllBytes(facsimile().rendition("page", "jpg")));
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aPageIngestedAgainFromItsTextLayerHasNoFacsimileAndTheReaderSaysSo() throws Exception {
        getBytes(PAGE + "/page.jpg");
        HttpResponse<String> upload = served.upload(Map.of("paper", ArchiveFixtures.PAPER_B, "date", DATE.toString(), "page", "3"),
                Map.of("page.txt", (PrintedPage.FIRST_HEADLINE + "\n本报讯　樱花开了。\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(201, upload.statusCode(), upload.body());
        assertTrue(served.archive.facsimile(ArchiveFixtures.PAPER_B, DATE, 3).isEmpty());
        try (Stream<Path> files = Files.list(data.resolve("facsimiles/fenhewanbao/2024-05-08"))) {
            assertEquals(0, files.count(), "the PDF and its renderings went with it");
        }
        String html = served.get(PAGE).body();
        assertTrue(html.contains("此版无版面图像"), html);
        assertFalse(html.contains("<svg"), html);
        assertEquals(404, getBytes(PAGE + "/page.jpg").statusCode());
        assertEquals(404, served.get("/pages/jinzhongribao/2024-05-06/1/thumb.jpg").statusCode(), "a fixture page has none");
    }

    @RealPages
    @Test
    void onRealPagesEveryArticlesRegionHoldsItsHeadlineAndTheSvgIsThePage() throws Exception {
        int checked = 0;
        for (String stem : List.of("rmrb2018010207", "rmrb2018010507", "rmrb2018011707")) {
            byte[] pdf = Files.readAllBytes(SharedCorpus.directory().resolve("corpus/rmrb/" + stem + ".pdf"));
            assertEquals(201, served.upload(Map.of("paper", "人民日报"), Map.of(stem + ".pdf", pdf)).statusCode());
            String path = "/pages/renminribao/" + LocalDate.parse(stem.substring(4, 8) + "-" + stem.substring(8, 10) + "-"
                    + stem.substring(10, 12)) + "/" + Integer.parseInt(stem.substring(12));
            Facsimile facsimile = served.archive.facsimile("renminribao", LocalDate.parse(path.split("/")[3]),
                    Integer.parseInt(stem.substring(12))).orElseThrow();
            String html = served.get(path).body();
            DrawnRegions.assertViewBoxIs(html, facsimile.width(), facsimile.height());
            checked += DrawnRegions.assertHeadlinesInside(html, JSON.readTree(served.get("/api" + path).body()));
        }
        assertTrue(checked >= 6, checked + " headlines checked");
    }
}
