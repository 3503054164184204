package banmian.server;

import banmian.archive.SearchBusyException;
import banmian.archive.SearchTimeoutException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.Map;

/**
 * The server's defences that hold for every route: Jetty's threads, connections and timeouts bounded
 * ({@link ServerBudgets}), the security headers on every response, 503s with {@code Retry-After} for
 * work turned away, and a generic answer for any unexpected failure (the trace goes to the log, never
 * to the client).
 */
final class Hardening {
    private static final Logger LOG = LoggerFactory.getLogger(Hardening.class);
    /**
     * The reader has no script and its style is one file of its own ({@code /static/reader.css}); the
     * page view's SVG uses presentation attributes, which style-src does not govern.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "DENY");
    /** Seconds a client turned away for load is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 5;
    /** Requests waiting for a thread at most; more are refused by Jetty. */
    private static final int THREAD_QUEUE = 1_024;
    /**
     * Javalin asks Jetty for RFC 3986 with every ambiguity allowed (so that a path parameter may hold an
     * encoded {@code /}); two of them no client of this server sends and Javalin cannot read: IIS's
     * {@code %u002e} escapes, which Javalin's path-parameter decoder throws on (a 500), and encoded dot
     * segments ({@code %2e%2e}), which no link of the reader makes. Jetty answers both with a bare 400.
     */
    static final UriCompliance URI_COMPLIANCE = UriCompliance.RFC3986.without("RFC3986_NO_UTF16_NO_ENCODED_DOTS",
            UriCompliance.Violation.UTF16_ENCODINGS, UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT);

    private Hardening() {
    }

    /**
     * Jetty bounded as {@code budgets} says and listening on {@code host:port}, its URIs held to what the
     * routes can read, the error pages bare.
     */
    static void configure(JavalinConfig config, ServerBudgets budgets, String host, int port) {
        config.jetty.threadPool = new QueuedThreadPool(budgets.maxThreads(), 8, 60_000, new BlockingArrayQueue<>(THREAD_QUEUE));
        config.jetty.modifyHttpConfiguration(http -> {
            http.setIdleTimeout(budgets.idleTimeout().toMillis());
            http.setMinRequestDataRate(budgets.minRequestBytesPerSecond());
            http.setSendServerVersion(false);
            http.setUriCompliance(URI_COMPLIANCE);
        });
        config.jetty.modifyServer(server -> {
            server.addBean(new ConnectionLimit(budgets.maxConnections(), server));
            // What Jetty answers itself (a malformed request line, headers too large) says the status and nothing more.
            ErrorHandler errors = new HeadedErrors();
            errors.setShowStacks(false);
            errors.setShowServlet(false);
            errors.setShowMessageInTitle(false);
            server.setErrorHandler(errors);
        });
        config.jetty.addConnector((server, http) -> connector(server, http, budgets, host, port));
    }

    /**
     * The one connector, in place of Javalin's default: its connections close when a request's headers take
     * longer than the header timeout, or when they send nothing for the idle timeout (a blocking read included).
     */
    private static ServerConnector connector(Server server, HttpConfiguration http, ServerBudgets budgets, String host, int port) {
        ServerConnector connector = new ServerConnector(server, new HeaderDeadlineConnectionFactory(http, budgets.headerTimeout()));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(budgets.idleTimeout().toMillis());
        return connector;
    }

    /** The headers on every response, and the answers to work turned away or failed unexpectedly. */
    static void register(Javalin app) {
        app.before(ctx -> HEADERS.forEach(ctx::header));
        app.after(Hardening::closeWhenRefusingABody);
        app.exception(SearchTimeoutException.class, (e, ctx) -> unavailable(ctx, e.getMessage()));
        app.exception(SearchBusyException.class, (e, ctx) -> unavailable(ctx, e.getMessage()));
        app.exception(UploadIngest.Busy.class, (e, ctx) -> unavailable(ctx, e.getMessage()));
        app.exception(PageImages.Busy.class, (e, ctx) -> unavailable(ctx, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            if (e instanceof HttpResponseException answered) {
                // Javalin's own refusals (a body too large, a bad form): their status and message, nothing more.
                ctx.status(answered.getStatus()).json(ApiJson.error(answered.getMessage()));
                return;
            }
            internalError(ctx, e);
        });
    }

    /** A failure of the server's own: one line to the client, the trace to the log only. */
    static void internalError(Context ctx, Exception e) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        failed(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server's log says more");
    }

    /**
     * A request with a body that is refused (4xx, 5xx) closes its connection once answered: Jetty would
     * otherwise read the rest of the body to keep the connection open, and a client sending uploads
     * the server turns away (queue full, no token, over the limit) would have the server read each whole.
     */
    static void closeWhenRefusingABody(Context ctx) {
        boolean body = ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
        if (body && ctx.statusCode() >= 400) {
            ctx.header("Connection", "close");
        }
    }

    /** 503 with Retry-After: the request was fine, the server has no room for it now. */
    static void unavailable(Context ctx, String message) {
        ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        failed(ctx, HttpStatus.SERVICE_UNAVAILABLE, message);
    }

    /** The API answers JSON, the reader a page saying the same. */
    private static void failed(Context ctx, HttpStatus status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(ApiJson.error(message));
        } else {
            ctx.html(Templates.message(MessageView.failed(message)));
        }
    }

    /**
     * Jetty's answers to requests it refuses before any handler runs (a malformed request line, a URI
     * over 8 KB, headers too large): its bare page, with the security headers every response carries.
     */
    private static final class HeadedErrors extends ErrorHandler {
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            HEADERS.forEach(fields::put);
            return super.badMessageError(status, reason, fields);
        }
    }
}
