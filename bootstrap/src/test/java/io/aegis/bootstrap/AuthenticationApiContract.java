package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Logging in, tokens, API keys and throttling over real HTTP against the real wiring, on each database. */
abstract class AuthenticationApiContract extends RunningAegisContract {

    private static final String CATEGORIES = "/api/v1/asset-categories";
    private static final String PASSWORD = "a perfectly long password";

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeAll
    void captureLogs() {
        root().addAppender(logs);
        logs.start();
    }

    @AfterAll
    void releaseLogs() {
        root().detachAppender(logs);
    }

    @Test
    void a_login_token_authenticates_until_logout() {
        String name = newUser("Analyst");
        Api.Response login = anonymous.post("/api/v1/auth/login", credentials(name, PASSWORD));

        assertThat(login.status()).isEqualTo(200);
        String token = login.json().get("token").asText();
        assertThat(token).startsWith("aegis_t_");
        assertThat(login.json().get("expires_at").asText()).endsWith("Z");
        Api user = anonymous.withCredential(token);
        assertThat(user.get(CATEGORIES).status()).isEqualTo(200);

        assertThat(user.post("/api/v1/auth/logout", "").status()).isEqualTo(204);
        assertThat(user.get(CATEGORIES).status()).isEqualTo(401);
    }

    @Test
    void wrong_passwords_unknown_users_and_disabled_users_get_the_same_answer() {
        String name = newUser("Analyst");
        String disabled = newUser("Analyst");
        admin.patch("/api/v1/users/" + idOf(disabled), "{\"is_active\": false}");

        JsonNode wrong = refusedLogin(name, "not the password at all");
        JsonNode unknown = refusedLogin("nobody-" + UUID.randomUUID(), PASSWORD);
        JsonNode inactive = refusedLogin(disabled, PASSWORD);
        JsonNode malformed = refusedLogin("x", "short");

        for (JsonNode other : new JsonNode[] {unknown, inactive, malformed}) {
            assertThat(other.get("detail")).isEqualTo(wrong.get("detail"));
            assertThat(other.get("code")).isEqualTo(wrong.get("code"));
        }
    }

    @Test
    void disabling_a_user_ends_their_live_session_at_the_next_request() {
        String name = newUser("Analyst");
        Api user = anonymous.loggedInAs(name, PASSWORD);
        assertThat(user.get(CATEGORIES).status()).isEqualTo(200);

        assertThat(admin.patch("/api/v1/users/" + idOf(name), "{\"is_active\": false}").status()).isEqualTo(200);

        assertThat(user.get(CATEGORIES).status()).isEqualTo(401);
    }

    @Test
    void changing_ones_password_ends_the_other_sessions_but_not_this_one() {
        String name = newUser("Analyst");
        Api here = anonymous.loggedInAs(name, PASSWORD);
        Api elsewhere = anonymous.loggedInAs(name, PASSWORD);

        Api.Response changed = here.post("/api/v1/me/password",
                "{\"current_password\": \"" + PASSWORD + "\", \"new_password\": \"an even longer password\"}");

        assertThat(changed.status()).as(changed.toString()).isBetween(200, 204);
        assertThat(here.get(CATEGORIES).status()).isEqualTo(200);
        assertThat(elsewhere.get(CATEGORIES).status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/auth/login", credentials(name, PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void a_new_password_that_is_common_repetitive_built_on_the_username_or_has_control_characters_is_refused() {
        String name = newUser("Analyst");
        Api user = anonymous.loggedInAs(name, PASSWORD);

        for (String weak : List.of(" ".repeat(12), "password1234", "Password1234!", "a long password\\u0000",
                name + "-2026!", "Aegis-server-01")) {
            Api.Response refused = user.post("/api/v1/me/password",
                    "{\"current_password\": \"" + PASSWORD + "\", \"new_password\": \"" + weak + "\"}");

            assertThat(refused.status()).as(weak + ": " + refused).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("new_password");
        }
        Api.Response created = admin.post("/api/v1/users", "{\"username\": \"common-" + UUID.randomUUID()
                .toString().substring(0, 8) + "\", \"email\": \"common@example.com\", \"password\": \"password1234\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(400);
        assertThat(anonymous.post("/api/v1/auth/login", credentials(name, PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void a_new_password_is_one_password_however_its_accents_were_typed() {
        String name = newUser("Analyst");
        Api user = anonymous.loggedInAs(name, PASSWORD);
        String decomposed = "e\\u0301te\\u0301 a\\u0300 la plage";
        String composed = "\\u00e9t\\u00e9 \\u00e0 la plage";

        Api.Response changed = user.post("/api/v1/me/password",
                "{\"current_password\": \"" + PASSWORD + "\", \"new_password\": \"" + decomposed + "\"}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(anonymous.post("/api/v1/auth/login", credentials(name, composed)).status()).isEqualTo(200);
        assertThat(anonymous.post("/api/v1/auth/login", credentials(name, decomposed)).status()).isEqualTo(200);
    }

    @Test
    void repeated_failures_throttle_the_username_with_429_and_retry_after_even_for_the_right_password() {
        String name = newUser("Analyst");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(anonymous.post("/api/v1/auth/login", credentials(name, "wrong password " + attempt)).status())
                    .isEqualTo(401);
        }

        Api.Response throttled = anonymous.post("/api/v1/auth/login", credentials(name, PASSWORD));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(throttled.header("Retry-After").orElseThrow())).isBetween(1L, 15 * 60L);
    }

    @Test
    void login_needs_both_fields() {
        assertThat(anonymous.post("/api/v1/auth/login", "{\"username\": \"admin\"}").status()).isEqualTo(400);
        assertThat(anonymous.post("/api/v1/auth/login", "{\"password\": \"x\"}").status()).isEqualTo(400);
        assertThat(anonymous.post("/api/v1/auth/login", "{\"username\": 1, \"password\": 2}").status())
                .isEqualTo(400);
    }

    @Test
    void an_api_key_is_shown_once_acts_for_its_user_within_its_scope_and_stops_when_revoked() {
        String name = newUser("Analyst");
        Api user = anonymous.loggedInAs(name, PASSWORD);

        Api.Response created = user.post("/api/v1/api-keys",
                "{\"name\": \"ci reader\", \"permissions\": [\"asset:read\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.json().get("key").asText();
        assertThat(key).startsWith("aegis_k_");
        assertThat(user.get("/api/v1/api-keys").body()).doesNotContain(key).contains(key.substring(0, 12));

        Api machine = anonymous.withCredential(key);
        assertThat(machine.get(CATEGORIES).status()).isEqualTo(200);
        assertThat(machine.post(CATEGORIES, "{\"name\": \"by key " + UUID.randomUUID() + "\"}").status())
                .isEqualTo(403);

        long id = created.json().get("id").asLong();
        assertThat(user.delete("/api/v1/api-keys/" + id).status()).isEqualTo(204);
        assertThat(machine.get(CATEGORIES).status()).isEqualTo(401);
    }

    @Test
    void an_api_key_cannot_be_scoped_beyond_its_user() {
        Api user = anonymous.loggedInAs(newUser("ReadOnly"), PASSWORD);

        Api.Response response = user.post("/api/v1/api-keys",
                "{\"name\": \"greedy\", \"permissions\": [\"user:admin\"]}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(user.post("/api/v1/api-keys", "{\"name\": \"typo\", \"permissions\": [\"asset:reed\"]}")
                .status()).isEqualTo(400);
    }

    @Test
    void a_narrowed_api_key_manages_no_credential_it_was_not_given_the_permission_for() {
        String name = newUser("Admin");
        Api user = anonymous.loggedInAs(name, PASSWORD);
        String otherKey = user.post("/api/v1/api-keys", "{\"name\": \"other\"}").json().get("key").asText();
        Api.Response other = user.get("/api/v1/api-keys");
        long otherId = other.json().get("items").get(0).get("id").asLong();
        Api reader = anonymous.withCredential(user.post("/api/v1/api-keys",
                "{\"name\": \"reader\", \"permissions\": [\"asset:read\"]}").json().get("key").asText());

        assertThat(reader.post("/api/v1/api-keys", "{\"name\": \"escalated\"}").status()).isEqualTo(403);
        assertThat(reader.delete("/api/v1/api-keys/" + otherId).status()).isEqualTo(403);
        assertThat(reader.post("/api/v1/me/password", "{\"current_password\": \"" + PASSWORD
                + "\", \"new_password\": \"taken over by a stolen key\"}").status()).isEqualTo(403);

        assertThat(user.get("/api/v1/api-keys").json().get("items")).hasSize(2);
        assertThat(anonymous.withCredential(otherKey).get(CATEGORIES).status()).isEqualTo(200);
        assertThat(anonymous.post("/api/v1/auth/login", credentials(name, PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void a_key_allowed_to_manage_credentials_mints_keys_within_its_own_scope_only() {
        Api user = anonymous.loggedInAs(newUser("Admin"), PASSWORD);
        Api manager = anonymous.withCredential(user.post("/api/v1/api-keys",
                "{\"name\": \"rotator\", \"permissions\": [\"asset:read\", \"credential:manage\"]}")
                .json().get("key").asText());

        Api.Response minted = manager.post("/api/v1/api-keys", "{\"name\": \"successor\"}");

        assertThat(minted.status()).as(minted.toString()).isEqualTo(201);
        assertThat(minted.json().get("permissions")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("asset:read", "credential:manage");
        Api successor = anonymous.withCredential(minted.json().get("key").asText());
        assertThat(successor.post(CATEGORIES, "{\"name\": \"by key " + UUID.randomUUID() + "\"}").status())
                .isEqualTo(403);
        assertThat(manager.post("/api/v1/api-keys", "{\"name\": \"wider\", \"permissions\": [\"asset:write\"]}")
                .status()).isEqualTo(422);
    }

    @Test
    void an_api_key_with_an_empty_permission_list_is_refused_as_useless() {
        Api user = anonymous.loggedInAs(newUser("Analyst"), PASSWORD);

        Api.Response response = user.post("/api/v1/api-keys", "{\"name\": \"nothing\", \"permissions\": []}");

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().get("code").asText()).isEqualTo("empty_scope");
        assertThat(user.get("/api/v1/api-keys").json().get("total").asLong()).isZero();
    }

    @Test
    void deactivating_a_user_revokes_their_api_keys_for_good() {
        String patched = newUser("Analyst");
        String deleted = newUser("Analyst");
        Api viaPatch = keyOf(patched);
        Api viaDelete = keyOf(deleted);
        String patchedUser = "/api/v1/users/" + idOf(patched);
        String deletedUser = "/api/v1/users/" + idOf(deleted);

        assertThat(admin.patch(patchedUser, "{\"is_active\": false}").status()).isEqualTo(200);
        assertThat(admin.delete(deletedUser).status()).isEqualTo(204);
        assertThat(admin.patch(patchedUser, "{\"is_active\": true}").status()).isEqualTo(200);
        assertThat(admin.patch(deletedUser, "{\"is_active\": true}").status()).isEqualTo(200);

        assertThat(viaPatch.get(CATEGORIES).status()).isEqualTo(401);
        assertThat(viaDelete.get(CATEGORIES).status()).isEqualTo(401);
        assertThat(anonymous.loggedInAs(patched, PASSWORD).get("/api/v1/api-keys").json().get("items").get(0)
                .get("revoked_at").isNull()).isFalse();
    }

    @Test
    void the_key_list_reports_the_page_it_was_asked_for() {
        Api user = anonymous.loggedInAs(newUser("Analyst"), PASSWORD);
        user.post("/api/v1/api-keys", "{\"name\": \"first\"}");
        user.post("/api/v1/api-keys", "{\"name\": \"second\"}");

        JsonNode all = user.get("/api/v1/api-keys").json();
        JsonNode page = user.get("/api/v1/api-keys?limit=1&offset=1").json();

        assertThat(all.get("limit").asInt()).isEqualTo(50);
        assertThat(all.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("name").asText()).isEqualTo("first");
        assertThat(page.get("limit").asInt()).isEqualTo(1);
        assertThat(page.get("offset").asInt()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void logging_out_with_an_api_key_is_refused_and_points_to_its_revocation() {
        Api machine = keyOf(newUser("Analyst"));

        Api.Response response = machine.post("/api/v1/auth/logout", "");

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().get("code").asText()).isEqualTo("api_key_logout");
        assertThat(response.json().get("detail").asText()).contains("DELETE /api/v1/api-keys/");
        assertThat(machine.get(CATEGORIES).status()).isEqualTo(200);
    }

    @Test
    void no_password_or_token_ever_reaches_the_log() {
        String name = newUser("Analyst");
        Api user = anonymous.loggedInAs(name, PASSWORD);
        String key = user.post("/api/v1/api-keys", "{\"name\": \"logged?\"}").json().get("key").asText();
        anonymous.post("/api/v1/auth/login", credentials(name, "a wrong but long password"));

        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains(PASSWORD) || line.contains(key)
                        || line.contains("a wrong but long password") || line.contains(TestConfigs.ADMIN_PASSWORD));
    }

    private JsonNode refusedLogin(String username, String password) {
        Api.Response response = anonymous.post("/api/v1/auth/login", credentials(username, password));
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json();
    }

    /** A new user with one of the seeded roles and {@link #PASSWORD}; returns the username. */
    private String newUser(String role) {
        String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
        long roleId = switch (role) {
            case "Admin" -> 1;
            case "Analyst" -> 2;
            default -> 3;
        };
        Api.Response created = admin.post("/api/v1/users", "{\"username\": \"" + name + "\", \"email\": \"" + name
                + "@example.com\", \"password\": \"" + PASSWORD + "\", \"role_ids\": [" + roleId + "],"
                + " \"must_change_password\": false}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }

    /** A client carrying a new, unscoped API key of the user. */
    private Api keyOf(String username) {
        Api user = anonymous.loggedInAs(username, PASSWORD);
        return anonymous.withCredential(user.post("/api/v1/api-keys", "{\"name\": \"machine\"}").json().get("key")
                .asText());
    }

    private long idOf(String username) {
        return admin.get("/api/v1/users?q=" + username).json().get("items").get(0).get("id").asLong();
    }

    private static String credentials(String username, String password) {
        return "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
