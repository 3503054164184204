package banmian.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which other origins' web pages may call the API ({@code /api/...}), as the operator named them
 * ({@code banmian serve --cors-origin}). None by default: then no {@code Access-Control-*} header is ever
 * sent, and browsers keep other sites' pages from reading the API's answers.
 * <p>
 * A named origin ({@code https://example.org}, compared exactly as browsers send it) may read
 * ({@code GET}, {@code HEAD}) and send writes, which still need the write token; {@code *}, written
 * alone, lets any origin read and none write. Credentials are never allowed: the API has no cookies, and
 * a write carries its token in a header the page must hold. Javalin's CORS plugin does not fit: it
 * allows a preflight whatever method it asks for, and answers 400 to an origin not listed.
 */
public final class CorsPolicy {
    /** No cross-origin calls: no CORS header at all. */
    public static final CorsPolicy NONE = new CorsPolicy(Set.of());
    /** The origin that stands for any, for reads only. */
    public static final String ANY_ORIGIN = "*";
    private static final Set<HandlerType> READS = EnumSet.of(HandlerType.GET, HandlerType.HEAD);
    private static final Set<HandlerType> WRITES = EnumSet.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE);
    /** How long a browser may keep a preflight's answer. */
    static final int PREFLIGHT_MAX_AGE_SECONDS = 600;

    private final Set<String> origins;

    private CorsPolicy(Set<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /** The origins as {@link #origin} reads them; none is {@link #NONE}. */
    public static CorsPolicy of(Collection<String> origins) {
        Set<String> checked = new LinkedHashSet<>();
        for (String origin : origins) {
            checked.add(origin(origin));
        }
        return new CorsPolicy(checked);
    }

    /**
     * An origin as browsers send it: {@code http} or {@code https}, the host in lower case, the port only
     * when it is not the scheme's own, nothing after it; or {@code *} alone. Anything else (a path, a
     * wildcard inside a host, another scheme) is refused with an {@link IllegalArgumentException} saying so.
     */
    public static String origin(String value) {
        if (ANY_ORIGIN.equals(value)) {
            return ANY_ORIGIN;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw notAnOrigin(value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = uri.getRawUserInfo() == null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                && uri.getRawQuery() == null && uri.getRawFragment() == null;
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
            throw notAnOrigin(value);
        }
        int defaultPort = scheme.equals("https") ? 443 : 80;
        String port = uri.getPort() == -1 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port;
    }

    private static IllegalArgumentException notAnOrigin(String value) {
        return new IllegalArgumentException("not an origin: " + value + "; give scheme://host[:port] exactly, as"
                + " https://example.org (no path, no wildcard in the host), or * alone to let any origin read");
    }

    /** The answers' CORS headers and the preflights on {@code /api/...}; with no origin named, nothing. */
    void register(Javalin app) {
        if (!origins.isEmpty()) {
            app.before("/api/*", this::allow);
        }
    }

    private void allow(Context ctx) {
        // What a cache keeps for one origin is not the answer for another.
        ctx.res().addHeader("Vary", "Origin");
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String requested = ctx.header("Access-Control-Request-Method");
        boolean preflight = ctx.method() == HandlerType.OPTIONS && requested != null;
        HandlerType method = preflight ? HandlerType.Companion.findByName(requested) : ctx.method();
        if (!allows(origin, method)) {
            return;
        }
        boolean named = origins.contains(origin);
        ctx.header("Access-Control-Allow-Origin", named ? origin : ANY_ORIGIN);
        if (!preflight) {
            ctx.header("Access-Control-Expose-Headers", "Retry-After");
            return;
        }
        ctx.header("Access-Control-Allow-Methods", named ? "GET, HEAD, POST, PUT, DELETE" : "GET, HEAD");
        if (named) {
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
        }
        ctx.header("Access-Control-Max-Age", String.valueOf(PREFLIGHT_MAX_AGE_SECONDS));
        ctx.status(HttpStatus.NO_CONTENT);
        ctx.skipRemainingHandlers();
    }

    /** A named origin may read and write; any other, when {@code *} is named, may read. */
    private boolean allows(String origin, HandlerType method) {
        if (origins.contains(origin)) {
            return READS.contains(method) || WRITES.contains(method);
        }
        return origins.contains(ANY_ORIGIN) && READS.contains(method);
    }
}
