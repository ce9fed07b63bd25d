package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.RequestOrigin;
import io.aegis.domain.organisation.OrgUnitId;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/v1/audit-logs} and {@code /api/v1/audit-logs/verify} over real HTTP against the real wiring,
 * on each database: the changes other routes make show up with their filters, the chain check names a
 * row changed behind Aegis's back, and an auditor of some units sees only the rows of those units.
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
        "from=yesterday", "from=2026-11-27T08:15:00", "from=2026-02-30", "to=2026-13-01T00:00:00Z",
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

    /**
     * Entries about resources of units A and B, recorded as the asset and risk services record their changes
     * ({@code change.auditIn}), and one about a resource of no unit; each names a resource id of its own.
     */
    private record UnitEntries(long ofA, long otherOfA, long ofB, long ofNoUnit) {

        static UnitEntries record(AuditTrail trail, UnitActors actors) {
            long base = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
            trail.recordAll(List.of(
                    change(actors.analystOfAId(), "asset.create", "asset", base, actors.unitA()),
                    change(actors.analystOfAId(), "risk.create", "risk", base + 1, actors.unitA()),
                    change(actors.analystOfBId(), "asset.create", "asset", base + 2, actors.unitB()),
                    new AuditEntry(actor(actors.analystOfAId()), Instant.now(), "user.update", "user", base + 3, null,
                            null, Map.of("id", base + 3), AuditEntry.Outcome.SUCCESS, null)));
            return new UnitEntries(base, base + 1, base + 2, base + 3);
        }

        private static AuditEntry change(long user, String action, String type, long id, long unit) {
            return AuditEntry.success(actor(user), Instant.now(), action, type, id, new OrgUnitId(unit), null,
                    Map.of("id", id));
        }

        private static Actor actor(long user) {
            return new Actor(Optional.of(user), "analyst", Set.of(), new RequestOrigin("req-" + user, "127.0.0.1",
                    "junit", ""));
        }

        List<Long> all() {
            return List.of(ofA, otherOfA, ofB, ofNoUnit);
        }
    }

    @Test
    void an_auditor_of_unit_a_sees_the_rows_of_a_only_and_the_root_admin_sees_every_row() {
        UnitActors actors = UnitActors.create(anonymous, admin);
        UnitEntries entries = UnitEntries.record(auditTrail(), actors);
        aegis.sealAuditTrail();

        JsonNode ofA = ok(actors.analystOfA().get(PATH + "?limit=500"));
        assertThat(ofA.get("items")).allSatisfy(row -> assertThat(row.get("org_unit_id").asLong())
                .isEqualTo(actors.unitA()));
        assertThat(resourceIds(ofA)).containsExactly(entries.otherOfA(), entries.ofA());
        assertThat(ofA.get("total").asLong()).as("only A's rows are counted").isEqualTo(2);
        JsonNode ofB = ok(actors.analystOfB().get(PATH));
        assertThat(resourceIds(ofB)).containsExactly(entries.ofB());
        assertThat(ofB.get("items").get(0).get("org_unit_id").asLong()).isEqualTo(actors.unitB());

        JsonNode everything = ok(admin.get(PATH + "?limit=500"));
        assertThat(resourceIds(everything)).containsAll(entries.all());
        JsonNode noUnit = everything.get("items").get(resourceIds(everything).indexOf(entries.ofNoUnit()));
        assertThat(noUnit.get("org_unit_id").isNull()).isTrue();
        assertThat(resourceIds(ok(admin.get(PATH + "?org_unit_id=" + actors.unitA()))))
                .containsExactly(entries.otherOfA(), entries.ofA());
        assertThat(ok(admin.get(PATH + "/verify")).get("ok").asBoolean()).as("the units are sealed with the rows")
                .isTrue();
    }

    @Test
    void an_auditor_of_unit_a_finds_nothing_of_b_nor_of_no_unit_whatever_the_filters() {
        UnitActors actors = UnitActors.create(anonymous, admin);
        UnitEntries entries = UnitEntries.record(auditTrail(), actors);
        Api analystOfA = actors.analystOfA();

        JsonNode ofB = ok(analystOfA.get(PATH + "?org_unit_id=" + actors.unitB()));
        assertThat(ofB.get("items")).isEmpty();
        assertThat(ofB.get("total").asLong()).isZero();
        assertThat(ok(analystOfA.get(PATH + "?resource_type=asset&resource_id=" + entries.ofB())).get("total")
                .asLong()).isZero();
        assertThat(ok(analystOfA.get(PATH + "?resource_type=user&resource_id=" + entries.ofNoUnit())).get("total")
                .asLong()).as("a row of no unit is for organisation-wide auditors").isZero();
        assertThat(ok(analystOfA.get(PATH + "?user_id=" + actors.analystOfAId())).get("total").asLong())
                .as("its own rows of no unit, its login included, stay hidden too").isEqualTo(2);
    }

    @Test
    void verifying_the_chain_is_for_auditors_of_the_whole_organisation_and_the_refusal_is_theirs_to_see() {
        UnitActors actors = UnitActors.create(anonymous, admin);

        assertProblem(actors.analystOfA().get(PATH + "/verify"), 403);

        assertThat(ok(actors.analystOfA().get(PATH + "?action=audit_log.verify")).get("total").asLong())
                .as("a refusal names no unit").isZero();
        JsonNode denied = ok(admin.get(PATH + "?action=audit_log.verify&user_id=" + actors.analystOfAId()))
                .get("items").get(0);
        assertThat(denied.get("outcome").asText()).isEqualTo("denied");
        assertThat(denied.get("org_unit_id").isNull()).isTrue();
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

    private static List<Long> resourceIds(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(row -> ids.add(row.get("resource_id").asLong()));
        return ids;
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
