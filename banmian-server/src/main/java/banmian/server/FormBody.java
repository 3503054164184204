package banmian.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.http.BadMessageException;

import java.util.concurrent.TimeoutException;

/**
 * Reads an upload's multipart body once, up front, so that a malformed one (no boundary, a part cut
 * short) is the client's 400 rather than an exception deep in a handler. Jetty streams the parts to
 * disk past a megabyte and stops at the size limit (its "exceeds max" refusal is left to the 413).
 * A body that stops arriving (the idle timeout, the slowest data rate) is a 408. The answer says what
 * was wrong in Jetty's words, never which Java exception said it.
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
            throw malformed(tooLarge);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception malformedBody) {
            // Jetty's IOException (no boundary, a part cut short), passed on unchecked by Javalin.
            throw malformed(malformedBody);
        }
    }

    private static RuntimeException malformed(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (stalled(cause)) {
                break;
            }
            cause = cause.getCause();
        }
        if (stalled(cause)) {
            return new HttpResponseException(HttpStatus.REQUEST_TIMEOUT.getCode(),
                    "file: the body stopped arriving before its end (" + reason(cause) + ")");
        }
        return new ArchiveServer.BadRequest("file: the body is not well-formed multipart/form-data (" + reason(cause) + ")");
    }

    /** Jetty's idle timeout, or its slowest data rate (a 408 of its own). */
    private static boolean stalled(Throwable cause) {
        return cause instanceof TimeoutException
                || cause instanceof BadMessageException bad && bad.getCode() == HttpStatus.REQUEST_TIMEOUT.getCode();
    }

    /** What went wrong without the exception's class: Jetty's reason, else the message. */
    private static String reason(Throwable cause) {
        String reason = cause instanceof BadMessageException bad ? bad.getReason() : cause.getMessage();
        return reason == null || reason.isBlank() ? "the body is cut short" : reason;
    }
}
