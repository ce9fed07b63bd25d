package io.aegis.adapters.web.request;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PATCH bodies, read by stub routes that answer what each field became: kept, cleared or set. */
class PatchBodyTest {

    private static final Set<String> CHANGEABLE = Set.of("name", "note", "tags", "enabled", "size");

    private static RunningServer server;

    /** The request record a controller binds the body to. */
    record Change(String name, String note, JsonNode tags, Boolean enabled, Integer size) {
    }

    @BeforeAll
    static void start() {
        Controller patches = () -> List.of(
                ApiRoute.patch("/fields", PatchBodyTest::readFieldByField),
                ApiRoute.patch("/bound", PatchBodyTest::readBound));
        server = RunningServer.start(List.of(patches));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void readFieldByField(Context ctx) throws Exception {
        PatchBody body = PatchBody.read(ctx, CHANGEABLE);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("name", describe(body.requiredText("name")));
        answer.put("note", describe(body.text("note")));
        answer.put("tags", describe(body.json("tags")));
        answer.put("enabled", describe(body.flag("enabled")));
        ctx.result(Json.mapper().writeValueAsString(answer));
    }

    private static void readBound(Context ctx) throws Exception {
        PatchBody body = PatchBody.read(ctx, CHANGEABLE);
        Change change = body.as(Change.class);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("note", describe(body.field("note", change.note())));
        answer.put("size", describe(body.field("size", change.size(), size -> size * 10)));
        answer.put("fields", body.fields().toString());
        ctx.result(Json.mapper().writeValueAsString(answer));
    }

    private static String describe(Patch<?> patch) {
        if (!patch.present()) {
            return "kept";
        }
        return patch.value() == null ? "cleared" : "set " + patch.value();
    }

    @Test
    void an_absent_field_is_kept_a_null_one_cleared_and_a_value_set() {
        JsonNode answer = ok("/fields", "{\"name\": \"Core\", \"note\": null}");

        assertThat(answer.get("name").asText()).isEqualTo("set Core");
        assertThat(answer.get("note").asText()).isEqualTo("cleared");
        assertThat(answer.get("tags").asText()).isEqualTo("kept");
        assertThat(answer.get("enabled").asText()).isEqualTo("kept");
    }

    @Test
    void a_json_field_hands_over_any_shape_and_null_clears_it() {
        assertThat(ok("/fields", "{\"tags\": [\"a\", {\"b\": 1}]}").get("tags").asText())
                .isEqualTo("set [\"a\",{\"b\":1}]");
        assertThat(ok("/fields", "{\"tags\": {}}").get("tags").asText()).isEqualTo("set {}");
        assertThat(ok("/fields", "{\"tags\": null}").get("tags").asText()).isEqualTo("cleared");
    }

    @Test
    void an_empty_string_is_a_value_not_a_clearing() {
        assertThat(ok("/fields", "{\"note\": \"\"}").get("note").asText()).isEqualTo("set ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\": null}|name",
        "{\"name\": 7}|name",
        "{\"note\": [\"x\"]}|note",
        "{\"note\": false}|note",
        "{\"enabled\": null}|enabled",
        "{\"enabled\": \"true\"}|enabled",
        "{\"enabled\": 1}|enabled",
    })
    void a_field_of_the_wrong_shape_or_a_forbidden_null_is_refused_by_name(String body, String field) {
        assertThat(refused("/fields", body).at("/errors/0/field").asText()).isEqualTo(field);
    }

    @Test
    void fields_that_cannot_be_changed_are_all_named() {
        JsonNode problem = refused("/fields", "{\"name\": \"Core\", \"id\": 3, \"created_at\": null}");

        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("id", "created_at");
    }

    @Test
    void a_body_that_changes_nothing_is_refused() {
        assertThat(refused("/fields", "{}").get("detail").asText()).contains("no field");
    }

    @Test
    void a_bound_field_tells_absent_from_null_and_converts_only_a_value() {
        JsonNode set = ok("/bound", "{\"size\": 4, \"note\": \"n\"}");
        JsonNode cleared = ok("/bound", "{\"size\": null}");

        assertThat(set.get("size").asText()).isEqualTo("set 40");
        assertThat(set.get("note").asText()).isEqualTo("set n");
        assertThat(cleared.get("size").asText()).isEqualTo("cleared");
        assertThat(cleared.get("note").asText()).isEqualTo("kept");
    }

    @Test
    void binding_refuses_a_wrong_type_naming_the_field() {
        assertThat(refused("/bound", "{\"size\": \"four\"}").at("/errors/0/field").asText()).isEqualTo("size");
        assertThat(refused("/bound", "{\"size\": 4.5}").at("/errors/0/field").asText()).isEqualTo("size");
    }

    @Test
    void the_body_as_sent_keeps_its_nulls() {
        assertThat(ok("/bound", "{\"note\": null}").get("fields").asText()).isEqualTo("{\"note\":null}");
    }

    private static JsonNode ok(String path, String body) {
        HttpResponse<String> response = patch(path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RunningServer.json(response);
    }

    private static JsonNode refused(String path, String body) {
        HttpResponse<String> response = patch(path, body);
        assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(400);
        return RunningServer.json(response);
    }

    private static HttpResponse<String> patch(String path, String body) {
        return server.send(server.request("/api/v1" + path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }
}
