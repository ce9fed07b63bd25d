package io.aegis.adapters.web.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.Json;
import io.aegis.adapters.web.RunningServer;
import io.aegis.application.port.Patch;
import io.javalin.http.Context;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PATCH bodies bound to a record of {@code Patch} components ({@link PatchDeserializer}, {@link JsonBodies#readChanges}),
 * read by a stub route that answers what each field became: kept, cleared or set.
 */
class PatchBindingTest {

    private static RunningServer server;

    /** The request record a controller binds the body to. */
    record Change(@NotClearable Patch<String> name, Patch<String> note, Patch<JsonNode> tags,
                  @NotClearable Patch<Boolean> enabled, Patch<Integer> size, Patch<List<String>> labels,
                  @JsonProperty("is_active") Patch<Boolean> active) {
    }

    @BeforeAll
    static void start() {
        Controller patches = () -> List.of(ApiRoute.patch("/change", PatchBindingTest::describeChange));
        server = RunningServer.start(List.of(patches));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void describeChange(Context ctx) throws Exception {
        Change change = JsonBodies.readChanges(ctx, Change.class);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("name", describe(change.name()));
        answer.put("note", describe(change.note()));
        answer.put("tags", describe(change.tags()));
        answer.put("enabled", describe(change.enabled()));
        answer.put("size", describe(change.size().map(size -> size * 10)));
        answer.put("labels", describe(change.labels()));
        answer.put("is_active", describe(change.active()));
        ctx.result(Json.mapper().writeValueAsString(answer));
    }

    private static String describe(Patch<?> patch) {
        if (!patch.present()) {
            return "kept";
        }
        return patch.value() == null ? "cleared" : "set " + patch.value();
    }

    @Test
    void jackson_asks_the_deserializer_for_an_absent_field_so_every_absent_patch_is_kept() throws Exception {
        Change none = Json.mapper().readValue("{}", Change.class);

        assertThat(List.of(none.name(), none.note(), none.tags(), none.enabled(), none.size(), none.labels(),
                none.active())).allSatisfy(patch -> assertThat(patch).isEqualTo(Patch.keep()));
    }

    @Test
    void an_absent_field_is_kept_a_null_one_cleared_and_a_value_set() {
        JsonNode answer = ok("{\"name\": \"Core\", \"note\": null, \"is_active\": false}");

        assertThat(answer.get("name").asText()).isEqualTo("set Core");
        assertThat(answer.get("note").asText()).isEqualTo("cleared");
        assertThat(answer.get("is_active").asText()).isEqualTo("set false");
        assertThat(answer.get("tags").asText()).isEqualTo("kept");
        assertThat(answer.get("enabled").asText()).isEqualTo("kept");
        assertThat(answer.get("size").asText()).isEqualTo("kept");
    }

    @Test
    void a_value_is_read_as_the_components_type_and_converted_only_when_set() {
        JsonNode set = ok("{\"size\": 4, \"labels\": [\"a\", \"b\"]}");
        JsonNode cleared = ok("{\"size\": null, \"labels\": null}");

        assertThat(set.get("size").asText()).isEqualTo("set 40");
        assertThat(set.get("labels").asText()).isEqualTo("set [a, b]");
        assertThat(cleared.get("size").asText()).isEqualTo("cleared");
        assertThat(cleared.get("labels").asText()).isEqualTo("cleared");
    }

    @Test
    void a_json_field_hands_over_any_shape_and_null_clears_it() {
        assertThat(ok("{\"tags\": [\"a\", {\"b\": 1}]}").get("tags").asText()).isEqualTo("set [\"a\",{\"b\":1}]");
        assertThat(ok("{\"tags\": {}}").get("tags").asText()).isEqualTo("set {}");
        assertThat(ok("{\"tags\": null}").get("tags").asText()).isEqualTo("cleared");
    }

    @Test
    void an_empty_string_is_a_value_not_a_clearing() {
        assertThat(ok("{\"note\": \"\"}").get("note").asText()).isEqualTo("set ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\": 7}|name|must be a string",
        "{\"note\": [\"x\"]}|note|must be a string",
        "{\"note\": false}|note|must be a string",
        "{\"enabled\": \"true\"}|enabled|must be true or false",
        "{\"enabled\": 1}|enabled|must be true or false",
        "{\"is_active\": \"yes\"}|is_active|must be true or false",
        "{\"size\": \"four\"}|size|must be a whole number",
        "{\"size\": 4.5}|size|must be a whole number",
        "{\"labels\": \"a\"}|labels|must be an array",
        "{\"labels\": [\"a\", 1]}|labels.[1]|must be a string",
    })
    void a_field_of_the_wrong_type_is_refused_by_name_saying_what_it_must_be(String body, String field,
                                                                            String message) {
        JsonNode problem = refused(body);

        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(problem.at("/errors/0/message").asText()).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"name\": null}|name", "{\"enabled\": null, \"note\": \"n\"}|enabled"})
    void a_field_that_may_not_be_cleared_refuses_null_by_name(String body, String field) {
        JsonNode problem = refused(body);

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(problem.at("/errors/0/message").asText()).isEqualTo("may not be null");
    }

    @Test
    void fields_that_cannot_be_changed_are_all_named() {
        JsonNode problem = refused("{\"name\": \"Core\", \"id\": 3, \"created_at\": null, \"active\": true}");

        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("id", "created_at", "active");
        assertThat(problem.at("/errors/0/message").asText()).isEqualTo("is not a field that can be changed");
    }

    @Test
    void a_body_that_changes_nothing_is_refused() {
        assertThat(refused("{}").get("detail").asText()).contains("no field");
    }

    @Test
    void an_unpaired_surrogate_is_refused_before_binding() {
        assertThat(refused("{\"note\": \"x\\ud83d\"}").at("/errors/0/field").asText()).isEqualTo("note");
    }

    private static JsonNode ok(String body) {
        HttpResponse<String> response = patch(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RunningServer.json(response);
    }

    private static JsonNode refused(String body) {
        HttpResponse<String> response = patch(body);
        assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(400);
        return RunningServer.json(response);
    }

    private static HttpResponse<String> patch(String body) {
        return server.send(server.request("/api/v1/change").header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }
}
