package banmian.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who may change the archive. Every route registered with {@link Access#WRITE} (upload, page delete
 * and replace) passes here once it has matched, before its handler reads the body: a read-only server
 * refuses it (403), a request without the server's token is a 401, and a body declared larger than
 * the limit a 413. Reads carry no role and pass untouched. Because the check runs only on a matched
 * route, a wrong method on a known path is still a 405 and an unknown path a 404, token or not.
 * <p>
 * A custom header also keeps other web pages from writing (CSRF): a browser sends it across origins
 * only after a preflight this server does not grant.
 */
final class WriteGuard implements Handler {
    /** The role of the routes that change the archive; the OpenAPI document marks the same routes as needing the token. */
    enum Access implements RouteRole {
        WRITE
    }

    /** The shortest token taken: a guess must cost more than it could win. */
    static final int MIN_TOKEN_LENGTH = 16;
    /** RFC 6750's b64token: what a bearer token may hold, so it travels in a header as it is. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]++=*+");

    private final boolean writable;
    /** The header value every write must carry. */
    private final byte[] authorization;
    private final long maxBodyBytes;

    WriteGuard(boolean writable, String token, long maxBodyBytes) {
        this.writable = writable;
        this.authorization = ("Bearer " + checkedToken(token)).getBytes(StandardCharsets.UTF_8);
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The token, if a client can send it and it is long enough; an {@link IllegalArgumentException} saying why not otherwise. */
    static String checkedToken(String token) {
        if (token == null || token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("a write token needs at least " + MIN_TOKEN_LENGTH + " characters");
        }
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("a write token may hold only ASCII letters, digits and - . _ ~ + / (then = signs)");
        }
        return token;
    }

    @Override
    public void handle(Context ctx) {
        if (!ctx.routeRoles().contains(Access.WRITE)) {
            return;
        }
        if (!writable) {
            throw new ReadOnly();
        }
        String given = ctx.header("Authorization");
        // Compared in constant time: the answer's timing says nothing of how much of a guess was right.
        if (given == null || !MessageDigest.isEqual(authorization, given.getBytes(StandardCharsets.UTF_8))) {
            throw new Unauthorized();
        }
        // An oversized body is refused from its declared length, before it is read.
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw new TooLarge(declared, maxBodyBytes);
        }
    }

    /** A write without the server's token. */
    static final class Unauthorized extends RuntimeException {
        Unauthorized() {
            super("writes (uploads, page deletes and replacements) need the server's token: send Authorization: Bearer TOKEN"
                    + " (the token serve was given by --token or BANMIAN_UPLOAD_TOKEN, else the one it keeps in DATA/upload-token)",
                    null, false, false);
        }
    }

    /** A write to a server started read-only. */
    static final class ReadOnly extends RuntimeException {
        ReadOnly() {
            super("this server was started read-only (--read-only); it takes no writes", null, false, false);
        }
    }

    /** A write whose declared length is over the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long declared, long limit) {
            super(String.format(Locale.ROOT, "the upload of %.1f MiB is larger than the limit of %d MiB (limit pdf-mib)",
                    declared / (1024.0 * 1024), limit >> 20), null, false, false);
        }
    }
}
