package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.adapters.persistence.jooq.tables.records.AuditChainHeadRecord;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What Aegis does once its audit trail was tampered with in the database (issue #8, points 6 and 16): writes are
 * refused with a 503 problem {@code audit_chain_broken} (a login too, since it is audited), health reports the
 * chain DOWN, and a restart finds the break before the first request. Reads with existing credentials go on.
 * One test per database, since each break outlives it.
 */
abstract class AuditChainBreakApiContract extends RunningAegisContract {

    private static final String CATEGORIES = "/api/v1/asset-categories";

    @Test
    void a_deleted_chain_head_or_a_forged_row_stops_every_write_until_restored() {
        assertThat(create().status()).isEqualTo(201);
        aegis.sealAuditTrail();
        AuditChainHeadRecord head = probe.dsl().selectFrom(AUDIT_CHAIN_HEAD).fetchSingle();

        probe.dsl().deleteFrom(AUDIT_CHAIN_HEAD).execute();

        assertRefusedAndDown();
        assertThat(admin.get(CATEGORIES).status()).as("reads go on").isEqualTo(200);
        assertThat(anonymous.post("/api/v1/auth/login", "{\"username\": \"admin\", \"password\": \""
                + TestConfigs.ADMIN_PASSWORD + "\"}").status()).as("a login is a write too").isEqualTo(503);

        // the administrator restores the head as it was: writes resume
        head.changed(true);
        probe.dsl().insertInto(AUDIT_CHAIN_HEAD).set(head).execute();
        assertThat(create().status()).isEqualTo(201);
        assertThat(admin.get("/api/v1/health").json().get("audit_chain").asText()).isEqualTo("UP");

        // a row written around Aegis: a restart finds it before serving, and refuses writes from the start
        long forged = probe.dsl().insertInto(AUDIT_LOGS).set(AUDIT_LOGS.ACTION, "user.delete")
                .set(AUDIT_LOGS.CREATED_AT, Instant.now()).returningResult(AUDIT_LOGS.ID).fetchOne(AUDIT_LOGS.ID);
        restartAegis();

        assertRefusedAndDown();
        JsonNode verification = admin.get("/api/v1/audit-logs/verify").json();
        assertThat(verification.get("ok").asBoolean()).isFalse();
        assertThat(verification.get("detail").asText()).contains("row " + forged);
    }

    private void assertRefusedAndDown() {
        Api.Response refused = create();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asText()).isEqualTo("audit_chain_broken");
        assertThat(refused.body()).doesNotContain("SELECT", "Exception");
        Api.Response health = anonymous.get("/api/v1/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().get("audit_chain").asText()).isEqualTo("DOWN");
        assertThat(health.json().get("database").asText()).isEqualTo("UP");
    }

    private Api.Response create() {
        return admin.post(CATEGORIES, "{\"name\": \"" + UUID.randomUUID() + "\"}");
    }
}
