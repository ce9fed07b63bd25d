package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.audit.JooqAuditTrail;
import io.aegis.adapters.persistence.testing.TestDatabase;
import io.aegis.application.port.AuditTrail;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every API contract stands on: Aegis started with the real wiring on a throwaway database (a
 * subclass per database kind), an anonymous client, a client logged in as the first administrator,
 * and a separate connection to look at the database behind the API's back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RunningAegisContract {

    private TestDatabase testDatabase;
    protected Wiring aegis;
    protected Database probe;
    protected Api anonymous;
    protected Api admin;
    private AegisConfig config;

    /** The database this run of the contract uses. */
    abstract TestDatabase database(Path folder);

    @BeforeAll
    void startAegis(@TempDir Path folder) {
        testDatabase = database(folder);
        var settings = testDatabase.settings();
        config = TestConfigs.onEphemeralPort(folder).withDatabase(settings.url(), settings.user(),
                settings.password());
        start();
        probe = testDatabase.open();
    }

    /**
     * Stops Aegis and starts it again on the same database and data folder, as an operator would; the clients
     * keep their credentials.
     */
    protected void restartAegis() {
        aegis.close();
        aegis = Wiring.start(config, "test");
        anonymous = new Api(aegis.port());
        admin = anonymous.withCredential(admin.credential());
    }

    /**
     * Stops Aegis and starts it again on the same database with {@code change} applied to its settings, which stay
     * changed until the next call (a test puts them back in a {@code finally}).
     */
    protected void restartAegis(UnaryOperator<AegisConfig> change) {
        config = change.apply(config);
        restartAegis();
    }

    /** The settings Aegis runs with now (its data folder, its limits). */
    protected AegisConfig config() {
        return config;
    }

    /** A new user holding the built-in ReadOnly role, signed in. */
    protected Api newReader() {
        String name = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/api/v1/users", "{\"username\": \"" + name + "\", \"email\": \"" + name
                + "@example.com\", \"password\": \"reading all day long\", \"role_ids\": [3],"
                + " \"must_change_password\": false}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return anonymous.loggedInAs(name, "reading all day long");
    }

    /** The audit trail as Aegis writes it, under its key: for a test that needs entries no route records yet. */
    protected AuditTrail auditTrail() {
        return new JooqAuditTrail(probe.dsl(), AuditKeys.load(config.audit()));
    }

    /**
     * Sends {@code request} and holds its refusal: {@code status} as problem+json naming {@code code}, nothing of
     * the server's insides in the body, and every row of {@code tables} and every successful audit entry as before.
     */
    protected void assertRefusedAndUnchanged(Supplier<Api.Response> request, int status, String code,
                                             Table<?>... tables) {
        List<List<Map<String, Object>>> rows = Stream.of(tables).map(this::rowsOf).toList();
        long audits = probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.OUTCOME.eq("success"));
        Api.Response response = request.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception", "SELECT", "INSERT");
        assertThat(Stream.of(tables).map(this::rowsOf).toList()).isEqualTo(rows);
        assertThat(probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.OUTCOME.eq("success"))).isEqualTo(audits);
    }

    private List<Map<String, Object>> rowsOf(Table<?> table) {
        return probe.dsl().selectFrom(table).orderBy(table.getPrimaryKey().getFields()).fetch().intoMaps();
    }

    private void start() {
        aegis = Wiring.start(config, "test");
        anonymous = new Api(aegis.port());
        admin = anonymous.loggedInAs("admin", TestConfigs.ADMIN_PASSWORD);
    }

    @AfterAll
    void stopAegis() {
        if (aegis != null) {
            aegis.close();
        }
        if (probe != null) {
            probe.close();
        }
        if (testDatabase != null) {
            testDatabase.close();
        }
    }
}
