package io.aegis.adapters.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.JooqTransactions;
import io.aegis.adapters.persistence.audit.FileAuditCheckpointLog;
import io.aegis.adapters.persistence.audit.JooqAuditChainReader;
import io.aegis.adapters.persistence.audit.JooqAuditSeals;
import io.aegis.adapters.persistence.audit.JooqAuditTrail;
import io.aegis.adapters.persistence.testing.TestDatabase;
import io.aegis.application.audit.SealAuditTrailService;
import io.aegis.application.audit.VerifyAuditChainService;
import io.aegis.application.audit.port.in.ChainVerificationView;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.audit.AuditChain;
import io.aegis.domain.audit.AuditContent;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.audit.AuditRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V8 moves the audit trail from the locked SHA-256 chain to sealing under a key. A trail written before (rows
 * older than any chain, then rows chained in form aegis-audit-v1) must verify as it is after V8, and the keyed
 * chain must go on from its last hash.
 */
class AuditSealingMigrationTest {

    private static final Instant AT = Instant.parse("2026-11-27T08:15:00.123Z");
    private static final AuditKey KEY = AuditKey.of(new byte[32]);

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void a_v4_chain_verifies_after_v8_and_the_keyed_chain_continues_it(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDatabase = kind.apply(directory); Database database = testDatabase.open()) {
            Flyway.configure().dataSource(database.dataSource())
                    .locations("classpath:" + database.kind().migrationFolder()).target("7").load().migrate();
            DSLContext dsl = database.dsl();
            insertLegacy(dsl, 1, null);
            insertLegacy(dsl, 2, null);
            String previous = AuditChain.GENESIS;
            for (long id = 3; id <= 5; id++) {
                previous = insertLegacy(dsl, id, previous);
            }
            dsl.update(table("audit_chain_head")).set(field("last_id"), 5).set(field("last_hash"), previous).execute();

            database.migrate();

            ChainVerificationView migrated = verify(database);
            assertThat(migrated.ok()).as(migrated.toString()).isTrue();
            assertThat(migrated.rowsChecked()).isEqualTo(3);
            assertThat(migrated.unsealedRows()).isEqualTo(2);
            assertThat(migrated.lastHash()).isEqualTo(previous);

            new JooqTransactions(dsl).inTransaction(() -> {
                new JooqAuditTrail(dsl, KEY).record(AuditEntry.success(Actor.system("test"), AT, "asset.create",
                        "asset", 1, null, null, "x"));
                return null;
            });
            new SealAuditTrailService(new JooqAuditChainReader(dsl), new JooqAuditSeals(dsl), KEY,
                    new JooqTransactions(dsl)).seal();

            ChainVerificationView continued = verify(database);
            assertThat(continued.ok()).as(continued.toString()).isTrue();
            assertThat(continued.rowsChecked()).isEqualTo(4);
            assertThat(continued.lastSeq()).isEqualTo(4);
            assertThat(dsl.select(field("previous_hash", String.class)).from(table("audit_logs"))
                    .where(field("chain_seq").eq(4)).fetchOne(0, String.class)).isEqualTo(previous);
        }
    }

    /** A row as V4 to V7 wrote it: chained with SHA-256 when {@code previous} is given, else from before V4. */
    private static String insertLegacy(DSLContext dsl, long id, String previous) {
        AuditContent content = new AuditContent(null, null, "asset.update", "asset", id, null, null,
                "{\"id\":" + id + "}", "192.0.2.1", "curl/8", "", "req-" + id, null, "success", null, AT);
        String hash = previous == null ? null : AuditChain.hashV1(new AuditRecord(id, content), previous);
        dsl.insertInto(table("audit_logs"))
                .set(field("id"), id).set(field("action"), content.action())
                .set(field("resource_type"), content.resourceType()).set(field("resource_id"), id)
                .set(field("new_values"), content.newValues()).set(field("ip_address"), content.ipAddress())
                .set(field("user_agent"), content.userAgent()).set(field("session_id"), content.sessionId())
                .set(field("request_id"), content.requestId()).set(field("outcome"), content.outcome())
                .set(field("created_at"), "2026-11-27 08:15:00.123")
                .set(field("previous_hash"), previous).set(field("row_hash"), hash)
                .execute();
        return hash;
    }

    private ChainVerificationView verify(Database database) {
        DSLContext dsl = database.dsl();
        return new VerifyAuditChainService(new UseCaseRunner(new JooqTransactions(dsl), new JooqAuditTrail(dsl, KEY),
                Clock.systemUTC()), new JooqAuditChainReader(dsl), new FileAuditCheckpointLog(directory.resolve("cp")),
                KEY).verify(Actor.system("test"));
    }
}
