package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What every answer shares whatever the route (issue #11): one timestamp form, one code per kind of field error. */
abstract class ResponseFormApiContract extends RunningAegisContract {

    private static final Pattern MILLISECONDS_UTC =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z");

    @Test
    void every_timestamp_of_every_answer_is_utc_with_exactly_three_decimals() {
        Api.Response login = anonymous.post("/api/v1/auth/login",
                "{\"username\": \"admin\", \"password\": \"" + TestConfigs.ADMIN_PASSWORD + "\"}");
        Api.Response key = admin.post("/api/v1/api-keys",
                "{\"name\": \"timestamps\", \"expires_at\": \"2099-01-02T03:04:05.123456789Z\"}");
        Api.Response roundKey = admin.post("/api/v1/api-keys",
                "{\"name\": \"round\", \"expires_at\": \"2099-01-02T03:04:05Z\"}");
        List<Api.Response> answers = List.of(login, key, roundKey, admin.get("/api/v1/me"),
                admin.get("/api/v1/api-keys"), admin.get("/api/v1/api-keys/" + key.json().get("id").asLong()),
                admin.get("/api/v1/users"), admin.get("/api/v1/roles"), admin.get("/api/v1/org-units/1"),
                admin.post("/api/v1/asset-categories", "{\"name\": \"Timestamps\"}"), admin.get("/api/v1/audit-logs"));

        List<String> timestamps = new ArrayList<>();
        answers.forEach(answer -> collectTimestamps(answer.json(), timestamps));

        assertThat(timestamps).hasSizeGreaterThan(20).allMatch(value -> MILLISECONDS_UTC.matcher(value).matches());
        assertThat(key.json().get("expires_at").asText()).isEqualTo("2099-01-02T03:04:05.123Z");
        assertThat(roundKey.json().get("expires_at").asText()).isEqualTo("2099-01-02T03:04:05.000Z");
        assertThat(admin.get("/api/v1/api-keys/" + key.json().get("id").asLong()).json().get("expires_at").asText())
                .as("read back as it was answered").isEqualTo("2099-01-02T03:04:05.123Z");
    }

    @Test
    void a_value_that_is_not_allowed_is_invalid_value_on_every_route() {
        Map<String, Api.Response> refusals = Map.of(
                "a malformed id in a path", admin.get("/api/v1/users/017"),
                "a malformed id in a filter", admin.get("/api/v1/assets?owner_id=abc"),
                "a flag that is neither true nor false", admin.get("/api/v1/users?is_active=maybe"),
                "an unknown sort field", admin.get("/api/v1/api-keys?sort=secret"),
                "a malformed page size", admin.get("/api/v1/roles?limit=ten"),
                "an e-mail address that is not one", admin.post("/api/v1/users",
                        "{\"username\": \"form-check\", \"email\": \"nope\", \"password\": \"long enough password\"}"),
                "a permission that does not exist", admin.post("/api/v1/api-keys",
                        "{\"name\": \"typo\", \"permissions\": [\"asset:reed\"]}"),
                "a password the policy refuses", admin.post("/api/v1/me/password",
                        "{\"current_password\": \"" + TestConfigs.ADMIN_PASSWORD + "\", \"new_password\":"
                                + " \"password1234\"}"));

        refusals.forEach((what, response) -> {
            assertThat(response.status()).as(what + ": " + response).isEqualTo(400);
            assertThat(response.json().get("code").asText()).as(what).isEqualTo("invalid_value");
            assertThat(response.json().get("errors")).as(what).isNotEmpty();
        });
    }

    @Test
    void a_request_of_the_wrong_shape_is_bad_request_on_every_route() {
        Map<String, Api.Response> refusals = Map.of(
                "an unknown query parameter", admin.get("/api/v1/users?colour=red"),
                "an unknown field", admin.post("/api/v1/asset-categories", "{\"name\": \"x\", \"colour\": \"red\"}"),
                "a number for a text", admin.post("/api/v1/users",
                        "{\"username\": 5, \"email\": \"ok@example.org\", \"password\": \"long enough password\"}"),
                "a missing field", admin.post("/api/v1/api-keys", "{}"),
                "a body that is not JSON", admin.post("/api/v1/roles", "{\"name\": "));

        refusals.forEach((what, response) -> {
            assertThat(response.status()).as(what + ": " + response).isEqualTo(400);
            assertThat(response.json().get("code").asText()).as(what).isEqualTo("bad_request");
        });
    }

    /** Every text member named like a point in time ({@code *_at}, {@code last_login}), at any depth. */
    private static void collectTimestamps(JsonNode node, List<String> into) {
        node.fields().forEachRemaining(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if ((name.endsWith("_at") || name.equals("last_login")) && value.isTextual()) {
                into.add(value.asText());
            }
            collectTimestamps(value, into);
        });
        if (node.isArray()) {
            node.forEach(item -> collectTimestamps(item, into));
        }
    }
}
