package io.aegis.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.application.health.port.in.CheckHealthUseCase;
import io.aegis.application.health.port.in.HealthView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** A {@link WebServer} listening on a free port of 127.0.0.1, and a client to call it. */
final class RunningServer implements AutoCloseable {

    static final String VERSION = "9.9.9-test";
    static final CheckHealthUseCase HEALTHY = () -> new HealthView(true);

    private final WebServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int port;

    private RunningServer(WebServer server) {
        this.server = server;
        this.port = server.start();
    }

    static RunningServer start(long maxRequestBytes, CheckHealthUseCase health, List<Controller> controllers) {
        return new RunningServer(new WebServer(new WebSettings("127.0.0.1", 0, maxRequestBytes, VERSION), health,
                controllers));
    }

    static RunningServer start(List<Controller> controllers) {
        return start(1_000_000, HEALTHY, controllers);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(request(path));
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    WebServer server() {
        return server;
    }

    static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    static JsonNode json(String text) {
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
