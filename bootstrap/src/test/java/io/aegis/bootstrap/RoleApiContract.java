package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.domain.identity.Permission;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/v1/roles} over real HTTP against the real wiring, on each database: custom roles are managed
 * freely, the seeded ones are protected, and every refused request answers problem+json and changes nothing.
 */
abstract class RoleApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/roles";
    private static final long ADMIN_ROLE = 1;


    @Test
    void the_seeded_roles_are_listed_with_their_permissions_and_marked_built_in() {
        JsonNode items = admin.get(PATH + "?sort=id&limit=3").json().get("items");

        assertThat(items.findValuesAsText("name")).containsExactly("Admin", "Analyst", "ReadOnly");
        JsonNode adminRole = items.get(0);
        assertThat(adminRole.get("is_built_in").asBoolean()).isTrue();
        assertThat(adminRole.get("permissions")).hasSize(Permission.values().length);
        assertThat(adminRole.get("permissions").get(0).asText()).isEqualTo("asset:read");
        assertThat(items.get(2).get("permissions")).extracting(JsonNode::asText).doesNotContain("audit:read")
                .allMatch(key -> key.endsWith(":read"));
    }

    @Test
    void create_answers_201_with_location_etag_and_the_role() {
        String name = unique("Auditor");

        Api.Response created = admin.post(PATH, """
                {"name": " %s ", "description": "Reads the log", "permissions": ["audit:read", "risk:read"]}"""
                .formatted(name));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("name").asText()).isEqualTo(name);
        assertThat(body.get("description").asText()).isEqualTo("Reads the log");
        assertThat(body.get("permissions")).extracting(JsonNode::asText).containsExactly("risk:read", "audit:read");
        assertThat(body.get("is_active").asBoolean()).isTrue();
        assertThat(body.get("is_built_in").asBoolean()).isFalse();
        assertThat(created.header("Location")).contains(PATH + "/" + body.get("id").asLong());
        assertThat(created.header("ETag")).isPresent();
        assertThat(admin.get(PATH + "/" + body.get("id").asLong()).json()).isEqualTo(body);
    }

    @Test
    void every_successful_change_leaves_exactly_one_audit_row() {
        long before = probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.RESOURCE_TYPE.eq("role"));
        long id = create(unique("Audited"));
        admin.patch(PATH + "/" + id, "{\"permissions\": [\"task:read\"]}");
        admin.delete(PATH + "/" + id);

        assertThat(probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.RESOURCE_TYPE.eq("role")) - before).isEqualTo(3);
        assertThat(probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("role"), AUDIT_LOGS.RESOURCE_ID.eq((int) id))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION))
                .containsExactly("role.create", "role.update", "role.deactivate");
    }

    @Test
    void a_name_taken_in_any_case_is_409_the_built_in_ones_included() {
        String name = unique("Reviewers");
        create(name);

        assertUnchangedBy(() -> admin.post(PATH, "{\"name\": \"" + name.toUpperCase() + "\"}"), 409);
        assertUnchangedBy(() -> admin.post(PATH, "{\"name\": \"admin\"}"), 409);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\": \"Typo\", \"permissions\": [\"risk:reed\"]}",
        "{\"name\": \"Typo\", \"permissions\": [\"RISK_READ\"]}",
        "{\"name\": \"Typo\", \"permissions\": \"risk:read\"}",
        "{\"name\": \"Typo\", \"permissions\": [1]}",
        "{\"name\": \"Typo\", \"permissions\": [null]}",
        "{\"name\": \"Typo\", \"is_built_in\": true}",
        "{\"name\": \"x\", \"id\": 4}",
        "{\"name\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
        "{\"name\": \"\"}",
        "{\"name\": 5}",
        "{}",
        "not json",
    })
    void malformed_creates_are_400_problems_and_change_nothing(String body) {
        assertUnchangedBy(() -> admin.post(PATH, body), 400);
    }

    @Test
    void patch_renames_and_regrants_a_custom_role_and_a_stale_if_match_is_412() {
        long id = create(unique("Ops"));
        String etag = admin.get(PATH + "/" + id).header("ETag").orElseThrow();
        String renamed = unique("Operations");

        Api.Response patched = admin.patch(PATH + "/" + id,
                "{\"name\": \"" + renamed + "\", \"permissions\": [], \"description\": null}", "If-Match", etag);

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("name").asText()).isEqualTo(renamed);
        assertThat(patched.json().get("permissions")).isEmpty();
        assertThat(patched.json().get("description").isNull()).isTrue();
        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"name\": \"late\"}", "If-Match", etag), 412);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\": \"Administrators\"}",
        "{\"name\": \"admin\"}",
        "{\"permissions\": [\"asset:read\"]}",
        "{\"is_active\": false}",
    })
    void the_built_in_admin_cannot_be_renamed_regranted_or_deactivated(String body) {
        Api.Response refused = assertUnchangedBy(() -> admin.patch(PATH + "/" + ADMIN_ROLE, body), 422);

        assertThat(refused.json().get("code").asText()).isEqualTo("built_in_role");
    }

    @Test
    void a_built_in_role_may_be_described_but_not_deleted() {
        Api.Response described = admin.patch(PATH + "/3", "{\"description\": \"Reads everything but the log\"}");

        assertThat(described.status()).as(described.toString()).isEqualTo(200);
        assertThat(described.json().get("name").asText()).isEqualTo("ReadOnly");
        assertUnchangedBy(() -> admin.delete(PATH + "/" + ADMIN_ROLE), 422);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"permissions\": null}", "{\"permissions\": \"risk:read\"}",
        "{\"permissions\": [\"risk:reed\"]}", "{\"name\": null}", "{\"is_active\": null}", "{\"is_built_in\": false}",
        "{}"})
    void malformed_patches_are_400_problems_and_change_nothing(String body) {
        long id = create(unique("Stable"));

        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, body), 400);
    }

    @Test
    void delete_is_soft_and_a_deactivated_role_is_no_longer_held_by_its_users() {
        String name = unique("Temporary");
        long id = create(name);
        String username = "holder-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response user = admin.post("/api/v1/users", """
                {"username": "%s", "email": "%s@example.org", "password": "a long enough password",
                 "role_ids": [%d], "must_change_password": false}""".formatted(username, username, id));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        long userId = user.json().get("id").asLong();

        assertThat(admin.delete(PATH + "/" + id).status()).isEqualTo(204);

        assertThat(admin.get(PATH + "/" + id).json().get("is_active").asBoolean()).isFalse();
        String q = URLEncoder.encode(name, StandardCharsets.UTF_8);
        assertThat(admin.get(PATH + "?q=" + q).json().get("total").asLong()).isZero();
        assertThat(admin.get(PATH + "?q=" + q + "&is_active=false").json().get("total").asLong()).isOne();
        assertThat(admin.get("/api/v1/users/" + userId).json().get("roles")).isEmpty();
        assertThat(admin.delete(PATH + "/" + id).status()).isEqualTo(204);
        assertThat(putRoles(userId, id).status()).isEqualTo(422);
    }

    @Test
    void a_role_narrowed_or_deactivated_stops_granting_at_its_holders_next_request_with_the_same_token() {
        long id = created(admin.post(PATH, "{\"name\": \"" + unique("Readers")
                + "\", \"permissions\": [\"risk:read\", \"asset:read\"]}"));
        String username = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response user = admin.post("/api/v1/users", """
                {"username": "%s", "email": "%s@example.org", "password": "a long enough password",
                 "role_ids": [%d], "must_change_password": false}""".formatted(username, username, id));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        Api reader = anonymous.loggedInAs(username, "a long enough password");
        assertThat(reader.get("/api/v1/risks").status()).isEqualTo(200);
        assertThat(reader.get("/api/v1/assets").status()).isEqualTo(200);

        assertThat(admin.patch(PATH + "/" + id, "{\"permissions\": [\"risk:read\"]}").status()).isEqualTo(200);
        assertThat(reader.get("/api/v1/risks").status()).isEqualTo(200);
        assertThat(reader.get("/api/v1/assets").status()).isEqualTo(403);

        assertThat(admin.delete(PATH + "/" + id).status()).isEqualTo(204);
        assertThat(reader.get("/api/v1/risks").status()).isEqualTo(403);
    }

    @Test
    void a_role_granting_user_admin_to_the_last_administrator_keeps_it_while_nobody_else_has_it() {
        long self = admin.get("/api/v1/me").json().get("id").asLong();
        long keyholders = created(admin.post(PATH, "{\"name\": \"" + unique("Keyholders")
                + "\", \"permissions\": [\"user:admin\", \"user:read\"]}"));
        // the administrator now holds user:admin through this custom role only
        assertThat(putRoles(self, keyholders).status()).isEqualTo(200);
        try {
            for (Supplier<Api.Response> change : List.<Supplier<Api.Response>>of(
                    () -> admin.patch(PATH + "/" + keyholders, "{\"permissions\": [\"user:read\"]}"),
                    () -> admin.patch(PATH + "/" + keyholders, "{\"is_active\": false}"),
                    () -> admin.delete(PATH + "/" + keyholders))) {
                assertThat(assertUnchangedBy(change, 422).json().get("code").asText())
                        .isEqualTo("last_administrator");
            }
            assertThat(admin.patch(PATH + "/" + keyholders, "{\"description\": \"the keys\"}").status())
                    .isEqualTo(200);
        } finally {
            assertThat(putRoles(self, ADMIN_ROLE).status()).isEqualTo(200);
        }

        assertThat(admin.patch(PATH + "/" + keyholders, "{\"permissions\": [\"user:read\"]}").status())
                .isEqualTo(200);
        assertThat(admin.delete(PATH + "/" + keyholders).status()).isEqualTo(204);
    }

    @Test
    void unknown_ids_are_404_and_bad_list_parameters_400() {
        assertThat(admin.get(PATH + "/999999").status()).isEqualTo(404);
        assertUnchangedBy(() -> admin.patch(PATH + "/999999", "{\"name\": \"x\"}"), 404);
        assertUnchangedBy(() -> admin.delete(PATH + "/999999"), 404);
        for (String query : List.of("sort=permissions", "role_id=1", "is_active=maybe", "limit=0")) {
            assertThat(admin.get(PATH + "?" + query).status()).as(query).isEqualTo(400);
        }
    }

    private long create(String name) {
        return created(admin.post(PATH, "{\"name\": \"" + name + "\", \"permissions\": [\"risk:read\"]}"));
    }

    private static long created(Api.Response created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private Api.Response putRoles(long userId, long roleId) {
        return admin.send(admin.request("/api/v1/users/" + userId + "/roles").header("Content-Type",
                "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"role_ids\": [" + roleId + "]}")));
    }

    private Api.Response assertUnchangedBy(Supplier<Api.Response> call, int expectedStatus) {
        long roles = probe.dsl().fetchCount(ROLES);
        String lastChange = probe.dsl().select(DSL.max(ROLES.UPDATED_AT)).from(ROLES).fetchOne(0, String.class);
        long audits = probe.dsl().fetchCount(AUDIT_LOGS);

        Api.Response response = call.get();

        assertThat(response.status()).as(response.toString()).isEqualTo(expectedStatus);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception", "at io.", "SQL");
        assertThat(probe.dsl().fetchCount(ROLES)).as("roles").isEqualTo(roles);
        assertThat(probe.dsl().select(DSL.max(ROLES.UPDATED_AT)).from(ROLES).fetchOne(0, String.class))
                .as("last change").isEqualTo(lastChange);
        assertThat(probe.dsl().fetchCount(AUDIT_LOGS)).as("audit rows").isEqualTo(audits);
        return response;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
