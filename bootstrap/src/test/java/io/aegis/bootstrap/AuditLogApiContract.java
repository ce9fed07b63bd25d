package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/v1/audit-logs} and {@code /api/v1/audit-logs/verify} over real HTTP against the real wiring,
 * on each database: the changes other routes make show up with their filters, and the chain check names a
 * row changed behind Aegis's back.
 */
abstract class AuditLogApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/audit-logs";
    private static final String CATEGORIES = "/api/v1/asset-categories";


    @Test
    void a_change_is_listed_with_who_what_when_and_its_states_as_json() {
        long id = createCategory();
        aegis.sealAuditTrail();

        JsonNode page = ok(admin.get(PATH + "?resource_type=asset_category&resource_id=" + id));

        assertThat(page.get("total").asLong()).isOne();
        JsonNode row = page.get("items").get(0);
        assertThat(row.get("action").asText()).isEqualTo("asset_category.create");
        assertThat(row.get("resource_id").asLong()).isEqualTo(id);
        assertThat(row.get("outcome").asText()).isEqualTo("success");
        assertThat(row.get("user_id").isIntegralNumber()).as("the logged-in admin").isTrue();
        assertThat(row.get("old_values").isNull()).isTrue();
        assertThat(row.get("new_values").isObject()).as("JSON, not a string holding JSON").isTrue();
        assertThat(row.get("new_values").get("id").asLong()).isEqualTo(id);
        assertThat(Instant.parse(row.get("created_at").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(row.get("row_hash").asText()).matches("[0-9a-f]{64}");
        assertThat(row.get("previous_hash").asText()).matches("[0-9a-f]{64}");
        assertThat(row.get("chain_seq").isIntegralNumber()).isTrue();
        assertThat(row.get("seal_version").asText()).isEqualTo("aegis-audit-v3");
        assertThat(row.get("entry_id").asText()).matches("[0-9a-f]{32}");
        assertThat(row.get("request_id").asText()).isNotBlank();
    }

    @Test
    void the_audit_row_carries_the_servers_request_id_and_the_clients_apart() {
        Api.Response created = admin.send(admin.request(CATEGORIES).header("Content-Type", "application/json")
                .header("X-Request-Id", "my-own-id")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + UUID.randomUUID() + "\"}")));
        long id = created.json().get("id").asLong();

        JsonNode row = ok(admin.get(PATH + "?resource_type=asset_category&resource_id=" + id)).get("items").get(0);

        assertThat(row.get("request_id").asText()).isEqualTo(created.header("X-Request-Id").orElseThrow())
                .isNotEqualTo("my-own-id");
        assertThat(row.get("client_request_id").asText()).isEqualTo("my-own-id");
    }

    @Test
    void filters_combine_and_the_newest_come_first() {
        long id = createCategory();
        assertThat(admin.patch(CATEGORIES + "/" + id, "{\"color\": \"#123456\"}").status()).isEqualTo(200);
        assertThat(admin.delete(CATEGORIES + "/" + id).status()).isEqualTo(204);
        String ofIt = "resource_type=asset_category&resource_id=" + id;

        JsonNode all = ok(admin.get(PATH + "?" + ofIt));
        assertThat(actions(all)).containsExactly("asset_category.deactivate", "asset_category.update",
                "asset_category.create");
        assertThat(actions(ok(admin.get(PATH + "?" + ofIt + "&sort=created_at,id"))))
                .containsExactly("asset_category.create", "asset_category.update", "asset_category.deactivate");
        assertThat(actions(ok(admin.get(PATH + "?" + ofIt + "&action=asset_category.update"))))
                .containsExactly("asset_category.update");

        JsonNode update = all.get("items").get(1);
        Instant updatedAt = Instant.parse(update.get("created_at").asText());
        String at = encoded(update.get("created_at").asText());
        JsonNode from = ok(admin.get(PATH + "?" + ofIt + "&from=" + at));
        assertThat(actions(from)).as("from is inclusive").contains("asset_category.update", "asset_category.deactivate");
        assertThat(times(from)).allSatisfy(time -> assertThat(time).isAfterOrEqualTo(updatedAt));
        JsonNode to = ok(admin.get(PATH + "?" + ofIt + "&to=" + at));
        assertThat(actions(to)).as("to is exclusive").doesNotContain("asset_category.update");
        assertThat(times(to)).allSatisfy(time -> assertThat(time).isBefore(updatedAt));
        assertThat(actions(ok(admin.get(PATH + "?" + ofIt + "&from=2000-01-01T00:00:00%2B02:00&to=2000-01-02T00:00:00Z"))))
                .as("an offset is understood").isEmpty();

        long adminId = update.get("user_id").asLong();
        JsonNode byAdmin = ok(admin.get(PATH + "?user_id=" + adminId + "&limit=5"));
        assertThat(byAdmin.get("items")).hasSizeBetween(1, 5)
                .allSatisfy(row -> assertThat(row.get("user_id").asLong()).isEqualTo(adminId));
        assertThat(ok(admin.get(PATH + "?user_id=2147483647")).get("total").asLong()).isZero();
    }

    @Test
    void pages_are_bounded_and_report_the_total() {
        createCategory();
        createCategory();

        JsonNode page = ok(admin.get(PATH + "?limit=2&offset=1"));

        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(page.get("offset").asInt()).isOne();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.get("items").get(0).get("id").asLong())
                .isGreaterThan(page.get("items").get(1).get("id").asLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"user_id=abc", "user_id=0", "user_id=-3", "user_id=99999999999", "resource_id=x",
        "from=yesterday", "from=2026-11-27T08:15:00", "from=2026-11-27", "to=2026-13-01T00:00:00Z",
        "from=2026-11-28T00:00:00Z&to=2026-11-27T00:00:00Z", "from=2026-11-27T00:00:00Z&to=2026-11-27T00:00:00Z",
        "org_unit_id=0", "org_unit_id=x", "org_unit_id=2147483648", "sort=action", "sort=id,id", "frobnicate=1",
        "limit=0", "limit=501", "offset=-1", "action=a&action=b"})
    void bad_filters_are_400_problems(String query) {
        Api.Response response = admin.get(PATH + "?" + query);

        assertProblem(response, 400);
    }

    @Test
    void several_bad_filters_are_reported_together() {
        JsonNode problem = assertProblem(admin.get(PATH + "?user_id=x&org_unit_id=-1&from=soon&to=later"), 400);

        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("user_id", "org_unit_id", "from", "to");
    }

    @Test
    void verify_answers_ok_for_the_chain_aegis_wrote_and_names_a_row_changed_behind_its_back() {
        long id = createCategory();
        createCategory();
        aegis.sealAuditTrail();
        int row = probe.dsl().select(AUDIT_LOGS.ID).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("asset_category"), AUDIT_LOGS.RESOURCE_ID.eq((int) id))
                .fetchSingle(AUDIT_LOGS.ID);

        JsonNode intact = ok(admin.get(PATH + "/verify"));
        assertThat(intact.get("ok").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.get("rows_checked").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(intact.get("last_hash").asText()).matches("[0-9a-f]{64}");
        assertThat(intact.get("broken_row_id").isNull()).isTrue();

        String original = probe.dsl().select(AUDIT_LOGS.NEW_VALUES).from(AUDIT_LOGS).where(AUDIT_LOGS.ID.eq(row))
                .fetchSingle(AUDIT_LOGS.NEW_VALUES);
        probe.dsl().update(AUDIT_LOGS).set(AUDIT_LOGS.NEW_VALUES, "{\"name\":\"forged\"}")
                .where(AUDIT_LOGS.ID.eq(row)).execute();
        try {
            JsonNode broken = ok(admin.get(PATH + "/verify"));
            assertThat(broken.get("ok").asBoolean()).isFalse();
            assertThat(broken.get("broken_row_id").asLong()).isEqualTo(row);
            assertThat(broken.get("reason").asText()).isEqualTo("content_changed");
            assertThat(broken.get("detail").asText()).contains("row " + row);
        } finally {
            probe.dsl().update(AUDIT_LOGS).set(AUDIT_LOGS.NEW_VALUES, original).where(AUDIT_LOGS.ID.eq(row)).execute();
        }
        assertThat(ok(admin.get(PATH + "/verify")).get("ok").asBoolean()).as("restored").isTrue();
    }

    @Test
    void no_route_changes_or_removes_a_row() {
        long rows = probe.dsl().fetchCount(AUDIT_LOGS);

        List<Integer> statuses = new ArrayList<>();
        statuses.add(admin.post(PATH, "{\"action\": \"forged\"}").status());
        statuses.add(admin.patch(PATH + "/1", "{\"action\": \"forged\"}").status());
        statuses.add(admin.delete(PATH + "/1").status());
        statuses.add(admin.delete(PATH).status());

        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(404, 405));
        assertThat(probe.dsl().fetchCount(AUDIT_LOGS)).isEqualTo(rows);
    }

    @Test
    void callers_without_audit_read_are_refused_and_the_refusal_is_recorded() {
        String key = admin.post("/api/v1/api-keys", "{\"name\": \"reader " + UUID.randomUUID()
                + "\", \"permissions\": [\"asset:read\"]}").json().get("key").asText();
        Api reader = anonymous.withCredential(key);

        assertProblem(reader.get(PATH), 403);
        assertProblem(reader.get(PATH + "/verify"), 403);
        assertProblem(anonymous.get(PATH), 401);
        assertProblem(anonymous.get(PATH + "/verify"), 401);

        JsonNode denied = ok(admin.get(PATH + "?action=audit_log.verify&limit=1")).get("items").get(0);
        assertThat(denied.get("outcome").asText()).isEqualTo("denied");
    }

    private long createCategory() {
        Api.Response created = admin.post(CATEGORIES, "{\"name\": \"Audited " + UUID.randomUUID() + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> actions(JsonNode page) {
        List<String> actions = new ArrayList<>();
        page.get("items").forEach(row -> actions.add(row.get("action").asText()));
        return actions;
    }

    private static List<Instant> times(JsonNode page) {
        List<Instant> times = new ArrayList<>();
        page.get("items").forEach(row -> times.add(Instant.parse(row.get("created_at").asText())));
        return times;
    }

    private static JsonNode assertProblem(Api.Response response, int expectedStatus) {
        assertThat(response.status()).as(response.toString()).isEqualTo(expectedStatus);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(expectedStatus);
        assertThat(response.body()).doesNotContain("Exception", "at io.", "SQL", "select ");
        return problem;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
