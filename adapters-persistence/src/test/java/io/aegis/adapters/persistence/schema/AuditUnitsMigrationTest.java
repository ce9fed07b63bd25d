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
import io.aegis.domain.audit.AuditChainHead;
import io.aegis.domain.audit.AuditContent;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.audit.AuditSeal;
import io.aegis.domain.audit.StoredAuditRow;
import io.aegis.domain.organisation.OrgUnitId;
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
 * V17 gives audit rows a unit, which the seal form aegis-audit-v3 covers. A trail written before (form
 * aegis-audit-v2, sealed or waiting for the sealer) must verify unchanged after V17, the chain must go on in the new
 * form, and a unit put on an old row afterwards (moving it into a unit's log) must show.
 */
class AuditUnitsMigrationTest {

    private static final Instant AT = Instant.parse("2026-11-27T08:15:00.123Z");
    private static final AuditKey KEY = AuditKey.of(new byte[32]);

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void a_v2_trail_verifies_after_v17_and_the_chain_continues_in_v3(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDatabase = kind.apply(directory); Database database = testDatabase.open()) {
            Flyway.configure().dataSource(database.dataSource())
                    .locations("classpath:" + database.kind().migrationFolder()).target("16").load().migrate();
            DSLContext dsl = database.dsl();
            AuditChainHead head = AuditChainHead.EMPTY;
            for (long id = 1; id <= 2; id++) {
                AuditSeal sealed = head.sealNext(writtenBeforeUnits(id), KEY);
                insert(dsl, id, sealed);
                head = head.after(sealed);
            }
            insert(dsl, 3, writtenBeforeUnits(3).seal());
            dsl.update(table("audit_chain_head")).set(field("last_seq"), head.lastSeq())
                    .set(field("last_hash"), head.lastHash().orElseThrow()).execute();

            database.migrate();

            ChainVerificationView migrated = verify(dsl);
            assertThat(migrated.ok()).as(migrated.toString()).isTrue();
            assertThat(migrated.rowsChecked()).isEqualTo(2);
            assertThat(migrated.pendingRows()).isEqualTo(1);

            new JooqTransactions(dsl).inTransaction(() -> {
                new JooqAuditTrail(dsl, KEY).record(AuditEntry.success(Actor.system("test"), AT, "asset.create",
                        "asset", 4, OrgUnitId.ROOT, null, "x"));
                return null;
            });
            new SealAuditTrailService(new JooqAuditChainReader(dsl), new JooqAuditSeals(dsl), KEY,
                    new JooqTransactions(dsl)).seal();

            ChainVerificationView continued = verify(dsl);
            assertThat(continued.ok()).as(continued.toString()).isTrue();
            assertThat(continued.rowsChecked()).isEqualTo(4);
            assertThat(dsl.select(field("seal_version", String.class)).from(table("audit_logs"))
                    .orderBy(field("chain_seq")).fetch(0, String.class))
                    .containsExactly(AuditChain.V2, AuditChain.V2, AuditChain.V2, AuditChain.V3);

            dsl.update(table("audit_logs")).set(field("org_unit_id"), 1).where(field("id").eq(2)).execute();

            ChainVerificationView moved = verify(dsl);
            assertThat(moved.ok()).isFalse();
            assertThat(moved.brokenRowId()).isEqualTo(2);
            assertThat(moved.reason()).isEqualTo("content_changed");
        }
    }

    /** A row as the release before V17 wrote it: form v2, no unit, its MAC under the key. */
    private static StoredAuditRow writtenBeforeUnits(long id) {
        AuditContent content = new AuditContent("%032x".formatted(id), null, "asset.update", "asset", id, null, null,
                "{\"id\":" + id + "}", "192.0.2.1", "curl/8", null, "req-" + id, null, "success", null, AT);
        return StoredAuditRow.of(id, content, new AuditSeal(AuditChain.V2, KEY.id(),
                AuditChain.entryMac(KEY, AuditChain.V2, content), null, null, null));
    }

    private static void insert(DSLContext dsl, long id, AuditSeal seal) {
        AuditContent content = writtenBeforeUnits(id).content().orElseThrow();
        dsl.insertInto(table("audit_logs"))
                .set(field("id"), id).set(field("entry_id"), content.entryId()).set(field("action"), content.action())
                .set(field("resource_type"), content.resourceType()).set(field("resource_id"), id)
                .set(field("new_values"), content.newValues()).set(field("ip_address"), content.ipAddress())
                .set(field("user_agent"), content.userAgent()).set(field("request_id"), content.requestId())
                .set(field("outcome"), content.outcome()).set(field("created_at"), "2026-11-27 08:15:00.123")
                .set(field("seal_version"), seal.version()).set(field("key_id"), seal.keyId())
                .set(field("entry_mac"), seal.entryMac()).set(field("chain_seq"), seal.chainSeq())
                .set(field("previous_hash"), seal.previousHash()).set(field("row_hash"), seal.rowHash())
                .execute();
    }

    private ChainVerificationView verify(DSLContext dsl) {
        return new VerifyAuditChainService(new UseCaseRunner(new JooqTransactions(dsl), new JooqAuditTrail(dsl, KEY),
                Clock.systemUTC()), new JooqAuditChainReader(dsl), new FileAuditCheckpointLog(directory.resolve("cp")),
                KEY).verify(Actor.system("test"));
    }
}
