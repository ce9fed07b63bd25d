package io.aegis.adapters.web.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.RunningServer;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Request bodies bound strictly to records by a stub route that answers what it bound. */
class JsonBodiesTest {

    private static RunningServer server;

    record Owner(String name, int age) {
    }

    record Item(String title, Integer count, Boolean active, List<String> tags, Owner owner, Instant due) {
    }

    @BeforeAll
    static void start() {
        Controller bodies = () -> List.of(ApiRoute.post("/bind", ctx -> ctx.result(JsonBodies.read(ctx, Item.class)
                .toString())));
        server = RunningServer.start(List.of(bodies));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_body_binds_to_its_record_and_absent_fields_are_null() {
        HttpResponse<String> response = server.postJson("/api/v1/bind",
                "{\"title\": \"t\", \"tags\": [\"a\"], \"owner\": {\"name\": \"n\", \"age\": 3}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo("Item[title=t, count=null, active=null, tags=[a], owner=Owner[name=n, age=3], due=null]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"count\": \"seven\"}|count|must be a whole number",
        "{\"count\": 1.5}|count|must be a whole number",
        "{\"count\": \"\"}|count|must be a whole number",
        "{\"active\": \"\"}|active|must be true or false",
        "{\"title\": {\"a\": 1}}|title|must be a string",
        "{\"tags\": \"a\"}|tags|must be an array",
        "{\"tags\": [\"a\", [1]]}|tags.[1]|must be a string",
        "{\"owner\": {\"age\": \"old\"}}|owner.age|must be a whole number",
        "{\"owner\": []}|owner|must be an object",
        "{\"due\": \"tomorrow\"}|due|must be an RFC 3339 timestamp",
        "{\"colour\": \"red\"}|colour|is not a known field",
        "{\"owner\": {\"name\": \"n\", \"age\": 1, \"nickname\": \"x\"}}|owner.nickname|is not a known field",
    })
    void a_wrong_type_or_unknown_field_is_refused_by_name(String body, String field, String message) {
        HttpResponse<String> response = server.postJson("/api/v1/bind", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(RunningServer.json(response).at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(RunningServer.json(response).at("/errors/0/message").asText()).isEqualTo(message);
    }

    @Test
    void every_unknown_field_is_named_at_once() {
        HttpResponse<String> response = server.postJson("/api/v1/bind",
                "{\"title\": \"t\", \"id\": 1, \"colour\": \"red\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(response).get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("id", "colour");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "null", "\"text\"", "42", "{\"title\": ", "{'title': 't'}", "{} {}"})
    void a_body_that_is_not_one_json_object_is_refused(String body) {
        HttpResponse<String> response = server.postJson("/api/v1/bind", body);

        assertThat(response.statusCode()).as(body).isEqualTo(400);
        JsonNode problem = RunningServer.json(response);
        assertThat(problem.get("detail").asText()).containsAnyOf("JSON object", "not valid JSON", "body is required");
        assertThat(problem.has("errors")).isFalse();
    }

    @Test
    void an_unpaired_surrogate_is_refused_before_binding() {
        HttpResponse<String> response = server.postJson("/api/v1/bind", "{\"title\": \"x\\ud800\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(response).at("/errors/0/field").asText()).isEqualTo("title");
    }
}
