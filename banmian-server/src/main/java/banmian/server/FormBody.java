package banmian.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.http.BadMessageException;

import java.util.concurrent.TimeoutException;

/**
 * Reads an upload's multipart body once, up front, so that a malformed one (no boundary, a part cut
 * short) is the client's 400 rather than an exception deep in a handler. Jetty streams the parts to
 * disk past a megabyte and stops at the size limit (its "exceeds max" refusal is left to the 413). A
 * body Jetty itself refuses as it arrives (slower than the minimum rate: 408; a control character in a
 * part's header: 400) keeps Jetty's status and reason; one that stops arriving until the idle timeout
 * is a 408. The answer says what was wrong in words, never which Java exception said it.
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

    /** Jetty's own refusal of the body as it arrived, a body that stopped arriving (408), else a 400. */
    private static RuntimeException refusedOrMalformed(Exception e) {
        Throwable innermost = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadMessageException refused) {
                return new HttpResponseException(refused.getCode(), "request body: " + refused.getReason());
            }
            if (cause instanceof TimeoutException) {
                return new HttpResponseException(HttpStatus.REQUEST_TIMEOUT.getCode(),
                        "request body: it stopped arriving before its end (" + cause.getMessage() + ")");
            }
            innermost = cause;
        }
        String reason = innermost.getMessage() == null || innermost.getMessage().isBlank() ? "cut short" : innermost.getMessage();
        return new ArchiveServer.BadRequest("file: the body is not well-formed multipart/form-data (" + reason + ")");
    }
}
