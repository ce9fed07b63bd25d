package io.aegis.application.identity;

import io.aegis.application.testing.InMemoryAuthTokens;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.BearerSecret;
import io.aegis.domain.identity.CredentialKind;
import java.time.Duration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.identity.port.in.ChangeOwnPasswordCommand;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.FakePasswordHasher;
import io.aegis.application.testing.InMemoryRoles;
import io.aegis.application.testing.InMemoryUsers;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.UserProfile;
import io.aegis.domain.identity.Username;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /me}: what the acting user may do to themself, needing no permission but being a user. */
class CurrentUserServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.250Z");
    private static final PlainPassword CURRENT = new PlainPassword("correct horse battery");
    private static final PlainPassword NEXT = new PlainPassword("staple battery horse");

    private final InMemoryRoles roles = InMemoryRoles.withBuiltInRoles(NOW);
    private final InMemoryUsers users = new InMemoryUsers(roles);
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private final GetCurrentUserService me = new GetCurrentUserService(users, roles);
    private final InMemoryAuthTokens tokens = new InMemoryAuthTokens();
    private final ChangeOwnPasswordService changePassword =
            new ChangeOwnPasswordService(users, tokens, roles, hasher, new DirectTransactions(), audit, clock);

    private User alice;
    private Actor asAlice;

    @BeforeEach
    void aliceSignedIn() {
        alice = users.insert(User.define(new Username("alice"), new EmailAddress("alice@example.org"),
                hasher.hash(CURRENT), UserProfile.EMPTY, Optional.empty(), NOW.minusSeconds(60)));
        roles.assignRoles(alice.id().orElseThrow(), Set.of(new RoleId(3)));
        asAlice = actingAs(alice.id().orElseThrow().value());
    }

    @Test
    void the_current_user_sees_themself_with_roles_and_no_permission_is_needed() {
        UserView view = me.current(asAlice);

        assertThat(view.username()).isEqualTo("alice");
        assertThat(view.roles()).extracting(role -> role.name()).containsExactly("ReadOnly");
    }

    @Test
    void without_a_signed_in_user_both_answer_unauthenticated() {
        Actor anonymous = Actor.system("anonymous");

        assertThatThrownBy(() -> me.current(anonymous)).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> changePassword.change(anonymous, new ChangeOwnPasswordCommand(CURRENT, NEXT)))
                .isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> me.current(actingAs(999))).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void a_deactivated_user_is_no_longer_anyone() {
        users.update(alice.deactivate(NOW), alice.version());

        assertThatThrownBy(() -> me.current(asAlice)).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> changePassword.change(asAlice, new ChangeOwnPasswordCommand(CURRENT, NEXT)))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void the_password_changes_when_the_current_one_is_proven_and_the_change_is_audited() {
        changePassword.change(asAlice, new ChangeOwnPasswordCommand(CURRENT, NEXT));

        User changed = users.findById(alice.id().orElseThrow()).orElseThrow();
        assertThat(hasher.matches(NEXT, changed.passwordHash().orElseThrow())).isTrue();
        assertThat(hasher.matches(CURRENT, changed.passwordHash().orElseThrow())).isFalse();
        assertThat(changed.version()).isAfter(alice.version());
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("user.change_password");
            assertThat(entry.resourceId()).isEqualTo(alice.id().orElseThrow().value());
            assertThat(entry.actor()).isEqualTo(asAlice);
            assertThat(entry.after().toString()).doesNotContain(NEXT.value(), "fake$");
        });
    }

    @Test
    void changing_the_password_ends_every_other_session_of_the_user() {
        UserId id = alice.id().orElseThrow();
        long current = session(id, 1);
        long elsewhere = session(id, 2);
        Actor inCurrentSession = new Actor(asAlice.userId(), asAlice.name(), Set.of(),
                RequestOrigin.LOCAL.withSession(Sessions.ofToken(current)));

        changePassword.change(inCurrentSession, new ChangeOwnPasswordCommand(CURRENT, NEXT));

        assertThat(tokens.isValid(current, NOW.plusSeconds(1))).isTrue();
        assertThat(tokens.isValid(elsewhere, NOW.plusSeconds(1))).isFalse();
    }

    @Test
    void a_wrong_current_password_is_refused_and_changes_nothing() {
        PlainPassword wrong = new PlainPassword("not my password at all");

        assertThatThrownBy(() -> changePassword.change(asAlice, new ChangeOwnPasswordCommand(wrong, NEXT)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("wrong_password"));
        assertUnchanged();
    }

    @Test
    void the_new_password_follows_the_policy() {
        PlainPassword email = new PlainPassword("Alice@Example.org");

        assertThatThrownBy(() -> changePassword.change(asAlice, new ChangeOwnPasswordCommand(CURRENT, email)))
                .isInstanceOf(InvalidValueException.class);
        assertUnchanged();
    }

    @Test
    void a_user_without_an_aegis_password_cannot_prove_one() {
        User ssoOnly = users.insert(User.restore(new UserId(50), new Username("sso.user"),
                new EmailAddress("sso@example.org"), null, UserProfile.EMPTY, null, true, true, null, NOW, NOW));

        assertThatThrownBy(() -> changePassword.change(actingAs(ssoOnly.id().orElseThrow().value()),
                new ChangeOwnPasswordCommand(CURRENT, NEXT))).isInstanceOf(RuleViolationException.class);
    }

    private void assertUnchanged() {
        assertThat(users.findById(alice.id().orElseThrow()).orElseThrow().version()).isEqualTo(alice.version());
        assertThat(audit.entries()).isEmpty();
    }

    private long session(UserId user, int seed) {
        byte[] random = new byte[BearerSecret.RANDOM_BYTES];
        random[0] = (byte) seed;
        return tokens.insert(AuthToken.issue(user, BearerSecret.issue(CredentialKind.LOGIN_TOKEN, random).hash(), NOW,
                Duration.ofHours(1)), RequestOrigin.LOCAL).id().orElseThrow();
    }

    private static Actor actingAs(long userId) {
        return new Actor(Optional.of(userId), "user " + userId, Set.of(), RequestOrigin.LOCAL);
    }
}
