package banmian.server;

import banmian.archive.Archive;
import banmian.archive.CostlyWork;
import banmian.archive.DamagedFileException;
import banmian.archive.Facet;
import banmian.archive.SearchCursor;
import banmian.archive.SearchQuery;
import banmian.archive.SearchResults;
import banmian.archive.Story;
import banmian.limits.Limits;
import banmian.model.MetaCheck;
import banmian.model.Page;
import banmian.model.PageMeta;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.UploadedFile;
import io.javalin.security.RouteRole;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web reader and the REST API on one port, over one archive.
 * <ul>
 *   <li>{@code GET /api/search?q=&sort=&paper=&from=&to=&date=&author=&section=&person=&place=&organization=&limit=&offset=&cursor=&facet.{name}.limit=}</li>
 *   <li>{@code GET /api/papers}, {@code GET /api/papers/{paper}/issues?year=&month=}, {@code GET /api/papers/{paper}/issues/{date}}:
 *       the issue browser ({@link IssueRoutes})</li>
 *   <li>{@code GET /api/articles/{id}}, {@code GET /api/pages/{paper}/{date}/{number}}</li>
 *   <li>{@code POST /api/ingest} (multipart {@code file} parts, {@code paper}, optional {@code date}, {@code page})</li>
 *   <li>{@code DELETE} and {@code PUT /api/pages/{paper}/{date}/{number}}, {@code GET /api/openapi.json} ({@link ApiRoutes})</li>
 *   <li>{@code GET /api/health}</li>
 *   <li>{@code GET /}, {@code /articles/{id}}, {@code /pages/{paper}/{date}/{number}}: the reader (HTML from the
 *       templates, {@link Templates})</li>
 *   <li>{@code GET /pages/{paper}/{date}/{number}/page.jpg}, {@code thumb.jpg}, {@code page.pdf}: the page as
 *       printed ({@link FacsimileRoutes})</li>
 * </ul>
 * The API is described by {@code /api/openapi.json}. Writes need the server's token ({@link WriteGuard}); reads
 * are open; other origins' web pages may call the API only as the operator's {@link CorsPolicy} allows. A method a known path does not take is a 405 with an {@code Allow} header.
 * Bad requests get a 4xx status and {@code {"error": "..."}}: a paper name, date, page number or file
 * name that {@link MetaCheck} refuses is a 400. A stored file found damaged (a page JSON, the papers
 * table) is the server's problem, not the client's, and lasts until the file is repaired or the page
 * ingested again: 500 with {@code {"error": "pages/…/p07.json: damaged page JSON (…)"}} (the reader
 * shows the same line), never a stack trace.
 */
public final class ArchiveServer implements AutoCloseable {
    /** How a 404 for a path no route matches begins (a route's own 404 names the page or article it lacks). */
    static final String NO_ROUTE = "no such resource: ";
    private static final List<String> FILTERS = List.of("paper", "date", "from", "to", "author", "section", "person", "place", "organization");
    /** {@code facet.person.limit=50}: how many values one facet lists. */
    private static final Pattern FACET_LIMIT = Pattern.compile("facet\\.([a-z]++)\\.limit");

    private final Archive archive;
    private final UploadIngest uploads;
    private final Javalin app;
    private final WriteGuard writeGuard;
    /** Every route as Javalin registered it, told by Javalin itself as each is added. */
    private final List<Route> registered = new ArrayList<>();
    /** The largest upload body taken: one input at its largest (a page PDF, by default 256 MiB). */
    private final long maxUploadBytes;
    private final ServerBudgets budgets;

    /** A registered route: its method, its path as registered ({@code /api/pages/{paper}/{date}/{number}}) and its roles. */
    record Route(HandlerType method, String path, Set<RouteRole> roles) {
    }

    private ArchiveServer(Archive archive, boolean writable, String host, int port, Limits limits, String writeToken,
                          ServerBudgets budgets, CorsPolicy cors) {
        this.archive = archive;
        this.budgets = budgets;
        this.uploads = writable ? new UploadIngest(archive, limits, budgets.uploadQueue()) : null;
        this.maxUploadBytes = Math.max(limits.pdfBytes(), limits.textBytes());
        this.writeGuard = new WriteGuard(writable, writeToken, maxUploadBytes);
        long maxUploadMib = maxUploadBytes >> 20;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.events.handlerAdded(added ->
                    registered.add(new Route(added.getHttpMethod(), added.getPath(), Set.copyOf(added.getRoles()))));
            config.http.maxRequestSize = maxUploadBytes;
            config.jetty.multipartConfig.maxFileSize(maxUploadMib, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(maxUploadMib, SizeUnit.MB);
            // Parts over a megabyte wait on disk, not in the heap, until their upload's turn.
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            Hardening.configure(config, budgets, host, port);
        });
        routes(cors);
    }

    /** Serves {@code archive} on {@code port} (0: any free port); uploads need an archive opened for writing. */
    public static ArchiveServer start(Archive archive, boolean writable, String host, int port) {
        return start(archive, writable, host, port, Limits.DEFAULT);
    }

    /** {@code limits}: the bounds on the work one uploaded file may cause. */
    public static ArchiveServer start(Archive archive, boolean writable, String host, int port, Limits limits) {
        return start(archive, writable, host, port, limits, newUploadToken());
    }

    /**
     * {@code writeToken}: the secret a client must send with every write, upload, page delete or
     * replacement ({@code Authorization: Bearer TOKEN}); see {@link #checkToken}.
     */
    public static ArchiveServer start(Archive archive, boolean writable, String host, int port, Limits limits,
                                      String writeToken) {
        return start(archive, writable, host, port, limits, writeToken, ServerBudgets.DEFAULT);
    }

    /** {@code budgets}: what one request may cost, and how many are served at once. */
    public static ArchiveServer start(Archive archive, boolean writable, String host, int port, Limits limits,
                                      String writeToken, ServerBudgets budgets) {
        return start(archive, writable, host, port, limits, writeToken, budgets, CorsPolicy.NONE);
    }

    /** {@code cors}: the other origins whose web pages may call the API ({@link CorsPolicy#NONE}: none). */
    public static ArchiveServer start(Archive archive, boolean writable, String host, int port, Limits limits,
                                      String writeToken, ServerBudgets budgets, CorsPolicy cors) {
        ArchiveServer server = new ArchiveServer(archive, writable, host, port, limits, writeToken, budgets, cors);
        server.app.start();
        return server;
    }

    /** A fresh random upload token: 32 bytes, hex. */
    public static String newUploadToken() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /**
     * Refuses, with an {@link IllegalArgumentException} saying why, a token shorter than 16 characters
     * or holding characters other than RFC 6750's (ASCII letters, digits, {@code - . _ ~ + /}, then
     * {@code =} signs), which a client could not send as they are.
     */
    public static void checkToken(String token) {
        WriteGuard.checkedToken(token);
    }

    /** The routes registered, as Javalin told them (the OpenAPI document is held to them). */
    List<Route> registeredRoutes() {
        return List.copyOf(registered);
    }

    public int port() {
        return app.port();
    }

    private void routes(CorsPolicy cors) {
        Hardening.register(app);
        // Costly work (drawings, costly searches) yields to the other requests while any are in flight.
        app.before(ctx -> CostlyWork.shared().requestStarted());
        app.after(ctx -> CostlyWork.shared().requestEnded());
        cors.register(app);
        IssueRoutes.register(app, archive);
        app.get("/api/health", ctx -> ctx.json(Map.of("status", "ok", "articles", archive.storyCount(), "pages", archive.pageCount())));
        app.get("/api/search", ctx -> ctx.json(ApiJson.results(search(query(ctx)))));
        app.get("/api/articles/{id}", ctx -> {
            Optional<Story> story = archive.story(ctx.pathParam("id"));
            if (story.isEmpty()) {
                notFound(ctx, "no article " + ctx.pathParam("id"));
                return;
            }
            ctx.json(ApiJson.story(story.get()));
        });
        app.get("/api/pages/{paper}/{date}/{number}", ctx -> {
            Optional<Page> page = page(ctx);
            if (page.isEmpty()) {
                notFound(ctx, "no page " + ctx.pathParam("paper") + " " + ctx.pathParam("date") + " " + ctx.pathParam("number"));
                return;
            }
            ctx.json(ApiJson.page(page.get()));
        });
        app.beforeMatched(writeGuard);
        app.post("/api/ingest", this::ingest, WriteGuard.Access.WRITE);
        ApiRoutes.register(app, archive, uploads);
        ExportRoutes.register(app, archive);
        BrowseRoutes.register(app, archive);
        app.get("/", ctx -> {
            SearchQuery query = query(ctx);
            ctx.html(Templates.search(new SearchView(query, search(query), filters(ctx))));
        });
        app.get("/articles/{id}", ctx -> {
            Optional<Story> story = archive.story(ctx.pathParam("id"));
            if (story.isEmpty()) {
                ctx.status(HttpStatus.NOT_FOUND).html(Templates.message(MessageView.notFound("没有这篇文章：" + ctx.pathParam("id"))));
                return;
            }
            ctx.html(Templates.story(StoryView.of(archive, story.get())));
        });
        app.get("/pages/{paper}/{date}/{number}", ctx -> {
            Optional<Page> page = page(ctx);
            if (page.isEmpty()) {
                ctx.status(HttpStatus.NOT_FOUND).html(Templates.message(MessageView.notFound("没有这一版")));
                return;
            }
            ctx.html(Templates.page(PageView.of(archive, page.get())));
        });
        FacsimileRoutes.register(app, archive);
        Stylesheet.register(app);
        app.exception(BadRequest.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(ApiJson.error(e.getMessage())));
        app.exception(MetaCheck.Invalid.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(ApiJson.error(e.getMessage())));
        app.exception(DamagedFileException.class, (e, ctx) -> {
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
            if (ctx.path().startsWith("/api/")) {
                ctx.json(ApiJson.error(e.getMessage()));
            } else {
                ctx.html(Templates.message(MessageView.damaged(e.getMessage())));
            }
        });
        app.exception(WriteGuard.Unauthorized.class, (e, ctx) -> {
            ctx.header("Connection", "close");
            ctx.header("WWW-Authenticate", "Bearer");
            ctx.status(HttpStatus.UNAUTHORIZED).json(ApiJson.error(e.getMessage()));
        });
        app.exception(WriteGuard.ReadOnly.class, (e, ctx) -> {
            ctx.header("Connection", "close");
            ctx.status(HttpStatus.FORBIDDEN).json(ApiJson.error(e.getMessage()));
        });
        app.exception(ApiRoutes.NoPage.class, (e, ctx) -> notFound(ctx, e.getMessage()));
        app.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
            // Javalin lists the methods the path takes as its one detail (named for HTML or JSON).
            String allowed = String.join(", ", e.getDetails().values());
            ctx.header("Allow", allowed);
            ctx.status(HttpStatus.METHOD_NOT_ALLOWED).json(ApiJson.error(ctx.method() + " is not allowed on " + ctx.path()
                    + "; it takes " + allowed));
        });
        // A 413's connection is closed, not its body read, by Hardening.closeWhenRefusingABody.
        app.exception(WriteGuard.TooLarge.class, (e, ctx) -> ctx.status(HttpStatus.CONTENT_TOO_LARGE).json(ApiJson.error(e.getMessage())));
        // Jetty's multipart parser says so when a body without a declared length runs over the limits.
        app.exception(IllegalStateException.class, (e, ctx) -> {
            if (String.valueOf(e.getMessage()).contains("exceeds max")) {
                ctx.status(HttpStatus.CONTENT_TOO_LARGE).json(ApiJson.error(String.format(Locale.ROOT,
                        "the upload is larger than the limit of %d MiB (limit pdf-mib)", maxUploadBytes >> 20)));
            } else {
                Hardening.internalError(ctx, e);
            }
        });
        app.exception(UploadIngest.Rejected.class, (e, ctx) -> ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(ApiJson.error(e.getMessage())));
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            // Routes answer their own 404s in JSON or HTML; what reaches here matched no route.
            String type = ctx.res().getContentType();
            if (type == null || !(type.startsWith("application/json") || type.startsWith("text/html"))) {
                if (ctx.path().startsWith("/api/")) {
                    notFound(ctx, NO_ROUTE + ctx.path());
                } else {
                    ctx.html(Templates.message(MessageView.notFound("没有这个页面：" + ctx.path())));
                }
            }
        });
    }

    /** A parameter the client got wrong. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private void ingest(Context ctx) throws Exception {
        if (!ctx.isMultipartFormData()) {
            throw new BadRequest("send multipart/form-data with one or more \"file\" parts");
        }
        try (UploadIngest.Ticket place = uploads.admit()) {
            ingestAdmitted(ctx);
        }
    }

    /** The fields first: a bad one refuses the upload before any file is read. */
    private void ingestAdmitted(Context ctx) throws Exception {
        FormBody.read(ctx);
        String paper = blankToNull(ctx.formParam("paper"));
        LocalDate date = date(ctx.formParam("date"), "date");
        Integer number = integer(ctx.formParam("page"), "page");
        PageMeta meta = MetaCheck.given(new PageMeta(paper == null ? null : MetaCheck.paper("paper", paper), date, number, null));
        List<UploadIngest.Upload> files = new ArrayList<>();
        for (UploadedFile file : ctx.uploadedFiles("file")) {
            files.add(new UploadIngest.Upload(file.filename(), file::content));
        }
        ctx.status(HttpStatus.CREATED).json(ApiJson.ingested(uploads.ingest(files, meta)));
    }

    /** A search within the budget; a query the archive cannot take (too many clauses, unreadable) is a 400. */
    private SearchResults search(SearchQuery query) throws IOException {
        try {
            return archive.search(query, budgets.searchTimeout());
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private Optional<Page> page(Context ctx) throws IOException {
        PagePath page = PagePath.of(ctx);
        return archive.page(page.paper(), page.date(), page.number());
    }

    private static SearchQuery query(Context ctx) {
        LocalDate date = date(ctx.queryParam("date"), "date");
        LocalDate from = date != null ? date : date(ctx.queryParam("from"), "from");
        LocalDate to = date != null ? date : date(ctx.queryParam("to"), "to");
        Integer limit = integer(ctx.queryParam("limit"), "limit");
        Integer offset = integer(ctx.queryParam("offset"), "offset");
        String sort = blankToNull(ctx.queryParam("sort"));
        try {
            SearchQuery query = SearchQuery.of(ctx.queryParam("q")).withDates(from, to)
                    .withPage(offset == null ? 0 : offset, limit == null ? SearchQuery.DEFAULT_LIMIT : limit);
            for (Facet facet : Facet.values()) {
                if (facet.filters()) {
                    query = query.with(facet, blankToNull(ctx.queryParam(facet.key())));
                }
            }
            if (sort != null) {
                query = query.withOrder(SearchQuery.Order.byKey(sort.strip())
                        .orElseThrow(() -> new BadRequest("sort: relevance, newest or oldest, not " + sort)));
            }
            for (String parameter : ctx.queryParamMap().keySet()) {
                if (parameter.startsWith("facet.")) {
                    query = withFacetLimit(query, parameter, ctx.queryParam(parameter));
                }
            }
            String cursor = blankToNull(ctx.queryParam("cursor"));
            // Last: a cursor is checked against the order asked for.
            return cursor == null ? query : query.withCursor(SearchCursor.of(cursor));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private static SearchQuery withFacetLimit(SearchQuery query, String parameter, String value) {
        Matcher matcher = FACET_LIMIT.matcher(parameter);
        List<String> facets = Arrays.stream(Facet.values()).map(Facet::key).toList();
        if (!matcher.matches()) {
            throw new BadRequest(parameter + ": not a parameter; facet.{name}.limit asks one facet for more values, name one of " + facets);
        }
        Facet facet = Facet.byKey(matcher.group(1)).orElseThrow(
                () -> new BadRequest(parameter + ": no facet " + matcher.group(1) + "; facets are " + facets));
        Integer values = integer(value, parameter);
        return values == null ? query : query.withFacetLimit(facet, values);
    }

    private static Map<String, String> filters(Context ctx) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = blankToNull(ctx.queryParam(name));
            if (value != null) {
                filters.put(name, value);
            }
        }
        return filters;
    }

    static void notFound(Context ctx, String message) {
        ctx.status(HttpStatus.NOT_FOUND).json(ApiJson.error(message));
    }

    static LocalDate date(String value, String name) {
        return parsed(value, name, LocalDate::parse, "a YYYY-MM-DD date");
    }

    static Integer integer(String value, String name) {
        return parsed(value, name, Integer::valueOf, "a whole number");
    }

    /** A parameter's value, null when absent or blank; a value that does not parse is a bad request. */
    private static <T> T parsed(String value, String name, Function<String, T> parse, String expected) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new BadRequest(name + ": not " + expected + ": " + value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public void close() {
        app.stop();
    }
}
