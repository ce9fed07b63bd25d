package io.aegis.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.adapters.web.page.SessionCookie;
import io.aegis.application.health.port.in.CheckHealthUseCase;
import io.aegis.application.health.port.in.HealthView;
import io.aegis.application.identity.port.in.AuthenticateUseCase;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.domain.identity.Permission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A {@link WebServer} listening on a free port of 127.0.0.1, and a client to call it. Public for the tests of the
 * request parsers, which live in their package.
 */
public final class RunningServer implements AutoCloseable {

    static final String VERSION = "9.9.9-test";
    static final Duration BODY_TIMEOUT = Duration.ofSeconds(30);
    static final CheckHealthUseCase HEALTHY = () -> new HealthView(true, true);
    /** The one credential the stub authentication accepts; {@link #request} sends it unless told not to. */
    static final String CREDENTIAL = "let-me-in";
    /** Accepts {@link #CREDENTIAL} as an actor holding every permission, and nothing else. */
    static final AuthenticateUseCase STUB_AUTHENTICATION = (presented, origin, use) -> {
        if (!CREDENTIAL.equals(presented)) {
            throw new UnauthenticatedException("unknown credential");
        }
        return new Actor(Optional.of(1L), "tester", EnumSet.allOf(Permission.class), origin);
    };

    private final WebServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int port;

    private RunningServer(WebServer server) {
        this.server = server;
        this.port = server.start();
    }

    static RunningServer start(long maxRequestBytes, CheckHealthUseCase health, List<Controller> controllers) {
        return start(settings(maxRequestBytes, BODY_TIMEOUT), health, controllers);
    }

    static RunningServer start(WebSettings settings, CheckHealthUseCase health, List<Controller> controllers) {
        return new RunningServer(new WebServer(settings, health, STUB_AUTHENTICATION, controllers, List.of(),
                new SessionCookie(false)));
    }

    /** Settings for 127.0.0.1 on a free port, with room for many more connections than any test opens. */
    static WebSettings settings(long maxRequestBytes, Duration requestBodyTimeout) {
        return new WebSettings("127.0.0.1", 0, maxRequestBytes, maxRequestBytes, requestBodyTimeout, 1_000,
                1_000, VERSION);
    }

    public static RunningServer start(List<Controller> controllers) {
        return start(1_000_000, HEALTHY, controllers);
    }

    /** A request carrying the accepted credential. */
    public HttpRequest.Builder request(String path) {
        return anonymousRequest(path).header("Authorization", "Bearer " + CREDENTIAL);
    }

    HttpRequest.Builder anonymousRequest(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(request(path));
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    int port() {
        return port;
    }

    WebServer server() {
        return server;
    }

    public static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
