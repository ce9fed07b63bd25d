package io.aegis.application.identity;

import static io.aegis.application.identity.IdentityMother.T0;
import static io.aegis.application.identity.IdentityMother.aBareUser;
import static io.aegis.application.identity.IdentityMother.aSecret;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.RequestOrigin;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.CredentialKind;
import io.aegis.domain.identity.SessionTimeouts;
import io.aegis.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What login, logout and password changes rely on from the store of login tokens, whichever adapter holds them. */
public abstract class AuthTokenRepositoryContract {

    private static final SessionTimeouts TIMEOUTS = SessionTimeouts.DEFAULT;
    private static final Instant LATER = T0.plus(Duration.ofHours(1));
    private static final RequestOrigin BROWSER =
            new RequestOrigin("req-1", "203.0.113.9", "Mozilla/5.0 " + "x".repeat(600), "", "");

    private AuthTokenRepository tokens;
    private UserId alice;
    private UserId bob;

    /** The token store and the users it refers to, over one empty store. */
    protected abstract Stores emptyStores();

    public record Stores(UserRepository users, AuthTokenRepository tokens) {
    }

    @BeforeEach
    void load() {
        Stores stores = emptyStores();
        tokens = stores.tokens();
        alice = stores.users().insert(aBareUser("alice", T0)).id().orElseThrow();
        bob = stores.users().insert(aBareUser("bob", T0)).id().orElseThrow();
    }

    @Test
    void a_stored_token_is_found_by_its_hash_as_it_was_issued_whatever_its_origin() {
        AuthToken issued = aToken(alice, 1);

        AuthToken stored = tokens.insert(issued, BROWSER);
        AuthToken found = tokens.findByHash(issued.hash()).orElseThrow();

        assertThat(found.id()).isEqualTo(stored.id()).isPresent();
        assertThat(found.userId()).isEqualTo(alice);
        assertThat(found.issuedAt()).isEqualTo(T0);
        assertThat(found.expiresAt()).isEqualTo(T0.plus(TIMEOUTS.absolute()));
        assertThat(found.lastUsedAt()).isEqualTo(T0);
        assertThat(found.revokedAt()).isEmpty();
        assertThat(tokens.findByHash(aSecret(CredentialKind.LOGIN_TOKEN, 2).hash())).isEmpty();
    }

    @Test
    void a_local_origin_is_enough() {
        tokens.insert(aToken(alice, 1), RequestOrigin.LOCAL);

        assertThat(tokens.findByHash(aToken(alice, 1).hash())).isPresent();
    }

    @Test
    void a_revoked_token_keeps_the_moment_it_was_first_revoked() {
        long id = idOf(tokens.insert(aToken(alice, 1), BROWSER));

        tokens.revoke(id, LATER);
        tokens.revoke(id, LATER.plusSeconds(60));

        AuthToken found = tokens.findByHash(aToken(alice, 1).hash()).orElseThrow();
        assertThat(found.revokedAt()).contains(LATER);
        assertThat(found.isValidAt(LATER, TIMEOUTS.idle())).isFalse();
    }

    @Test
    void a_use_is_recorded_unless_a_later_one_is_recorded_already() {
        long id = idOf(tokens.insert(aToken(alice, 1), BROWSER));

        tokens.recordUse(id, LATER);
        tokens.recordUse(id, LATER.minusSeconds(30));

        assertThat(tokens.findByHash(aToken(alice, 1).hash()).orElseThrow().lastUsedAt()).isEqualTo(LATER);
    }

    @Test
    void revoking_all_of_a_user_spares_other_users_and_earlier_revocations() {
        long early = idOf(tokens.insert(aToken(alice, 1), BROWSER));
        tokens.insert(aToken(alice, 2), BROWSER);
        tokens.insert(aToken(bob, 3), BROWSER);
        tokens.revoke(early, T0.plusSeconds(1));

        tokens.revokeAllOf(alice, LATER);

        assertThat(revokedAt(1)).isEqualTo(T0.plusSeconds(1));
        assertThat(revokedAt(2)).isEqualTo(LATER);
        assertThat(revokedAt(3)).isNull();
    }

    @Test
    void revoking_the_others_of_a_user_keeps_the_named_token_and_other_users() {
        tokens.insert(aToken(alice, 1), BROWSER);
        long kept = idOf(tokens.insert(aToken(alice, 2), BROWSER));
        tokens.insert(aToken(bob, 3), BROWSER);

        tokens.revokeOthersOf(alice, kept, LATER);

        assertThat(revokedAt(1)).isEqualTo(LATER);
        assertThat(revokedAt(2)).isNull();
        assertThat(revokedAt(3)).isNull();
    }

    private Instant revokedAt(int seed) {
        return tokens.findByHash(aSecret(CredentialKind.LOGIN_TOKEN, seed).hash()).orElseThrow().revokedAt()
                .orElse(null);
    }

    private static long idOf(AuthToken token) {
        return token.id().orElseThrow();
    }

    @Test
    void tokens_revoked_or_expired_before_a_moment_are_forgotten() {
        AuthToken current = tokens.insert(aToken(alice, 1), BROWSER);
        AuthToken revoked = tokens.insert(aToken(alice, 2), BROWSER);
        AuthToken bobs = tokens.insert(aToken(bob, 3), BROWSER);
        tokens.revoke(idOf(revoked), T0.plus(Duration.ofMinutes(1)));

        assertThat(tokens.forgetEndedBefore(T0.plus(Duration.ofMinutes(2)))).isEqualTo(1);
        assertThat(tokens.findByHash(revoked.hash())).isEmpty();
        assertThat(tokens.findByHash(current.hash())).isPresent();

        assertThat(tokens.forgetEndedBefore(current.expiresAt().plusSeconds(1))).isEqualTo(2);
        assertThat(tokens.findByHash(current.hash())).isEmpty();
        assertThat(tokens.findByHash(bobs.hash())).isEmpty();
    }

    private static AuthToken aToken(UserId owner, int seed) {
        return AuthToken.issue(owner, aSecret(CredentialKind.LOGIN_TOKEN, seed).hash(), T0, TIMEOUTS);
    }
}
