package banmian.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Reads an upload's multipart body once, up front, so that a malformed one (no boundary, a part cut
 * short) is the client's 400 rather than an exception deep in a handler. Jetty streams the parts to
 * disk past a megabyte and stops at the size limit (its "exceeds max" refusal is left to the 413). A
 * body Jetty itself refuses as it arrives (slower than the minimum rate: 408) keeps Jetty's status.
 */
final class FormBody {
    private FormBody() {
    }

    /** Parses the body (with Javalin's multipart settings); the handler then reads its fields and files as Jetty keeps them. */
    static void read(Context ctx) {
        try {
            ctx.formParamMap();
        } catch (IllegalStateException tooLarge) {
            if (String.valueOf(tooLarge.getMessage()).contains("exceeds max")) {
                throw tooLarge;
            }
            throw refusedOrMalformed(tooLarge);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception malformedBody) {
            // Jetty's IOException (no boundary, a part cut short), passed on unchecked by Javalin.
            throw refusedOrMalformed(malformedBody);
        }
    }

    /** Jetty's own refusal of the body as it arrived (its status and reason) when that stopped the parse, else a 400. */
    private static RuntimeException refusedOrMalformed(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadMessageException refused) {
                return new HttpResponseException(refused.getCode(), "request body: " + refused.getReason());
            }
        }
        return new ArchiveServer.BadRequest("file: the body is not well-formed multipart/form-data (" + e.getMessage() + ")");
    }
}
