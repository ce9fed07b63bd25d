package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two running nodes on one database, as behind a load balancer (issue #10 point 6): whatever one node decides
 * about a credential, a user or a guess holds on the very next request to the other, because no node keeps any
 * of it for itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoNodesApiContract {

    private static final String PASSWORD = "a password for both nodes";
    private static final String LOGIN = "/api/v1/auth/login";

    private TestDatabase testDatabase;
    private List<Nodes.Start> starts;
    private Api one;
    private Api two;
    private Api adminOnOne;

    /** The database both nodes share. */
    abstract TestDatabase database(Path folder);

    @BeforeAll
    void startTwoNodes(@TempDir Path folder) {
        testDatabase = database(folder);
        String auditKey = Nodes.newAuditKey();
        starts = Nodes.startTogether(List.of(
                TestConfigs.node(folder.resolve("node-1"), testDatabase.settings(), auditKey, Map.of()),
                TestConfigs.node(folder.resolve("node-2"), testDatabase.settings(), auditKey, Map.of())));
        one = new Api(starts.get(0).started().port());
        two = new Api(starts.get(1).started().port());
        adminOnOne = one.loggedInAs("admin", TestConfigs.ADMIN_PASSWORD);
    }

    @AfterAll
    void stopNodes() {
        if (starts != null) {
            Nodes.stop(starts);
        }
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    @Test
    void a_login_token_ended_on_one_node_is_refused_by_the_other() {
        String name = newUser();
        Api onOne = one.loggedInAs(name, PASSWORD);
        Api onTwo = two.withCredential(onOne.credential());
        assertThat(onTwo.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(onOne.post("/api/v1/auth/logout", "").status()).isEqualTo(204);

        assertThat(onTwo.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void an_api_key_revoked_on_one_node_is_refused_by_the_other() {
        Api user = one.loggedInAs(newUser(), PASSWORD);
        Api.Response created = user.post("/api/v1/api-keys", "{\"name\": \"deploy\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api keyOnTwo = two.withCredential(created.json().get("key").asText());
        assertThat(keyOnTwo.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(user.delete("/api/v1/api-keys/" + created.json().get("id").asLong()).status()).isEqualTo(204);

        assertThat(keyOnTwo.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void a_user_deactivated_on_one_node_cannot_act_on_the_other() {
        String name = newUser();
        Api tokenOnTwo = two.loggedInAs(name, PASSWORD);
        Api keyOnTwo = two.withCredential(tokenOnTwo.post("/api/v1/api-keys", "{\"name\": \"cron\"}").json()
                .get("key").asText());
        assertThat(keyOnTwo.get("/api/v1/me").status()).isEqualTo(200);

        long id = adminOnOne.get("/api/v1/users?q=" + name).json().get("items").get(0).get("id").asLong();
        assertThat(adminOnOne.patch("/api/v1/users/" + id, "{\"is_active\": false}").status()).isEqualTo(200);

        assertThat(tokenOnTwo.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(keyOnTwo.post("/api/v1/api-keys", "{\"name\": \"after\"}").status()).isEqualTo(401);
        assertThat(two.post(LOGIN, credentials(name, PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void the_login_throttle_counts_guesses_sent_to_both_nodes_together() {
        String name = newUser();

        List<Api.Response> guesses = Together.send(12,
                i -> (i % 2 == 0 ? one : two).post(LOGIN, credentials(name, "wrong password " + i)));

        assertThat(guesses).filteredOn(answer -> answer.status() != 429).hasSize(5)
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(401));
        assertThat(one.post(LOGIN, credentials(name, PASSWORD)).status()).isEqualTo(429);
        assertThat(two.post(LOGIN, credentials(name, PASSWORD)).status()).isEqualTo(429);
    }

    @Test
    void whichever_node_seals_each_node_checkpoints_the_chain_into_its_own_file_and_verifies_with_it() {
        Wiring first = starts.get(0).started();
        Wiring second = starts.get(1).started();
        Api adminOnTwo = two.withCredential(adminOnOne.credential());
        for (int i = 0; i < 3; i++) {
            Api writer = i % 2 == 0 ? adminOnOne : adminOnTwo;
            assertThat(writer.post("/api/v1/asset-categories", "{\"name\": \"witnessed " + UUID.randomUUID() + "\"}")
                    .status()).isEqualTo(201);
        }

        // one of them holds the sealing lease; both check the chain's end into their own files
        for (int round = 0; round < 2; round++) {
            first.sealAuditTrail();
            second.sealAuditTrail();
        }

        for (Api admin : List.of(adminOnOne, adminOnTwo)) {
            Api.Response verified = admin.get("/api/v1/audit-logs/verify");
            assertThat(verified.status()).isEqualTo(200);
            assertThat(verified.json().get("ok").asBoolean()).as(verified.toString()).isTrue();
            assertThat(verified.json().get("pending_rows").asLong()).isZero();
            assertThat(verified.json().get("checkpoint_seq").asLong()).as(verified.toString())
                    .isEqualTo(verified.json().get("last_seq").asLong());
        }
    }

    private String newUser() {
        String name = "node-user-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = adminOnOne.post("/api/v1/users", "{\"username\": \"%s\", \"email\": \"%s@example.com\","
                .formatted(name, name) + " \"password\": \"" + PASSWORD + "\", \"role_ids\": [2],"
                + " \"must_change_password\": false}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }

    private static String credentials(String username, String password) {
        return "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";
    }
}
