package io.aegis.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.identity.port.in.CredentialUse;
import io.aegis.application.identity.port.out.OrgUnitDirectory;
import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.FakePasswordHasher;
import io.aegis.application.testing.InMemoryApiKeys;
import io.aegis.application.testing.InMemoryAuthTokens;
import io.aegis.application.testing.InMemoryCredentialHolders;
import io.aegis.application.testing.InMemoryRoles;
import io.aegis.application.testing.InMemoryUsers;
import io.aegis.application.testing.MovableClock;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.BearerSecret;
import io.aegis.domain.identity.CredentialKind;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.SessionTimeouts;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserProfile;
import io.aegis.domain.identity.Username;
import io.aegis.domain.organisation.OrgUnitId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A login session's idle timeout: the last use is recorded about once a minute and ends the session when old. */
class AuthenticateServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final SessionTimeouts TIMEOUTS = new SessionTimeouts(Duration.ofHours(8), Duration.ofMinutes(30));

    private final MovableClock clock = new MovableClock(NOW);
    private final InMemoryRoles roles = InMemoryRoles.withBuiltInRoles(NOW);
    private final InMemoryUsers users = new InMemoryUsers(roles);
    private final InMemoryAuthTokens tokens = new InMemoryAuthTokens();
    private final AuthenticateService authenticate = new AuthenticateService(
            new UseCaseRunner(new DirectTransactions(), new RecordingAuditTrail(), clock),
            new InMemoryCredentialHolders(tokens, new InMemoryApiKeys(), users, roles), tokens, new RootOnly(),
            TIMEOUTS.idle());

    private String session;
    private long sessionId;

    @BeforeEach
    void aliceSignedIn() {
        User alice = users.insert(User.define(new Username("alice"), new EmailAddress("alice@example.org"),
                new FakePasswordHasher().hash(new PlainPassword("correct horse battery")), UserProfile.EMPTY,
                Optional.empty(), NOW.minusSeconds(60)));
        BearerSecret secret = BearerSecret.issue(CredentialKind.LOGIN_TOKEN, new byte[BearerSecret.RANDOM_BYTES]);
        session = secret.reveal();
        sessionId = tokens.insert(AuthToken.issue(alice.id().orElseThrow(), secret.hash(), NOW, TIMEOUTS),
                RequestOrigin.LOCAL).id().orElseThrow();
    }

    @Test
    void a_session_in_use_outlives_its_idle_timeout_counted_from_sign_in() {
        for (int minutes = 20; minutes <= 120; minutes += 20) {
            clock.set(NOW.plus(Duration.ofMinutes(minutes)));
            assertThat(use().userId()).contains(1L);
        }
    }

    @Test
    void a_session_left_idle_for_the_timeout_is_refused() {
        clock.set(NOW.plus(Duration.ofMinutes(10)));
        use();

        clock.set(NOW.plus(Duration.ofMinutes(40)));

        assertThatThrownBy(this::use).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void the_use_is_recorded_once_the_recorded_one_is_a_minute_old_so_that_reads_stay_reads() {
        clock.set(NOW.plusSeconds(59));
        use();
        assertThat(lastUsed()).isEqualTo(NOW);

        clock.set(NOW.plusSeconds(61));
        use();
        assertThat(lastUsed()).isEqualTo(NOW.plusSeconds(61));
    }

    private Actor use() {
        return authenticate.authenticate(session, RequestOrigin.LOCAL, CredentialUse.EVERYTHING);
    }

    private Instant lastUsed() {
        return tokens.findByHash(BearerSecret.parse(session).orElseThrow().hash()).orElseThrow().lastUsedAt();
    }

    /** A single-unit organisation. */
    private static final class RootOnly implements OrgUnitDirectory {

        @Override
        public Map<OrgUnitId, Optional<OrgUnitId>> parentLinks() {
            return Map.of(OrgUnitId.ROOT, Optional.empty());
        }

        @Override
        public boolean activeUnitExists(OrgUnitId unit) {
            return unit.equals(OrgUnitId.ROOT);
        }
    }
}
