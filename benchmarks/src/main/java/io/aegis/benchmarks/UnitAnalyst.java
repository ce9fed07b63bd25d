package io.aegis.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The user whose lists the scoped scenarios time: a reader of assets and risks in one unit, made through the API as
 * an administrator would make them, so that their scope is resolved on every request as any user's.
 */
final class UnitAnalyst {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USERNAME = "unit-analyst";
    private static final String PASSWORD = "reading one unit, not a secret";

    private UnitAnalyst() {
    }

    /** Makes the role and the user, assigns the role in {@code unitId}, and returns the user's bearer token. */
    static String token(HttpClient http, int port, String adminToken, int unitId) {
        String base = "http://127.0.0.1:" + port + "/api/v1";
        long role = id(send(http, adminToken, "POST", base + "/roles",
                "{\"name\": \"Unit reader\", \"permissions\": [\"asset:read\", \"risk:read\"]}", 201));
        long user = id(send(http, adminToken, "POST", base + "/users", "{\"username\": \"" + USERNAME
                + "\", \"email\": \"unit-analyst@example.com\", \"password\": \"" + PASSWORD
                + "\", \"must_change_password\": false}", 201));
        send(http, adminToken, "PUT", base + "/users/" + user + "/role-assignments",
                "[{\"role_id\": " + role + ", \"org_unit_id\": " + unitId + ", \"recursive\": true}]", 200);
        return Login.token(http, port, USERNAME, PASSWORD);
    }

    private static String send(HttpClient http, String token, String method, String url, String json, int expected) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long id(String body) {
        try {
            return JSON.readTree(body).get("id").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
