package io.aegis.adapters.web;

import io.aegis.adapters.web.health.HealthController;
import io.aegis.adapters.web.page.SessionCookie;
import io.aegis.application.health.port.in.CheckHealthUseCase;
import io.aegis.application.identity.port.in.AuthenticateUseCase;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import jakarta.servlet.DispatcherType;
import java.net.InetAddress;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP server: every controller's routes under {@code /api/v1}, the OpenAPI document and Swagger UI
 * under {@code /api}, the web interface's pages everywhere else, and what applies to every request (request ids, access log, security headers, body
 * limits, problem+json errors). Javalin 7 takes all of this up front, before it starts.
 */
public final class WebServer {

    public static final String API_BASE = "/api/v1";
    /** How long {@link #stop()} lets requests in flight finish. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final WebSettings settings;
    private final RequestAuthenticator authenticator;
    private final PageAuthenticator pageAuthenticator;
    private final List<ApiRoute> apiRoutes;
    private final List<PageRoute> pageRoutes;
    /** The routes whose bodies are streamed, with their limits: from every controller and page controller. */
    private final Map<String, Long> streamedBodies;
    private final Javalin app;
    /** Set while Javalin configures the server, in the constructor. */
    private ConnectionsPerAddress connectionsPerAddress;

    public WebServer(WebSettings settings, CheckHealthUseCase health, AuthenticateUseCase authenticate,
                     List<Controller> controllers, List<PageController> pages, SessionCookie sessionCookie) {
        this.settings = settings;
        this.authenticator = new RequestAuthenticator(authenticate);
        this.pageAuthenticator = new PageAuthenticator(authenticate, sessionCookie);
        this.pageRoutes = pages.stream().flatMap(page -> page.pages().stream()).toList();
        this.apiRoutes = Stream.concat(Stream.of(new HealthController(health, settings.version())),
                        controllers.stream())
                .flatMap(controller -> controller.routes().stream())
                .toList();
        this.streamedBodies = Stream.concat(controllers.stream().map(Controller::streamedBodies),
                        pages.stream().map(PageController::streamedBodies))
                .flatMap(routes -> routes.entrySet().stream())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        OpenApiDocument openApi = new OpenApiDocument(settings.version());
        SwaggerUi swaggerUi = new SwaggerUi();
        StaticFiles staticFiles = new StaticFiles();
        this.app = Javalin.create(config -> configure(config, openApi, swaggerUi, staticFiles));
    }

    /** Whether {@code path} is the web interface's, whose answers are pages, not problem+json. */
    static boolean isPage(String path) {
        return !(path.equals("/api") || path.startsWith("/api/"));
    }

    /** Starts listening; returns the bound port, which is a free one when the settings ask for port 0. */
    /** How many connections {@code address} has open as the per-address limit counts them: for tests. */
    int openConnectionsFrom(InetAddress address) {
        return connectionsPerAddress.openFrom(address);
    }

    public int start() {
        app.start(settings.host(), settings.port());
        return app.port();
    }

    /** Stops accepting connections and waits up to 10 s for requests in flight before closing. */
    public void stop() {
        app.stop();
    }

    /** Every route under {@code /api/v1}, health included, with its path relative to {@code /api/v1}. */
    public List<ApiRoute> apiRoutes() {
        return apiRoutes;
    }

    private void configure(JavalinConfig config, OpenApiDocument openApi, SwaggerUi swaggerUi,
                           StaticFiles staticFiles) {
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(Json.mapper(), false));
        config.http.prefer405over404 = true;
        BodyLimits limits = settings.bodyLimits().withStreamed(streamedBodies);
        // what ctx.bodyAsBytes() and Jetty's multipart parser read at most: the larger limit, since the route's own
        // was checked before (RequestBodyGuard refuses a longer declared body up front, BufferedBodyHandler a longer
        // chunked one while reading it)
        config.http.maxRequestSize = limits.uploadBytes();
        config.jetty.multipartConfig.maxTotalRequestSize(limits.uploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxFileSize(limits.uploadBytes(), SizeUnit.BYTES);

        config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(new TransportErrorHandler());
            // ahead of the servlet layer, so that no thread waits for a body: a slow client holds a socket only
            server.insertHandler(new BufferedBodyHandler(limits, settings.requestBodyTimeout()));
            // Jetty 12 drains requests in flight on stop only through a GracefulHandler and a stop timeout; inserted
            // last, it comes first, so a request whose body is still arriving counts as in flight
            server.insertHandler(new GracefulHandler());
            server.setStopTimeout(STOP_TIMEOUT.toMillis());
            server.addBean(new NetworkConnectionLimit(settings.maxConnections(), server));
            connectionsPerAddress = new ConnectionsPerAddress(settings.maxConnectionsPerAddress(), server);
            server.addBean(connectionsPerAddress);
        });
        config.jetty.modifyServletContextHandler(context -> context.addFilter(new RequestContextFilter(), "/*",
                EnumSet.of(DispatcherType.REQUEST)));

        RequestBodyGuard bodyGuard = new RequestBodyGuard(limits);
        config.routes.before(SecurityHeaders::apply);
        config.routes.beforeMatched(API_BASE + "/*", bodyGuard::check);
        // protection is applied here, route by route, so that no route can be registered without it
        apiRoutes.forEach(route -> config.routes.addHttpHandler(route.method(), API_BASE + route.path(),
                route.access() == ApiRoute.Access.PUBLIC ? route.handler() : authenticator.protect(route)));
        config.routes.get(OpenApiDocument.PATH, openApi::serve);
        config.routes.get(SwaggerUi.PATH, swaggerUi::page);
        config.routes.get(SwaggerUi.PATH + "/{file}", swaggerUi::asset);
        pageRoutes.forEach(route -> config.routes.addHttpHandler(route.method(), route.path(),
                pageAuthenticator.protect(route)));
        config.routes.get(StaticFiles.PATH + "/{file}", staticFiles::serve);

        // Javalin picks the handler registered for the nearest superclass and brings its own for
        // HttpResponseException and ValidationException: claiming those too sends every exception
        // through the one table
        config.routes.exception(Exception.class, ProblemResponses::respond);
        config.routes.exception(HttpResponseException.class, ProblemResponses::respond);
        config.routes.exception(ValidationException.class, ProblemResponses::respond);
    }
}
