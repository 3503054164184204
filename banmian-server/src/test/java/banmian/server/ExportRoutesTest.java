package banmian.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ALTO and METS from the API: content types, the METS naming the server's own URLs, errors in JSON. */
class ExportRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @RegisterExtension
    final ServedArchive.PerTest archives = new ServedArchive.PerTest();
    private ServedArchive served;

    @BeforeEach
    void start() throws IOException {
        served = archives.start(data);
    }

    private HttpResponse<String> get(String path, int status, String type) throws Exception {
        HttpResponse<String> response = served.get(path);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith(type), response.headers().toString());
        return response;
    }

    @Test
    void aPageAsAlto() throws Exception {
        String alto = get("/api/pages/jinzhongribao/2024-05-06/2/alto.xml", 200, "application/xml").body();
        assertTrue(alto.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), alto);
        assertTrue(alto.contains("<documentIdentifier documentIdentifierLocation=\"banmian\">jinzhongribao-2024-05-06-p02</documentIdentifier>"), alto);
        assertTrue(alto.contains("CONTENT=\"古城迎来旅游旺季\""), alto);
        // The paper by name works as in the other page routes.
        get("/api/pages/%E6%99%8B%E4%B8%AD%E6%97%A5%E6%8A%A5/2024-05-06/2/alto.xml", 200, "application/xml");
    }

    @Test
    void anIssueAsMetsOverTheServersUrls() throws Exception {
        String mets = get("/api/issues/jinzhongribao/2024-05-06/mets.xml", 200, "application/xml").body();
        assertTrue(mets.contains("xlink:href=\"/api/pages/jinzhongribao/2024-05-06/1/alto.xml\""), mets);
        assertTrue(mets.contains("xlink:href=\"/api/pages/jinzhongribao/2024-05-06/2\""), mets);
        assertEquals(3, mets.split("TYPE=\"ARTICLE\"", -1).length - 1, "the report over two pages is one article: " + mets);
        // Each file the METS names is served.
        get("/api/pages/jinzhongribao/2024-05-06/1/alto.xml", 200, "application/xml");
        get("/api/pages/jinzhongribao/2024-05-06/2", 200, "application/json");
        String page = get("/api/pages/jinzhongribao/2024-05-06/2/mets.xml", 200, "application/xml").body();
        assertEquals(2, page.split("TYPE=\"ARTICLE\"", -1).length - 1, page);
    }

    @Test
    void missingAndMalformedAreJsonErrors() throws Exception {
        assertEquals("no page jinzhongribao 2024-05-06 9", JSON.readTree(
                get("/api/pages/jinzhongribao/2024-05-06/9/alto.xml", 404, "application/json").body()).get("error").asText());
        assertEquals("no pages of jinzhongribao on 2024-05-09", JSON.readTree(
                get("/api/issues/jinzhongribao/2024-05-09/mets.xml", 404, "application/json").body()).get("error").asText());
        assertTrue(JSON.readTree(get("/api/issues/jinzhongribao/2024-13-09/mets.xml", 400, "application/json").body())
                .get("error").asText().startsWith("date: "));
        assertTrue(JSON.readTree(get("/api/pages/jinzhongribao/2024-05-06/x/alto.xml", 400, "application/json").body())
                .get("error").asText().startsWith("number: "));
        get("/api/pages/jinzhongribao/2024-05-06/0/alto.xml", 400, "application/json");
    }
}
