package banmian.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document against the server: parsed and validated by swagger-parser, served as kept,
 * and held to the routes Javalin registered, both ways: every {@code /api} route is documented with
 * its method and its need of the token, and every documented operation answers with a status it
 * documents.
 */
class OpenApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code {paper}} in a path template. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]++)\\}");

    @TempDir
    Path data;

    @RegisterExtension
    final ServedArchive.PerTest archives = new ServedArchive.PerTest();
    private ServedArchive served;
    private OpenAPI api;

    @BeforeEach
    void start() throws IOException {
        served = archives.start(data);
        ParseOptions options = new ParseOptions();
        options.setResolveFully(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document(), null, options);
        assertEquals(List.of(), parsed.getMessages(), "the document is valid OpenAPI");
        api = parsed.getOpenAPI();
        assertNotNull(api);
    }

    private static String document() {
        return new String(OpenApiDocument.bytes(), StandardCharsets.UTF_8);
    }

    /** "GET /api/search" to its operation, for every operation the document describes. */
    private Map<String, Operation> documented() {
        Map<String, Operation> operations = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method + " " + path, operation)));
        return operations;
    }

    /** "GET /api/search" to the route, for every route Javalin registered under /api. */
    private Map<String, ArchiveServer.Route> registered() {
        Map<String, ArchiveServer.Route> routes = new TreeMap<>();
        for (ArchiveServer.Route route : served.server.registeredRoutes()) {
            if (route.method().isHttpMethod() && route.path().startsWith("/api/")) {
                routes.put(route.method() + " " + route.path(), route);
            }
        }
        return routes;
    }

    @Test
    void theServedDocumentIsTheOneKept() throws Exception {
        HttpResponse<String> response = served.get("/api/openapi.json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        assertEquals(JSON.readTree(document()), JSON.readTree(response.body()));
        assertEquals("3.0.3", api.getOpenapi());
    }

    @Test
    void everyRegisteredApiRouteIsDocumentedAndEveryDocumentedOperationIsRegistered() {
        Set<String> routes = registered().keySet();
        assertTrue(routes.size() >= 8, "Javalin told of the routes: " + routes);
        assertEquals(routes, documented().keySet());
    }

    @Test
    void exactlyTheWritesNeedTheBearerToken() {
        SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearer");
        assertEquals(SecurityScheme.Type.HTTP, bearer.getType());
        assertEquals("bearer", bearer.getScheme());
        assertTrue(api.getSecurity() == null || api.getSecurity().isEmpty(), "reads are open: no security for the whole API");
        Map<String, Operation> documented = documented();
        registered().forEach((route, registered) -> {
            Operation operation = documented.get(route);
            assertNotNull(operation, route + " is documented");
            boolean write = registered.roles().contains(WriteGuard.Access.WRITE);
            boolean needsToken = operation.getSecurity() != null
                    && operation.getSecurity().stream().anyMatch(requirement -> requirement.containsKey("bearer"));
            assertEquals(write, needsToken, route);
            if (write) {
                assertTrue(operation.getResponses().containsKey("401") && operation.getResponses().containsKey("403"), route);
            }
        });
    }

    @Test
    void everyErrorIsDocumentedAsTheErrorObjectAndEveryPathParameterIsDescribed() {
        documented().forEach((route, operation) -> {
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    MediaType json = response.getContent().get("application/json");
                    assertEquals(Set.of("error"), json.getSchema().getProperties().keySet(), route + " " + status);
                    assertEquals(List.of("error"), json.getSchema().getRequired(), route + " " + status);
                }
            });
            String path = route.substring(route.indexOf(' ') + 1);
            Set<String> placeholders = new TreeSet<>();
            Matcher matcher = PLACEHOLDER.matcher(path);
            while (matcher.find()) {
                placeholders.add(matcher.group(1));
            }
            Set<String> described = new TreeSet<>();
            parameters(path, operation).stream().filter(p -> p.getIn().equals("path")).forEach(p -> described.add(p.getName()));
            assertEquals(placeholders, described, route);
        });
    }

    private List<Parameter> parameters(String path, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        PathItem item = api.getPaths().get(path);
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        return parameters;
    }

    @Test
    void everyDocumentedOperationAnswersWithAStatusItDocuments() throws Exception {
        for (Map.Entry<String, Operation> documented : documented().entrySet()) {
            String method = documented.getKey().substring(0, documented.getKey().indexOf(' '));
            String path = documented.getKey().substring(method.length() + 1);
            String url = path;
            for (Parameter parameter : parameters(path, documented.getValue())) {
                if (parameter.getIn().equals("path")) {
                    assertNotNull(parameter.getExample(), documented.getKey() + ": an example for " + parameter.getName());
                    url = url.replace("{" + parameter.getName() + "}",
                            URLEncoder.encode(String.valueOf(parameter.getExample()), StandardCharsets.UTF_8));
                }
            }
            // No body and no token: a write answers 401, a read with the example's page 404 or 200.
            HttpResponse<String> response = served.send(HttpRequest.newBuilder(URI.create(served.url(url)))
                    .method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.noBody()).build());
            String where = documented.getKey() + " as " + url + ": " + response.statusCode() + " " + response.body();
            Map<String, ApiResponse> responses = documented.getValue().getResponses();
            assertTrue(responses.containsKey(String.valueOf(response.statusCode())), where);
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() >= 400) {
                assertEquals(1, body.size(), where);
                assertFalse(body.get("error").asText().startsWith(ArchiveServer.NO_ROUTE), "a route answered: " + where);
            }
        }
    }
}
