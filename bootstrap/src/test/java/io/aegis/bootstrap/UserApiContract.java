package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/v1/users} and {@code /api/v1/me} over real HTTP against the real wiring, on each database.
 * Every refused request must answer problem+json and change nothing; no response ever carries a password
 * or its hash.
 */
abstract class UserApiContract extends RunningAegisContract {

    private static final String PATH = "/api/v1/users";
    private static final String PASSWORD = "correct horse battery staple 2";
    private static final long ADMIN_ROLE = 1;
    private static final long ANALYST_ROLE = 2;
    private static final long READ_ONLY_ROLE = 3;


    @Test
    void create_answers_201_with_location_etag_and_the_user_in_snake_case_without_any_password() {
        String name = unique("Jane.Doe");

        Api.Response created = admin.post(PATH, """
                {"username": "%s", "email": "%s@Example.ORG", "password": "%s", "full_name": " Jane Doe ",
                 "department": "Security", "job_title": "Analyst", "phone": "+49 30 1234",
                 "profile_picture": "https://img.example.org/jane.png", "azure_ad_id": "aad-1",
                 "preferences": {"theme": "dark", "page_size": 25}, "role_ids": [%d, %d]}"""
                .formatted(name, name, PASSWORD, READ_ONLY_ROLE, ANALYST_ROLE));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = noSecrets(created).json();
        long id = body.get("id").asLong();
        assertThat(body.get("username").asText()).isEqualTo(name.toLowerCase());
        assertThat(body.get("email").asText()).isEqualTo(name.toLowerCase() + "@example.org");
        assertThat(body.get("full_name").asText()).isEqualTo("Jane Doe");
        assertThat(body.get("job_title").asText()).isEqualTo("Analyst");
        assertThat(body.get("profile_picture").asText()).isEqualTo("https://img.example.org/jane.png");
        assertThat(body.get("azure_ad_id").asText()).isEqualTo("aad-1");
        assertThat(body.get("preferences").get("page_size").asInt()).isEqualTo(25);
        assertThat(body.get("is_active").asBoolean()).isTrue();
        assertThat(body.get("is_verified").asBoolean()).isFalse();
        assertThat(body.get("last_login").isNull()).isTrue();
        assertThat(body.get("roles")).extracting(role -> role.get("name").asText())
                .containsExactly("Analyst", "ReadOnly");
        assertThat(body.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(body.has("password")).isFalse();
        assertThat(created.header("Location")).contains(PATH + "/" + id);
        assertThat(created.header("ETag")).isPresent();

        Api.Response fetched = noSecrets(admin.get(PATH + "/" + id));
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json()).isEqualTo(body);
        assertThat(fetched.header("ETag")).isEqualTo(created.header("ETag"));
        assertThat(probe.dsl().select(USERS.HASHED_PASSWORD).from(USERS).where(USERS.ID.eq((int) id))
                .fetchOne(USERS.HASHED_PASSWORD)).startsWith("$2b$04$").doesNotContain(PASSWORD);
    }

    @Test
    void the_new_user_can_sign_in_and_sees_themself_at_me() {
        String name = unique("self");
        long id = create(name, READ_ONLY_ROLE);

        Api user = anonymous.loggedInAs(name, PASSWORD);
        Api.Response me = noSecrets(user.get("/api/v1/me"));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asLong()).isEqualTo(id);
        assertThat(me.json().get("roles")).extracting(role -> role.get("name").asText()).containsExactly("ReadOnly");
        assertThat(me.json().get("last_login").isNull()).isFalse();
        assertThat(me.header("ETag")).isPresent();
        assertThat(anonymous.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void every_successful_change_leaves_exactly_one_audit_row_and_no_row_holds_a_password_or_hash() {
        long before = auditRows("user");
        long id = create(unique("audited"), ANALYST_ROLE);
        admin.patch(PATH + "/" + id, "{\"job_title\": \"Lead\"}");
        putRoles(id, "[" + READ_ONLY_ROLE + "]");
        admin.delete(PATH + "/" + id);

        assertThat(auditRows("user") - before).isEqualTo(4);
        assertThat(probe.dsl().select(AUDIT_LOGS.ACTION).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("user"), AUDIT_LOGS.RESOURCE_ID.eq((int) id))
                .orderBy(AUDIT_LOGS.ID).fetch(AUDIT_LOGS.ACTION))
                .containsExactly("user.create", "user.update", "user.set_roles", "user.deactivate");
        // refusals (a wrong current password) carry no state at all
        List<String> states = probe.dsl().select(AUDIT_LOGS.NEW_VALUES).from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("user"), AUDIT_LOGS.NEW_VALUES.isNotNull())
                .fetch(AUDIT_LOGS.NEW_VALUES);
        assertThat(states).isNotEmpty().allSatisfy(state ->
                assertThat(state).doesNotContain(PASSWORD, "$2b$", "hashed_password"));
    }

    @Test
    void a_username_or_email_taken_in_another_case_is_409_and_changes_nothing() {
        String name = unique("taken");
        create(name, READ_ONLY_ROLE);

        assertUnchangedBy(() -> admin.post(PATH, body(name.toUpperCase(), "other-" + name + "@example.org",
                PASSWORD)), 409);
        assertUnchangedBy(() -> admin.post(PATH, body("other-" + name, name.toUpperCase() + "@EXAMPLE.org",
                PASSWORD)), 409);
    }

    @Test
    void renaming_onto_another_users_name_is_409_and_changes_nothing() {
        String first = unique("first");
        create(first, READ_ONLY_ROLE);
        long second = create(unique("second"), READ_ONLY_ROLE);

        assertUnchangedBy(() -> admin.patch(PATH + "/" + second, "{\"username\": \"" + first.toUpperCase() + "\"}"),
                409);
    }

    @Test
    void the_password_policy_is_400_naming_the_field_and_changes_nothing() {
        String name = unique("policy");
        for (String password : new String[] {"short", "x".repeat(73), "€".repeat(25), name.toUpperCase(),
                name + "@example.org"}) {
            Api.Response refused = assertUnchangedBy(() -> admin.post(PATH,
                    body(name, name + "@example.org", password)), 400);
            assertThat(refused.json().get("errors")).anySatisfy(error ->
                    assertThat(error.get("field").asText()).isEqualTo("password"));
            assertThat(refused.body()).doesNotContain(password);
        }
    }

    /** A valid body made invalid by one field, and bodies that are broken as a whole. */
    static Stream<String> malformedCreates() {
        Stream<String> oneBadField = Stream.of(
                "\"hashed_password\": \"$2b$04$x\"", "\"is_admin\": true", "\"id\": 5", "\"role_ids\": [\"1\"]",
                "\"role_ids\": [0]", "\"role_ids\": [null]", "\"role_ids\": 1", "\"preferences\": \"dark\"",
                "\"preferences\": [1]", "\"profile_picture\": \"javascript:alert(1)\"",
                "\"phone\": \"123456789012345678901\"")
                .map(field -> "{\"username\": \"okname\", \"email\": \"ok@example.org\", \"password\":"
                        + " \"long enough password\", " + field + "}");
        Stream<String> broken = Stream.of(
                "{\"username\": \"okname\", \"email\": \"ok@example.org\", \"password\": 123456789012345}",
                "{\"username\": \"okname\", \"email\": \"ok@example.org\"}",
                "{\"username\": \"ok name\", \"email\": \"ok@example.org\", \"password\": \"long enough password\"}",
                "{\"username\": \"okname\", \"email\": \"not-an-email\", \"password\": \"long enough password\"}",
                "{\"username\": 5, \"email\": \"ok@example.org\", \"password\": \"long enough password\"}",
                "{}", "[]", "not json");
        return Stream.concat(oneBadField, broken);
    }

    @ParameterizedTest
    @MethodSource("malformedCreates")
    void malformed_creates_are_400_problems_and_change_nothing(String body) {
        assertUnchangedBy(() -> admin.post(PATH, body), 400);
    }

    @Test
    void several_invalid_fields_are_reported_together() {
        Api.Response response = assertUnchangedBy(() -> admin.post(PATH,
                "{\"username\": \"x\", \"email\": \"nope\", \"password\": \"short\"}"), 400);

        assertThat(response.json().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("username", "email", "password");
    }

    @Test
    void an_unknown_role_is_422_naming_it_and_changes_nothing() {
        Api.Response refused = assertUnchangedBy(() -> admin.post(PATH, """
                {"username": "%s", "email": "%s@example.org", "password": "%s", "role_ids": [%d, 999999]}"""
                .formatted(unique("norole"), unique("norole"), PASSWORD, READ_ONLY_ROLE)), 422);

        assertThat(refused.json().get("detail").asText()).contains("999999");
    }

    @Test
    void list_filters_by_text_role_and_activity_sorts_and_pages() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        create("b-" + tag, ANALYST_ROLE);
        create("a-" + tag, READ_ONLY_ROLE);
        long c = create("c-" + tag, ANALYST_ROLE);
        admin.delete(PATH + "/" + c);

        Api.Response page = noSecrets(admin.get(PATH + "?q=" + tag + "&sort=-username&limit=1&offset=0"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).isEqualTo(2);
        assertThat(page.json().get("limit").asInt()).isEqualTo(1);
        assertThat(usernames(page)).containsExactly("b-" + tag);
        assertThat(usernames(admin.get(PATH + "?q=" + tag + "&role_id=" + ANALYST_ROLE))).containsExactly("b-" + tag);
        assertThat(usernames(admin.get(PATH + "?q=" + tag + "&is_active=false"))).containsExactly("c-" + tag);
        assertThat(usernames(admin.get(PATH + "?q=" + tag + "&include_inactive=true")))
                .containsExactly("a-" + tag, "b-" + tag, "c-" + tag);
        assertThat(admin.get(PATH + "?q=" + tag + "&sort=last_login,-created_at").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate=1", "limit=0", "limit=501", "sort=password", "sort=hashed_password",
        "is_active=yes", "role_id=abc", "role_id=0", "is_active=true&include_inactive=true", "include_inactive=1"})
    void bad_list_parameters_are_400(String query) {
        assertProblem(admin.get(PATH + "?" + query), 400);
    }

    @Test
    void patch_changes_only_the_fields_sent_and_null_clears() {
        long id = create(unique("patched"), READ_ONLY_ROLE);
        JsonNode before = admin.get(PATH + "/" + id).json();

        Api.Response patched = noSecrets(admin.patch(PATH + "/" + id,
                "{\"department\": null, \"preferences\": null, \"job_title\": \"CISO\", \"is_verified\": true,"
                        + " \"email\": \"New.Address@Example.org\"}"));

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        JsonNode after = patched.json();
        assertThat(after.get("department").isNull()).isTrue();
        assertThat(after.get("preferences").isNull()).isTrue();
        assertThat(after.get("job_title").asText()).isEqualTo("CISO");
        assertThat(after.get("is_verified").asBoolean()).isTrue();
        assertThat(after.get("email").asText()).isEqualTo("new.address@example.org");
        assertThat(after.get("username")).isEqualTo(before.get("username"));
        assertThat(after.get("full_name")).isEqualTo(before.get("full_name"));
        assertThat(after.get("roles")).isEqualTo(before.get("roles"));
    }

    @Test
    void patch_with_a_current_if_match_succeeds_and_a_stale_one_is_412_and_changes_nothing() {
        long id = create(unique("versioned"), READ_ONLY_ROLE);
        String etag = admin.get(PATH + "/" + id).header("ETag").orElseThrow();

        Api.Response first = admin.patch(PATH + "/" + id, "{\"phone\": \"111\"}", "If-Match", etag);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isPresent().isNotEqualTo(Optional.of(etag));

        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, "{\"phone\": \"222\"}", "If-Match", etag), 412);
        assertThat(admin.get(PATH + "/" + id).json().get("phone").asText()).isEqualTo("111");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"password\": \"a brand new password\"}",
        "{\"hashed_password\": \"$2b$04$abc\"}",
        "{\"username\": null}",
        "{\"email\": null}",
        "{\"is_active\": null}",
        "{\"is_active\": \"no\"}",
        "{\"last_login\": \"2026-01-01T00:00:00Z\"}",
        "{\"roles\": []}",
        "{\"preferences\": \"dark\"}",
        "{\"profile_picture\": \"javascript:alert(1)\"}",
        "{\"email\": \"broken\"}",
        "{}",
    })
    void malformed_patches_are_400_problems_and_change_nothing(String body) {
        long id = create(unique("stable"), READ_ONLY_ROLE);

        assertUnchangedBy(() -> admin.patch(PATH + "/" + id, body), 400);
    }

    @Test
    void delete_is_soft_the_user_is_hidden_from_lists_cannot_sign_in_and_deleting_again_is_fine() {
        String name = unique("retired");
        long id = create(name, READ_ONLY_ROLE);

        assertThat(admin.delete(PATH + "/" + id).status()).isEqualTo(204);

        assertThat(admin.get(PATH + "/" + id).json().get("is_active").asBoolean()).isFalse();
        assertThat(admin.get(PATH + "?q=" + name).json().get("total").asLong()).isZero();
        assertThat(admin.get(PATH + "?q=" + name + "&include_inactive=true").json().get("total").asLong()).isOne();
        assertThat(anonymous.post("/api/v1/auth/login", "{\"username\": \"" + name + "\", \"password\": \""
                + PASSWORD + "\"}").status()).isEqualTo(401);
        assertThat(admin.delete(PATH + "/" + id).status()).isEqualTo(204);
    }

    @Test
    void put_roles_replaces_the_set_and_moves_the_etag() {
        long id = create(unique("roles"), READ_ONLY_ROLE);
        String etag = admin.get(PATH + "/" + id).header("ETag").orElseThrow();

        Api.Response replaced =
                noSecrets(putRoles(id, "[" + ADMIN_ROLE + ", " + ANALYST_ROLE + "]", "If-Match", etag));

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("roles")).extracting(role -> role.get("name").asText())
                .containsExactly("Admin", "Analyst");
        assertThat(replaced.header("ETag")).isPresent().isNotEqualTo(Optional.of(etag));
        assertThat(admin.get(PATH + "/" + id).json()).isEqualTo(replaced.json());
        assertThat(putRoles(id, "[]").json().get("roles")).isEmpty();
        assertUnchangedBy(() -> putRoles(id, "[" + ADMIN_ROLE + "]", "If-Match", etag), 412);
    }

    @Test
    void put_roles_refuses_unknown_roles_and_malformed_bodies_changing_nothing() {
        long id = create(unique("badroles"), READ_ONLY_ROLE);

        assertThat(assertUnchangedBy(() -> putRoles(id, "[" + ADMIN_ROLE + ", 424242]"), 422).body())
                .contains("424242");
        for (String body : new String[] {"{}", "{\"role_ids\": null}", "{\"role_ids\": \"1\"}",
                "{\"role_ids\": [1.5]}", "{\"role_ids\": [-1]}", "{\"role_ids\": [], \"extra\": 1}"}) {
            assertUnchangedBy(() -> sendPut(PATH + "/" + id + "/roles", body), 400);
        }
        assertUnchangedBy(() -> putRoles(999_999, "[1]"), 404);
    }

    @Test
    void the_last_administrator_cannot_be_deactivated_or_demoted_but_another_one_can() {
        long self = admin.get("/api/v1/me").json().get("id").asLong();
        for (JsonNode other : admin.get(PATH + "?role_id=" + ADMIN_ROLE + "&limit=100").json().get("items")) {
            if (other.get("id").asLong() != self) {
                assertThat(putRoles(other.get("id").asLong(), "[]").status()).isEqualTo(200);
            }
        }

        for (Supplier<Api.Response> change : List.<Supplier<Api.Response>>of(
                () -> admin.delete(PATH + "/" + self),
                () -> admin.patch(PATH + "/" + self, "{\"is_active\": false}"),
                () -> putRoles(self, "[" + ANALYST_ROLE + "]"))) {
            assertThat(assertUnchangedBy(change, 422).json().get("code").asText()).isEqualTo("last_administrator");
        }

        long deputy = create(unique("deputy"), ADMIN_ROLE);
        assertThat(putRoles(deputy, "[" + ANALYST_ROLE + "]").status()).isEqualTo(200);
        assertThat(putRoles(deputy, "[" + ADMIN_ROLE + "]").status()).isEqualTo(200);
        assertThat(admin.delete(PATH + "/" + deputy).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void unknown_ids_are_404_and_malformed_ones_400() {
        assertProblem(admin.get(PATH + "/999999"), 404);
        assertProblem(admin.get(PATH + "/abc"), 400);
        assertProblem(admin.get(PATH + "/0"), 400);
        assertUnchangedBy(() -> admin.patch(PATH + "/999999", "{\"phone\": \"1\"}"), 404);
        assertUnchangedBy(() -> admin.delete(PATH + "/999999"), 404);
    }

    @Test
    void a_user_changes_their_own_password_proving_the_current_one() {
        String name = unique("changer");
        create(name, READ_ONLY_ROLE);
        Api user = anonymous.loggedInAs(name, PASSWORD);
        String next = "an entirely new passphrase";

        Api.Response changed = user.post("/api/v1/me/password",
                "{\"current_password\": \"" + PASSWORD + "\", \"new_password\": \"" + next + "\"}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(anonymous.loggedInAs(name, next).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(anonymous.post("/api/v1/auth/login", "{\"username\": \"" + name + "\", \"password\": \""
                + PASSWORD + "\"}").status()).isEqualTo(401);
    }

    @Test
    void a_weak_new_password_is_400_naming_it_and_changes_nothing() {
        String name = unique("careful");
        create(name, READ_ONLY_ROLE);
        Api user = anonymous.loggedInAs(name, PASSWORD);

        Api.Response weak = assertUnchangedBy(() -> user.post("/api/v1/me/password",
                "{\"current_password\": \"" + PASSWORD + "\", \"new_password\": \"" + name + "@example.org\"}"), 400);
        Api.Response shortOne = assertUnchangedBy(() -> user.post("/api/v1/me/password",
                "{\"current_password\": \"" + PASSWORD + "\", \"new_password\": \"short\"}"), 400);

        assertThat(weak.json().get("errors").get(0).get("field").asText()).isEqualTo("new_password");
        assertThat(shortOne.json().get("errors").get(0).get("field").asText()).isEqualTo("new_password");
        assertUnchangedBy(() -> user.post("/api/v1/me/password", "{\"new_password\": \"a fine new passphrase\"}"),
                400);
        assertUnchangedBy(() -> anonymous.post("/api/v1/me/password", "{\"current_password\": \"" + PASSWORD
                + "\", \"new_password\": \"a fine new passphrase\"}"), 401);
    }

    @Test
    void wrong_current_passwords_are_audited_failures_and_after_five_even_the_right_one_is_429_as_at_login() {
        String name = unique("guessed");
        long id = create(name, READ_ONLY_ROLE);
        Api stolen = anonymous.loggedInAs(name, PASSWORD);
        String hashBefore = hashOf(id);
        String change = "{\"current_password\": \"%s\", \"new_password\": \"a fine new passphrase\"}";

        for (int guess = 0; guess < 5; guess++) {
            String body = change.formatted("wrong guess number " + guess);
            Api.Response wrong = assertUserUnchangedBy(() -> stolen.post("/api/v1/me/password", body), 422);
            assertThat(wrong.json().get("code").asText()).isEqualTo("wrong_password");
        }
        Api.Response throttled = assertUserUnchangedBy(() -> stolen.post("/api/v1/me/password",
                change.formatted(PASSWORD)), 429);

        assertThat(throttled.json().get("code").asText()).isEqualTo("too_many_attempts");
        assertThat(Long.parseLong(throttled.header("Retry-After").orElseThrow())).isBetween(1L, 15 * 60L);
        assertThat(hashOf(id)).isEqualTo(hashBefore);
        assertThat(anonymous.post("/api/v1/auth/login", "{\"username\": \"" + name + "\", \"password\": \""
                + PASSWORD + "\"}").status()).as("one budget with the login").isEqualTo(429);
        var trail = probe.dsl().select(AUDIT_LOGS.ACTION, AUDIT_LOGS.OUTCOME, AUDIT_LOGS.USER_ID,
                        AUDIT_LOGS.ERROR_MESSAGE, AUDIT_LOGS.OLD_VALUES, AUDIT_LOGS.NEW_VALUES)
                .from(AUDIT_LOGS)
                .where(AUDIT_LOGS.RESOURCE_TYPE.eq("user"), AUDIT_LOGS.RESOURCE_ID.eq((int) id),
                        AUDIT_LOGS.ACTION.eq("user.change_password"))
                .orderBy(AUDIT_LOGS.ID).fetch();
        assertThat(trail.getValues(AUDIT_LOGS.OUTCOME))
                .containsExactly("failure", "failure", "failure", "failure", "failure", "denied");
        assertThat(trail.getValues(AUDIT_LOGS.USER_ID)).containsOnly((int) id);
        assertThat(trail.formatJSON()).doesNotContain("wrong guess", PASSWORD, "a fine new passphrase", "$2");
    }

    private String hashOf(long id) {
        return probe.dsl().select(USERS.HASHED_PASSWORD).from(USERS).where(USERS.ID.eq((int) id))
                .fetchOne(USERS.HASHED_PASSWORD);
    }

    /** A refused change writes no user row; its audit row is the only trace it may leave. */
    private Api.Response assertUserUnchangedBy(Supplier<Api.Response> call, int expectedStatus) {
        String lastChange = lastUserChange();
        long audits = probe.dsl().fetchCount(AUDIT_LOGS);

        Api.Response response = call.get();

        assertProblem(response, expectedStatus);
        assertThat(lastUserChange()).as("last change").isEqualTo(lastChange);
        assertThat(probe.dsl().fetchCount(AUDIT_LOGS)).as("audit rows").isEqualTo(audits + 1);
        return response;
    }

    private long create(String username, long roleId) {
        Api.Response created = admin.post(PATH, """
                {"username": "%s", "email": "%s@example.org", "password": "%s", "department": "Ops",
                 "full_name": "Someone", "preferences": {"theme": "light"}, "role_ids": [%d]}"""
                .formatted(username, username, PASSWORD, roleId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private Api.Response putRoles(long id, String roleIds, String... headers) {
        return sendPut(PATH + "/" + id + "/roles", "{\"role_ids\": " + roleIds + "}", headers);
    }

    private Api.Response sendPut(String path, String json, String... headers) {
        HttpRequest.Builder request = admin.request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return admin.send(request);
    }

    private static String body(String username, String email, String password) {
        return "{\"username\": \"" + username + "\", \"email\": \"" + email + "\", \"password\": \"" + password
                + "\"}";
    }

    private Api.Response assertUnchangedBy(Supplier<Api.Response> call, int expectedStatus) {
        long users = probe.dsl().fetchCount(USERS);
        long assignments = probe.dsl().fetchCount(USER_ROLES);
        String lastChange = lastUserChange();
        long audits = probe.dsl().fetchCount(AUDIT_LOGS);

        Api.Response response = call.get();

        assertProblem(response, expectedStatus);
        assertThat(probe.dsl().fetchCount(USERS)).as("users").isEqualTo(users);
        assertThat(probe.dsl().fetchCount(USER_ROLES)).as("role assignments").isEqualTo(assignments);
        assertThat(lastUserChange()).as("last change").isEqualTo(lastChange);
        assertThat(probe.dsl().fetchCount(AUDIT_LOGS)).as("audit rows").isEqualTo(audits);
        return response;
    }

    private String lastUserChange() {
        return probe.dsl().select(DSL.max(USERS.UPDATED_AT)).from(USERS).fetchOne(0, String.class);
    }

    private static void assertProblem(Api.Response response, int expectedStatus) {
        assertThat(response.status()).as(response.toString()).isEqualTo(expectedStatus);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(expectedStatus);
        assertThat(response.body()).doesNotContain("Exception", "at io.", "SQL", "select ", "insert ");
        noSecrets(response);
    }

    /** No response may carry a password or its hash, whatever it answers (an error may name the field). */
    private static Api.Response noSecrets(Api.Response response) {
        assertThat(response.body()).doesNotContain("\"hashed_password\":", "\"password\":", "$2b$", "$2a$",
                PASSWORD);
        return response;
    }

    private long auditRows(String resourceType) {
        return probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.RESOURCE_TYPE.eq(resourceType));
    }

    private static List<String> usernames(Api.Response page) {
        return page.json().get("items").findValuesAsText("username");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
