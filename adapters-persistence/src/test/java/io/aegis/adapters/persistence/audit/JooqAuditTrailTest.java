package io.aegis.adapters.persistence.audit;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.jooq.tables.records.AuditLogsRecord;
import io.aegis.adapters.persistence.testing.TestDatabase;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.domain.audit.AuditChain;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.identity.Permission;
import io.aegis.application.port.RequestOrigin;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqAuditTrailTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.123Z");

    record Credentials(String username, String passwordHash, String apiKey, Instant changedAt) {
    }

    @TempDir
    Path folder;

    @Test
    void records_who_what_where_and_the_states_as_json_with_secrets_redacted_and_the_writers_mac() {
        try (TestDatabase testDb = TestDatabase.sqlite(folder); Database db = testDb.openMigrated()) {
            Actor actor = new Actor(Optional.empty(), "ops", Set.of(Permission.USER_ADMIN),
                    new RequestOrigin("req-42", "2001:db8::7", "curl/8", "sess-1", "client-7"));
            AuditKey key = AuditKey.of(new byte[32]);

            new JooqAuditTrail(db.dsl(), key).record(AuditEntry.success(actor, NOW, "user.update", "user", 5, null,
                    new Credentials("ann", "$2a$12$abc", "aegis_secret", NOW), null));

            AuditLogsRecord row = db.dsl().selectFrom(AUDIT_LOGS).fetchSingle();
            assertThat(row.getAction()).isEqualTo("user.update");
            assertThat(row.getResourceType()).isEqualTo("user");
            assertThat(row.getResourceId()).isEqualTo(5);
            assertThat(row.getRequestId()).isEqualTo("req-42");
            assertThat(row.getClientRequestId()).isEqualTo("client-7");
            assertThat(row.getIpAddress()).isEqualTo("2001:db8::7");
            assertThat(row.getUserAgent()).isEqualTo("curl/8");
            assertThat(row.getSessionId()).isEqualTo("sess-1");
            assertThat(row.getOutcome()).isEqualTo("success");
            assertThat(row.getCreatedAt()).isEqualTo(NOW);
            assertThat(row.getNewValues()).isNull();
            assertThat(row.getOldValues())
                    .contains("\"username\":\"ann\"", "\"changed_at\":\"2026-11-27T08:15:00.123Z\"")
                    .contains("\"password_hash\":\"[redacted]\"", "\"api_key\":\"[redacted]\"")
                    .doesNotContain("$2a$12$abc", "aegis_secret");
            // written with its MAC, it waits for the sealer to give it its place in the chain
            assertThat(row.getSealVersion()).isEqualTo(AuditChain.V3);
            assertThat(row.getKeyId()).isEqualTo(key.id());
            assertThat(row.getEntryMac()).matches("[0-9a-f]{64}");
            assertThat(row.getChainSeq()).isNull();
            assertThat(row.getRowHash()).isNull();
        }
    }
}
