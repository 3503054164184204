package banmian.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3.0 description of {@code /api}, kept by hand in {@code openapi.json} beside this class
 * and reviewed with the routes: {@code OpenApiTest} holds it to the routes Javalin has registered,
 * both ways, and parses it with a real OpenAPI parser.
 */
final class OpenApiDocument {
    static final String RESOURCE = "openapi.json";

    private OpenApiDocument() {
    }

    static byte[] bytes() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks banmian/server/" + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
