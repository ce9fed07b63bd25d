package io.aegis.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Logs a user of the benchmark in to an Aegis node over HTTP. */
final class Login {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Login() {
    }

    /** The bearer token of {@code admin}; fails the run when the login is refused. */
    static String token(HttpClient http, int port, String password) {
        return token(http, port, "admin", password);
    }

    /** The bearer token of {@code username}; fails the run when the login is refused. */
    static String token(HttpClient http, int port, String username, String password) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("login failed: " + response.body());
            }
            return JSON.readTree(response.body()).get("token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
