package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Administrators and other users' credentials (issue #11): reading anyone's API keys, resetting a password, and the
 * password change that a password someone else chose demands before anything else.
 */
abstract class CredentialAdministrationApiContract extends RunningAegisContract {

    private static final String CATEGORIES = "/api/v1/asset-categories";
    private static final String PASSWORD = "a password the admin chose";
    private static final String OWN_PASSWORD = "one only the user knows";
    private static final long ANALYST = 2;

    @Test
    void a_user_created_by_an_administrator_must_change_the_password_before_anything_else() {
        String name = newUser(true);

        Api.Response login = anonymous.post("/api/v1/auth/login", credentials(name, PASSWORD));
        assertThat(login.json().get("password_change_required").asBoolean()).isTrue();
        Api user = anonymous.withCredential(login.json().get("token").asText());

        Api.Response refused = user.get(CATEGORIES);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().get("code").asText()).isEqualTo("password_change_required");
        assertThat(user.post("/api/v1/api-keys", "{\"name\": \"sneaky\"}").json().get("code").asText())
                .isEqualTo("password_change_required");
        assertThat(user.get("/api/v1/me").json().get("must_change_password").asBoolean()).isTrue();
        Api.Response same = user.post("/api/v1/me/password", change(PASSWORD, PASSWORD));
        assertThat(same.status()).as(same.toString()).isEqualTo(400);
        assertThat(same.json().get("errors").get(0).get("field").asText()).isEqualTo("new_password");

        assertThat(user.post("/api/v1/me/password", change(PASSWORD, OWN_PASSWORD)).status()).isEqualTo(204);

        assertThat(user.get(CATEGORIES).status()).as("the flag is cleared for this session too").isEqualTo(200);
        assertThat(user.get("/api/v1/me").json().get("must_change_password").asBoolean()).isFalse();
        assertThat(anonymous.post("/api/v1/auth/login", credentials(name, OWN_PASSWORD)).json()
                .get("password_change_required").asBoolean()).isFalse();
        assertThat(user.post("/api/v1/auth/logout", "").status()).isEqualTo(204);
    }

    @Test
    void the_administrator_may_say_that_the_user_chose_the_password_and_logging_out_needs_no_change() {
        String chosenByUser = newUser(false);
        Api user = anonymous.loggedInAs(chosenByUser, PASSWORD);
        assertThat(user.get(CATEGORIES).status()).isEqualTo(200);

        Api newcomer = anonymous.loggedInAs(newUser(true), PASSWORD);
        assertThat(newcomer.post("/api/v1/auth/logout", "").status()).isEqualTo(204);
        assertThat(newcomer.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void a_reset_with_a_chosen_password_ends_the_sessions_refuses_the_keys_until_the_user_changes_it() {
        String name = newUser(false);
        long id = idOf(name);
        Api session = anonymous.loggedInAs(name, PASSWORD);
        Api machine = anonymous.withCredential(session.post("/api/v1/api-keys", "{\"name\": \"machine\"}").json()
                .get("key").asText());
        String reset = "a new password set by the admin";

        Api.Response answer = admin.post("/api/v1/users/" + id + "/password", "{\"new_password\": \"" + reset + "\"}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("user_id").asLong()).isEqualTo(id);
        assertThat(answer.json().get("generated_password").isNull()).isTrue();
        assertThat(session.get(CATEGORIES).status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/auth/login", credentials(name, PASSWORD)).status()).isEqualTo(401);
        Api.Response refusedKey = machine.get(CATEGORIES);
        assertThat(refusedKey.status()).as(refusedKey.toString()).isEqualTo(403);
        assertThat(refusedKey.json().get("code").asText()).isEqualTo("password_change_required");
        assertThat(machine.post("/api/v1/me/password", change(reset, OWN_PASSWORD)).status())
                .as("not even the password change: a key never proves who is at the keyboard").isEqualTo(403);
        assertThat(machine.get("/api/v1/me").status()).isEqualTo(403);

        Api again = anonymous.loggedInAs(name, reset);
        assertThat(again.get("/api/v1/me").json().get("must_change_password").asBoolean()).isTrue();
        assertThat(again.post("/api/v1/me/password", change(reset, OWN_PASSWORD)).status()).isEqualTo(204);
        assertThat(machine.get(CATEGORIES).status()).isEqualTo(200);
    }

    @Test
    void a_generated_password_is_answered_once_works_and_is_audited_without_the_secret() {
        String name = newUser(false);
        long id = idOf(name);

        Api.Response answer = admin.post("/api/v1/users/" + id + "/password", "{}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        String generated = answer.json().get("generated_password").asText();
        assertThat(generated).hasSize(24);
        Api.Response login = anonymous.post("/api/v1/auth/login", credentials(name, generated));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("password_change_required").asBoolean()).isTrue();
        var audit = probe.dsl().selectFrom(AUDIT_LOGS)
                .where(AUDIT_LOGS.ACTION.eq("user.reset_password"), AUDIT_LOGS.RESOURCE_ID.eq((int) id)).fetchOne();
        assertThat(audit).isNotNull();
        assertThat(audit.getOutcome()).isEqualTo("success");
        assertThat(audit.formatJSON()).doesNotContain(generated).contains(name);
    }

    @Test
    void only_administrators_of_the_whole_organisation_reset_and_a_refused_reset_changes_nothing() {
        String name = newUser(false);
        long id = idOf(name);
        Api analyst = anonymous.loggedInAs(newUser(false), PASSWORD);

        Api.Response forbidden = analyst.post("/api/v1/users/" + id + "/password", "{}");
        Api.Response weak = admin.post("/api/v1/users/" + id + "/password", "{\"new_password\": \"password1234\"}");
        Api.Response unknown = admin.post("/api/v1/users/2147483000/password", "{}");
        Api.Response wrongShape = admin.post("/api/v1/users/" + id + "/password", "{\"new_password\": 5}");

        assertThat(forbidden.status()).as(forbidden.toString()).isEqualTo(403);
        assertThat(weak.status()).as(weak.toString()).isEqualTo(400);
        assertThat(weak.json().get("code").asText()).isEqualTo("invalid_value");
        assertThat(weak.json().get("errors").get(0).get("field").asText()).isEqualTo("new_password");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrongShape.status()).isEqualTo(400);
        assertThat(anonymous.post("/api/v1/auth/login", credentials(name, PASSWORD)).json()
                .get("password_change_required").asBoolean()).isFalse();
    }

    @Test
    void administrators_list_any_users_api_keys_without_secrets_and_nobody_else_does() {
        String name = newUser(false);
        long id = idOf(name);
        Api user = anonymous.loggedInAs(name, PASSWORD);
        String secret = user.post("/api/v1/api-keys", "{\"name\": \"first\"}").json().get("key").asText();
        user.post("/api/v1/api-keys", "{\"name\": \"second\"}");

        Api.Response listed = admin.get("/api/v1/users/" + id + "/api-keys?sort=name&limit=1");

        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().get("total").asLong()).isEqualTo(2);
        assertThat(listed.json().get("items").get(0).get("name").asText()).isEqualTo("first");
        assertThat(listed.json().get("items").get(0).has("key")).isFalse();
        assertThat(listed.body()).doesNotContain(secret);
        assertThat(user.get("/api/v1/users/" + id + "/api-keys").status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/users/2147483000/api-keys").status()).isEqualTo(404);
        Api.Response unknownParameter = admin.get("/api/v1/users/" + id + "/api-keys?owner=me");
        assertThat(unknownParameter.status()).isEqualTo(400);
        assertThat(unknownParameter.json().get("code").asText()).isEqualTo("bad_request");
    }

    @Test
    void the_location_of_a_created_key_reads_it_for_its_owner_and_administrators_only() {
        Api owner = anonymous.loggedInAs(newUser(false), PASSWORD);
        Api other = anonymous.loggedInAs(newUser(false), PASSWORD);
        Api.Response created = owner.post("/api/v1/api-keys", "{\"name\": \"located\"}");
        String location = created.header("Location").orElseThrow();

        Api.Response read = owner.get(location);

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("id")).isEqualTo(created.json().get("id"));
        assertThat(read.json().get("name").asText()).isEqualTo("located");
        assertThat(read.json().has("key")).isFalse();
        assertThat(read.body()).doesNotContain(created.json().get("key").asText());
        assertThat(admin.get(location).status()).isEqualTo(200);
        assertThat(other.get(location).status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/api-keys/2147483000").status()).isEqualTo(404);
    }

    @Test
    void the_key_list_refuses_unknown_parameters_with_a_problem() {
        Api user = anonymous.loggedInAs(newUser(false), PASSWORD);

        Api.Response refused = user.get("/api/v1/api-keys?name=first");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asText()).isEqualTo("bad_request");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
    }

    /** An Analyst created by the administrator with {@link #PASSWORD}; returns the username. */
    private String newUser(boolean mustChangePassword) {
        String name = "cred-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/api/v1/users", "{\"username\": \"" + name + "\", \"email\": \"" + name
                + "@example.com\", \"password\": \"" + PASSWORD + "\", \"role_ids\": [" + ANALYST + "]"
                + (mustChangePassword ? "" : ", \"must_change_password\": false") + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode user = created.json();
        assertThat(user.get("must_change_password").asBoolean()).isEqualTo(mustChangePassword);
        return name;
    }

    private long idOf(String username) {
        return admin.get("/api/v1/users?q=" + username).json().get("items").get(0).get("id").asLong();
    }

    private static String change(String current, String next) {
        return "{\"current_password\": \"" + current + "\", \"new_password\": \"" + next + "\"}";
    }

    private static String credentials(String username, String password) {
        return "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";
    }
}
