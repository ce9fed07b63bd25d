package io.aegis.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A small REST client over real HTTP, for black-box tests of a running Aegis. Every exchange it makes is held
 * to the served OpenAPI document ({@link OpenApiConformance}).
 */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String credential;

    Api(int port) {
        this("http://127.0.0.1:" + port, null);
    }

    private Api(String base, String credential) {
        this.base = base;
        this.credential = credential;
    }

    /** A client that sends {@code credential} (a login token or API key) as its bearer credential. */
    Api withCredential(String credential) {
        return new Api(base, credential);
    }

    String credential() {
        return credential;
    }

    /** Logs in and returns a client carrying the new token. */
    Api loggedInAs(String username, String password) {
        Response login = post("/api/v1/auth/login",
                "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
        if (login.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + login);
        }
        return withCredential(login.json().get("token").asText());
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), json);
    }

    Response patch(String path, String json, String... headers) {
        return sendJson("PATCH", path, json, headers);
    }

    Response put(String path, String json, String... headers) {
        return sendJson("PUT", path, json, headers);
    }

    private Response sendJson(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request, json);
    }

    Response delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * Sends only the headers of a JSON upload declaring {@code length} bytes and returns the status line
     * of the answer: what a server must decide from the declared length alone.
     */
    String statusOfDeclaredUpload(String path, long length) {
        URI uri = URI.create(base + path);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(("POST " + uri.getPath() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + (credential == null ? "" : "Authorization: Bearer " + credential + "\r\n")
                    + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code request}, whose body (if any) is not checked against the OpenAPI document. */
    Response send(HttpRequest.Builder request) {
        return send(request, null);
    }

    /**
     * Sends {@code request} and fails unless the exchange is what the OpenAPI document describes,
     * {@code json} (the request's JSON body, or null) included.
     */
    private Response send(HttpRequest.Builder request, String json) {
        try {
            Response response = new Response(client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()));
            List<String> violations = OpenApiConformance.served().violations(response.exchange(json));
            if (!violations.isEmpty()) {
                throw new AssertionError("the exchange departs from the OpenAPI document:\n"
                        + String.join("\n", violations));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return credential == null ? request : request.header("Authorization", "Bearer " + credential);
    }

    record Response(HttpResponse<String> raw) {

        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + raw.body(), e);
            }
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }

        OpenApiConformance.Exchange exchange(String requestJson) {
            return new OpenApiConformance.Exchange(raw.request().method(), raw.request().uri().getRawPath(),
                    requestJson, status(), contentType().split(";")[0].trim(), body());
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
