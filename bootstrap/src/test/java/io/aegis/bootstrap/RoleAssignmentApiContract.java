package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLE_UNITS;
import static io.aegis.bootstrap.AssetApiContract.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/v1/users/{id}/role-assignments} over real HTTP, on each database: where each user holds each role,
 * the scope it gives at once, and every refusal changing nothing.
 */
abstract class RoleAssignmentApiContract extends RunningAegisContract {

    private static final long ADMIN_ROLE = 1;
    private static final long ANALYST_ROLE = 2;

    private UnitActors actors;

    @BeforeAll
    void makeTheUnitActors() {
        actors = UnitActors.create(anonymous, admin);
    }

    @Test
    void the_first_administrator_holds_the_admin_role_at_the_root_for_the_whole_tree() {
        Api.Response response = admin.get(path(1));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).isPresent();
        assertThat(response.json().toString()).isEqualTo(
                "[{\"role_id\":1,\"role_name\":\"Admin\",\"org_unit_id\":1,\"recursive\":true}]");
    }

    @Test
    void a_new_set_replaces_the_old_one_is_a_new_version_of_the_user_and_is_audited() {
        long user = actors.analystOfBId();
        String before = admin.get(path(user)).header("ETag").orElseThrow();
        long audited = probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.ACTION.eq("user.set_role_assignments")
                .and(AUDIT_LOGS.RESOURCE_ID.eq((int) user)));

        Api.Response set = admin.put(path(user), """
                [{"role_id": %d, "org_unit_id": %d},
                 {"role_id": %d, "org_unit_id": %d, "recursive": true}]"""
                .formatted(ANALYST_ROLE, actors.unitA(), actors.role(), actors.unitB()), "If-Match", before);

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().toString()).isEqualTo("[{\"role_id\":2,\"role_name\":\"Analyst\",\"org_unit_id\":"
                + actors.unitA() + ",\"recursive\":false},{\"role_id\":" + actors.role() + ",\"role_name\":\""
                + roleName() + "\",\"org_unit_id\":" + actors.unitB() + ",\"recursive\":true}]");
        assertThat(set.header("ETag")).isPresent().isNotEqualTo(before);
        assertThat(admin.get(path(user)).json()).isEqualTo(set.json());
        assertThat(admin.get("/api/v1/users/" + user).json().get("roles").findValuesAsText("name"))
                .containsExactlyInAnyOrder("Analyst", roleName());
        assertThat(probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.ACTION.eq("user.set_role_assignments")
                .and(AUDIT_LOGS.RESOURCE_ID.eq((int) user)))).isEqualTo(audited + 1);

        Api.Response stale = admin.put(path(user), "[]", "If-Match", before);
        assertProblem(stale, 412);
        restore(user, actors.unitB());
    }

    @Test
    void a_new_scope_applies_to_the_users_next_request_with_the_same_credential() {
        Api bob = actors.analystOfB();
        assertProblem(bob.get("/api/v1/users"), 403);

        Api.Response everywhere = admin.put(path(actors.analystOfBId()), "[{\"role_id\": " + ANALYST_ROLE
                + ", \"org_unit_id\": 1, \"recursive\": true}]");
        assertThat(everywhere.status()).as(everywhere.toString()).isEqualTo(200);
        assertThat(bob.get("/api/v1/users").status()).isEqualTo(200);

        restore(actors.analystOfBId(), actors.unitB());
        assertProblem(bob.get("/api/v1/users"), 403);
    }

    @Test
    void holding_a_permission_in_a_unit_does_not_open_what_is_about_the_whole_organisation() {
        Api.Response unitAdmin = admin.put(path(actors.analystOfAId()), "[{\"role_id\": " + ADMIN_ROLE
                + ", \"org_unit_id\": " + actors.unitA() + ", \"recursive\": true}]");
        assertThat(unitAdmin.status()).as(unitAdmin.toString()).isEqualTo(200);
        Api alice = actors.analystOfA();

        assertProblem(alice.get("/api/v1/users"), 403);
        assertProblem(alice.get("/api/v1/org-units"), 403);
        assertProblem(alice.put(path(actors.analystOfAId()), "[{\"role_id\": " + ADMIN_ROLE
                + ", \"org_unit_id\": 1, \"recursive\": true}]"), 403);
        assertThat(alice.get("/api/v1/users/" + actors.analystOfAId()).json().get("detail").asText())
                .contains("for the whole organisation");

        restore(actors.analystOfAId(), actors.unitA());
    }

    @Test
    void the_last_administrator_cannot_be_narrowed_to_a_unit() {
        Api.Response narrowed = assertUnchangedBy(() -> admin.put(path(1), "[{\"role_id\": " + ADMIN_ROLE
                + ", \"org_unit_id\": " + actors.unitA() + ", \"recursive\": true}]"), 422);

        assertThat(narrowed.json().get("code").asText()).isEqualTo("last_administrator");
    }

    @Test
    void unknown_roles_and_units_and_a_role_twice_in_one_unit_are_422() {
        long user = actors.analystOfAId();
        assertThat(code(assertUnchangedBy(() -> admin.put(path(user),
                "[{\"role_id\": 999999, \"org_unit_id\": 1}]"), 422))).isEqualTo("unknown_role");
        assertThat(code(assertUnchangedBy(() -> admin.put(path(user),
                "[{\"role_id\": 2, \"org_unit_id\": 999999}]"), 422))).isEqualTo("unknown_org_unit");
        assertThat(code(assertUnchangedBy(() -> admin.put(path(user), "[{\"role_id\": 2, \"org_unit_id\": 1},"
                + " {\"role_id\": 2, \"org_unit_id\": 1, \"recursive\": true}]"), 422)))
                .isEqualTo("duplicate_assignment");
        assertProblem(admin.put(path(999_999), "[]"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[1]", "[{\"role_id\": 2}]", "[{\"role_id\": 2, \"org_unit_id\": 0}]",
            "[{\"role_id\": \"two\", \"org_unit_id\": 1}]", "[{\"role_id\": 2, \"org_unit_id\": 1, \"unit\": 1}]",
            "[{\"role_id\": 2, \"org_unit_id\": 1, \"recursive\": \"yes\"}]"})
    void malformed_bodies_are_400_and_change_nothing(String body) {
        assertUnchangedBy(() -> admin.put(path(actors.analystOfAId()), body), 400);
    }

    @Test
    void a_malformed_item_is_named_by_its_index() {
        Api.Response response = assertUnchangedBy(() -> admin.put(path(actors.analystOfAId()),
                "[{\"role_id\": 2, \"org_unit_id\": 1}, {\"role_id\": \"two\", \"org_unit_id\": 1},"
                        + " {\"role_id\": 2, \"unit\": 1}]"), 400);

        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("[1].role_id");
        assertThat(assertUnchangedBy(() -> admin.put(path(actors.analystOfAId()),
                "[{\"role_id\": 2, \"org_unit_id\": 1}, {\"role_id\": 2, \"unit\": 1}]"), 400)
                .json().get("errors").findValuesAsText("field")).containsExactly("[1].unit");
        assertThat(assertUnchangedBy(() -> admin.put(path(actors.analystOfAId()),
                "[{\"role_id\": 2}]"), 400).json().get("errors").findValuesAsText("field"))
                .containsExactly("[0].org_unit_id");
    }

    @Test
    void more_assignments_than_the_limit_are_400() {
        String many = IntStream.rangeClosed(1, 201).mapToObj(i -> "{\"role_id\": 2, \"org_unit_id\": " + i + "}")
                .collect(Collectors.joining(",", "[", "]"));

        assertThat(assertUnchangedBy(() -> admin.put(path(actors.analystOfAId()), many), 400).body())
                .contains("at most 200");
    }

    @Test
    void a_unit_where_somebody_holds_a_role_cannot_be_deactivated() {
        Api.Response refused = admin.delete("/api/v1/org-units/" + actors.unitA());

        assertProblem(refused, 422);
        assertThat(refused.json().get("detail").asText()).containsPattern("still holds \\d+ role assignments?:");
    }

    private Api.Response assertUnchangedBy(Supplier<Api.Response> call, int expectedStatus) {
        long assignments = probe.dsl().fetchCount(USER_ROLE_UNITS);
        long auditRows = probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.OUTCOME.eq("success"));
        JsonNode before = admin.get(path(actors.analystOfAId())).json();

        Api.Response response = call.get();

        assertProblem(response, expectedStatus);
        assertThat(probe.dsl().fetchCount(USER_ROLE_UNITS)).isEqualTo(assignments);
        assertThat(probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.OUTCOME.eq("success"))).isEqualTo(auditRows);
        assertThat(admin.get(path(actors.analystOfAId())).json()).isEqualTo(before);
        return response;
    }

    private void restore(long user, long unit) {
        Api.Response restored = admin.put(path(user), "[{\"role_id\": " + actors.role() + ", \"org_unit_id\": "
                + unit + ", \"recursive\": true}]");
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    }

    private String roleName() {
        return admin.get("/api/v1/roles/" + actors.role()).json().get("name").asText();
    }

    private static String code(Api.Response response) {
        return response.json().get("code").asText();
    }

    private static String path(long user) {
        return "/api/v1/users/" + user + "/role-assignments";
    }
}
