package io.aegis.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.application.port.AuditChainBrokenException;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.DatabaseBusyException;
import io.aegis.application.port.DatabaseUnavailableException;
import io.aegis.application.port.ExternalSystemException;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.domain.identity.Permission;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.domain.shared.AegisException;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The error table, seen from a client: each exception a route throws, and the problem it becomes. */
class ProblemResponsesTest {

    private static final Map<String, Exception> THROWN = Map.ofEntries(
            Map.entry("no-body", new BadRequestException("a JSON request body is required")),
            Map.entry("bad-request", new BadRequestException("the query string is invalid",
                    List.of(new FieldError("sort", "cannot sort by 'colour'")))),
            Map.entry("invalid-value", new InvalidValueException("color", "must be a hex colour like #1A2B3C")),
            Map.entry("javalin-validation", new ValidationException(
                    Map.of("limit", List.of(new ValidationError<>("TYPE_CONVERSION_FAILED"))))),
            Map.entry("rule-violation", new RuleViolationException("illegal_transition", "a closed risk stays closed")),
            Map.entry("not-found", new NotFoundException("asset category", 7)),
            Map.entry("stale-version", new StaleVersionException("asset category", 7)),
            Map.entry("conflict", new ConflictException("duplicate_name", "the name Servers is taken")),
            Map.entry("unauthenticated", new UnauthenticatedException("no bearer token")),
            Map.entry("forbidden", new ForbiddenException(Permission.ASSET_WRITE)),
            Map.entry("external", new ExternalSystemException("the NVD feed did not answer",
                    new IOException("connection refused: 10.20.30.40:443"))),
            Map.entry("javalin-status", new TooManyRequestsResponse("slow down")),
            Map.entry("database-busy", new DatabaseBusyException(new IllegalStateException("Deadlock found"))),
            Map.entry("database-unavailable", new DatabaseUnavailableException(
                    new IllegalStateException("Communications link failure"))),
            Map.entry("audit-chain-broken", new AuditChainBrokenException()),
            Map.entry("unknown-aegis-type", new AegisException("secret_code", "a new base type nobody mapped") {
            }));

    private static RunningServer server;

    @BeforeAll
    static void start() {
        Controller throwing = () -> List.of(ApiRoute.get("/throw/{case}", ctx -> {
            throw THROWN.get(ctx.pathParam("case"));
        }));
        server = RunningServer.start(List.of(throwing));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("bad-request", 400, "Bad Request", "bad_request"),
                Arguments.of("invalid-value", 400, "Bad Request", "invalid_value"),
                Arguments.of("javalin-validation", 400, "Bad Request", "invalid_value"),
                Arguments.of("rule-violation", 422, "Unprocessable Content", "illegal_transition"),
                Arguments.of("not-found", 404, "Not Found", "not_found"),
                Arguments.of("stale-version", 412, "Precondition Failed", "stale_version"),
                Arguments.of("conflict", 409, "Conflict", "duplicate_name"),
                Arguments.of("unauthenticated", 401, "Unauthorized", "unauthenticated"),
                Arguments.of("forbidden", 403, "Forbidden", "forbidden"),
                Arguments.of("external", 502, "Bad Gateway", "external_system_failed"),
                Arguments.of("javalin-status", 429, "Too Many Requests", "too_many_requests"),
                Arguments.of("database-busy", 503, "Service Unavailable", "database_busy"),
                Arguments.of("database-unavailable", 503, "Service Unavailable", "database_unavailable"),
                Arguments.of("audit-chain-broken", 503, "Service Unavailable", "audit_chain_broken"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("table")
    void each_exception_becomes_its_problem(String thrown, int status, String title, String code) {
        HttpResponse<String> response = server.get("/api/v1/throw/" + thrown);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = RunningServer.json(response);
        assertThat(problem.get("type").asText()).isEqualTo("about:blank");
        assertThat(problem.get("title").asText()).isEqualTo(title);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/throw/" + thrown);
        assertThat(problem.get("request_id").asText())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(problem.get("code").asText()).isEqualTo(code);
    }

    @Test
    void field_errors_are_listed() {
        assertThat(RunningServer.json(server.get("/api/v1/throw/bad-request")).get("errors"))
                .isEqualTo(RunningServer.json("[{\"field\": \"sort\", \"message\": \"cannot sort by 'colour'\"}]"));
        assertThat(RunningServer.json(server.get("/api/v1/throw/invalid-value")).at("/errors/0/field").asText())
                .isEqualTo("color");
        assertThat(RunningServer.json(server.get("/api/v1/throw/javalin-validation")).at("/errors/0/field").asText())
                .isEqualTo("limit");
    }

    @Test
    void a_problem_without_field_errors_has_no_errors_member() {
        assertThat(RunningServer.json(server.get("/api/v1/throw/not-found")).has("errors")).isFalse();
        assertThat(RunningServer.json(server.get("/api/v1/throw/no-body")).has("errors")).isFalse();
    }

    @Test
    void a_401_asks_for_a_bearer_token() {
        assertThat(server.get("/api/v1/throw/unauthenticated").headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"database-busy", "database-unavailable"})
    void a_busy_or_unreachable_database_says_when_to_try_again_and_not_why(String thrown) {
        var response = server.get("/api/v1/throw/" + thrown);

        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(response.body()).doesNotContain("Deadlock").doesNotContain("Communications");
    }

    @Test
    void a_failed_outside_system_is_named_but_its_cause_is_not_shown() {
        HttpResponse<String> response = server.get("/api/v1/throw/external");

        assertThat(RunningServer.json(response).get("detail").asText()).isEqualTo("the NVD feed did not answer");
        assertThat(response.body()).doesNotContain("10.20.30.40");
    }

    @Test
    void an_aegis_exception_outside_the_table_is_a_bare_500() {
        HttpResponse<String> response = server.get("/api/v1/throw/unknown-aegis-type");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("secret_code", "nobody mapped");
    }
}
