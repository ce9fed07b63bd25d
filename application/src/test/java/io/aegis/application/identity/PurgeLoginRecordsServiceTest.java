package io.aegis.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.identity.port.in.LoginRecordsPurged;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryAuthTokens;
import io.aegis.application.testing.InMemoryLoginFailures;
import io.aegis.application.testing.MovableClock;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.CredentialKind;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.SessionTimeouts;
import io.aegis.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The retention of login records: what is older than the period goes, in one audited change counting it. */
class PurgeLoginRecordsServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(90);

    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final InMemoryLoginFailures failures = new InMemoryLoginFailures();
    private final InMemoryAuthTokens tokens = new InMemoryAuthTokens();
    private final PurgeLoginRecordsService purge = new PurgeLoginRecordsService(
            new UseCaseRunner(new DirectTransactions(), audit, new MovableClock(NOW)), failures, tokens, RETENTION);

    @Test
    void records_older_than_the_retention_go_and_the_purge_is_audited_by_its_counts() {
        failures.record("alice", "198.51.100.7", NOW.minus(Duration.ofDays(91)));
        failures.record("mallory", "203.0.113.9", NOW.minus(Duration.ofDays(89)));
        tokens.insert(token(NOW.minus(Duration.ofDays(120)), 1), RequestOrigin.LOCAL);
        tokens.insert(token(NOW.minus(Duration.ofDays(30)), 2), RequestOrigin.LOCAL);

        LoginRecordsPurged purged = purge.purge(Actors.withPermissions(Permission.USER_ADMIN));

        assertThat(purged).isEqualTo(new LoginRecordsPurged(NOW.minus(RETENTION), 1, 1));
        assertThat(failures.ofUsername("mallory", NOW.minus(Duration.ofDays(365)), 5)).hasSize(1);
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("identity.purge_login_records");
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.SUCCESS);
            assertThat(entry.after()).isEqualTo(purged);
        });

        assertThat(purge.purge(Actors.withPermissions(Permission.USER_ADMIN)).removedAny()).isFalse();
        assertThat(audit.entries()).as("a purge that removes nothing records nothing").hasSize(1);
    }

    @Test
    void only_an_administrator_of_users_purges() {
        failures.record("alice", "198.51.100.7", NOW.minus(Duration.ofDays(91)));

        assertThatThrownBy(() -> purge.purge(Actors.withPermissions(Permission.AUDIT_READ)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(failures.ofUsername("alice", NOW.minus(Duration.ofDays(365)), 5)).hasSize(1);
    }

    /** A login token issued at {@code issuedAt}: long expired by now when that is months ago. */
    private static AuthToken token(Instant issuedAt, int seed) {
        return AuthToken.issue(new UserId(1), IdentityMother.aSecret(CredentialKind.LOGIN_TOKEN, seed).hash(),
                issuedAt, SessionTimeouts.DEFAULT);
    }
}
