package io.aegis.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebServerTest {

    private static final int LIMIT = 1_000_000;
    private static final byte[] TEN_MEGABYTES = new byte[10 * 1024 * 1024];
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(LIMIT, RunningServer.HEALTHY, List.of(new StubController()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_unknown_route_is_a_404_problem() {
        HttpResponse<String> response = server.get("/api/v1/no-such-thing");

        assertProblem(response, 404);
        assertThat(json(response).get("instance").asText()).isEqualTo("/api/v1/no-such-thing");
    }

    @Test
    void a_known_path_with_the_wrong_method_is_a_405_naming_the_allowed_methods() {
        HttpResponse<String> response = server.send(server.request("/api/v1/stub/failure")
                .DELETE());

        assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void a_protected_route_without_a_valid_credential_is_401_with_a_bearer_challenge() {
        HttpResponse<String> anonymous = server.send(server.anonymousRequest("/api/v1/stub/request-id"));
        HttpResponse<String> wrong = server.send(server.anonymousRequest("/api/v1/stub/request-id")
                .header("Authorization", "Bearer nope"));
        HttpResponse<String> basic = server.send(server.anonymousRequest("/api/v1/stub/request-id")
                .header("Authorization", "Basic dXNlcjpwYXNz"));

        for (HttpResponse<String> response : List.of(anonymous, wrong, basic)) {
            assertProblem(response, 401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        }
        assertThat(server.send(server.anonymousRequest("/api/v1/health")).statusCode()).isEqualTo(200);
    }

    @Test
    void the_allow_header_lists_every_method_of_the_path() {
        HttpResponse<String> response = server.send(server.request("/api/v1/stub/echo").DELETE());

        assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow").orElseThrow().split(", "))
                .containsExactlyInAnyOrder("POST", "PATCH");
    }

    @Test
    void a_body_that_is_not_json_is_a_415() {
        HttpResponse<String> response = server.send(server.request("/api/v1/stub/echo")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")));

        assertProblem(response, 415);
    }

    @Test
    void json_with_a_charset_and_multipart_bodies_are_accepted() {
        HttpResponse<String> json = server.send(server.request("/api/v1/stub/echo")
                .header("Content-Type", "Application/JSON; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> multipart = server.send(server.request("/api/v1/stub/echo")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--")));

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(multipart.statusCode()).isEqualTo(200);
    }

    @Test
    void a_body_declared_larger_than_the_limit_is_a_413_before_a_byte_of_it_is_read() throws IOException {
        // only the headers are sent: the answer must come from the declared length alone
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("POST /api/v1/stub/echo HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + RunningServer.CREDENTIAL + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + TEN_MEGABYTES.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader answer = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));

            assertThat(answer.readLine()).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void a_chunked_body_larger_than_the_limit_is_a_413() {
        // only just over the limit: a client still uploading megabytes when the server closes would see the
        // connection reset rather than the 413, which the server sends either way
        byte[] overLimit = new byte[LIMIT + 100];
        HttpResponse<String> response = server.send(server.request("/api/v1/stub/echo")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(overLimit))));

        assertProblem(response, 413);
    }

    @Test
    void a_chunked_body_within_the_limit_reaches_the_route_whole() {
        byte[] body = new byte[LIMIT];
        HttpResponse<String> response = server.send(server.request("/api/v1/stub/echo")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(String.valueOf(LIMIT));
    }

    @Test
    void a_patch_that_is_not_json_is_a_415_before_any_use_case_runs() {
        HttpResponse<String> response = server.send(server.request("/api/v1/stub/echo")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("name=Servers")));

        assertProblem(response, 415);
    }

    @Test
    void invalid_json_that_reaches_jackson_is_a_400() {
        HttpResponse<String> response = server.postJson("/api/v1/stub/jackson", "{\"name\": ");

        assertProblem(response, 400);
    }

    @Test
    void a_json_field_of_the_wrong_type_is_a_400_naming_the_field() {
        HttpResponse<String> response = server.postJson("/api/v1/stub/jackson", "{\"name\": \"a\", \"size\": \"big\"}");

        assertProblem(response, 400);
        assertThat(json(response).at("/errors/0/field").asText()).isEqualTo("size");
    }

    @Test
    void an_unknown_json_field_is_a_400_naming_the_field() {
        HttpResponse<String> response = server.postJson("/api/v1/stub/jackson", "{\"name\": \"a\", \"size\": 1, \"colour\": 1}");

        assertProblem(response, 400);
        assertThat(json(response).at("/errors/0/field").asText()).isEqualTo("colour");
    }

    @Test
    void an_unexpected_exception_is_a_bare_500_that_reveals_nothing() {
        HttpResponse<String> response = server.get("/api/v1/stub/failure");

        assertProblem(response, 500);
        JsonNode body = json(response);
        assertThat(body.properties()).extracting(field -> field.getKey())
                .containsExactlyInAnyOrder("type", "title", "status", "instance", "request_id");
        assertThat(body.get("type").asText()).isEqualTo("about:blank");
        assertThat(body.get("title").asText()).isEqualTo("Internal error");
        assertThat(response.body()).doesNotContain("SELECT", "password", "Exception", "at io.");
    }

    @Test
    void the_server_gives_every_request_its_own_id_and_keeps_a_valid_client_id_apart() {
        HttpResponse<String> first = server.send(server.request("/api/v1/stub/request-id")
                .header("X-Request-Id", "client-42.retry_1"));
        HttpResponse<String> reused = server.send(server.request("/api/v1/stub/request-id")
                .header("X-Request-Id", "client-42.retry_1"));

        String id = first.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches(UUID);
        assertThat(first.body()).isEqualTo(id + " client-42.retry_1");
        assertThat(reused.headers().firstValue("X-Request-Id")).isNotEqualTo(Optional.of(id));
    }

    @Test
    void an_invalid_client_request_id_is_dropped() {
        HttpResponse<String> response = server.send(server.request("/api/v1/stub/request-id")
                .header("X-Request-Id", "has spaces and <markup>"));

        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches(UUID);
        assertThat(response.body()).isEqualTo(id + " ");
    }

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void a_request_without_an_id_gets_one_that_the_problem_repeats() {
        HttpResponse<String> response = server.get("/api/v1/no-such-thing");

        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(json(response).get("request_id").asText()).isEqualTo(id);
    }

    @Test
    void api_responses_carry_the_security_headers() {
        HttpResponse<String> response = server.get("/api/v1/health");

        assertThat(response.headers().map()).doesNotContainKey("server");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void error_responses_carry_the_security_headers_too() {
        HttpResponse<String> response = server.get("/api/v1/stub/failure");

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void stop_lets_a_request_in_flight_finish() throws Exception {
        StubController stub = new StubController();
        RunningServer stopping = RunningServer.start(List.of(stub));
        CompletableFuture<HttpResponse<String>> inFlight =
                CompletableFuture.supplyAsync(() -> stopping.get("/api/v1/stub/slow"));
        assertThat(stub.slowBegun.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(stopping::close);
        awaitStopping(stopping.port());
        stub.slowMayFinish.countDown();

        HttpResponse<String> response = inFlight.get(5, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("finished");
        stopped.get(15, TimeUnit.SECONDS);
    }

    @Test
    void stop_lets_a_request_whose_body_is_still_arriving_finish() throws Exception {
        RunningServer stopping = RunningServer.start(List.of(new StubController()));
        try (Socket socket = new Socket("127.0.0.1", stopping.port())) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            out.write(("POST /api/v1/stub/echo HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + RunningServer.CREDENTIAL + "\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // the server asks for the body once it reads it: the request is being served from then on
            assertThat(in.readLine()).startsWith("HTTP/1.1 100");
            in.readLine();

            CompletableFuture<Void> stopped = CompletableFuture.runAsync(stopping::close);
            awaitStopping(stopping.port());
            out.write("2\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(in.readLine()).startsWith("HTTP/1.1 200");
            stopped.get(15, TimeUnit.SECONDS);
        }
    }

    /** Polls, for up to 10 s, until the port refuses new connections: the server has begun to stop. */
    private static void awaitStopping(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (accepts(port)) {
            assertThat(System.nanoTime()).as("the server never began to stop").isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    private static boolean accepts(int port) {
        try (Socket probe = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("request_id").asText())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return RunningServer.json(response);
    }
}
