package io.aegis.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.identity.port.in.ChangeOwnPasswordCommand;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.TooManyAttemptsException;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.FakePasswordHasher;
import io.aegis.application.testing.InMemoryAuthTokens;
import io.aegis.application.testing.InMemoryLoginFailures;
import io.aegis.application.testing.InMemoryRoles;
import io.aegis.application.testing.InMemoryUsers;
import io.aegis.application.testing.MovableClock;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.BearerSecret;
import io.aegis.domain.identity.CredentialKind;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.LoginThrottle;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.SessionTimeouts;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.UserProfile;
import io.aegis.domain.identity.Username;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /me}: what the acting user may do to themself, needing no permission but being a user. */
class CurrentUserServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.250Z");
    private static final PlainPassword CURRENT = new PlainPassword("correct horse battery");
    private static final PlainPassword NEXT = new PlainPassword("staple battery horse");
    private static final PlainPassword WRONG = new PlainPassword("not my password at all");
    private static final String ADDRESS = "198.51.100.7";
    private static final LoginThrottle THROTTLE = LoginThrottle.DEFAULT;

    private final InMemoryRoles roles = InMemoryRoles.withBuiltInRoles(NOW);
    private final InMemoryUsers users = new InMemoryUsers(roles);
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final CountingHasher counting = new CountingHasher(hasher);
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final MovableClock clock = new MovableClock(NOW);
    private final InMemoryLoginFailures failures = new InMemoryLoginFailures();
    private final DirectTransactions transactions = new DirectTransactions();

    private final GetCurrentUserService me = new GetCurrentUserService(users, roles);
    private final InMemoryAuthTokens tokens = new InMemoryAuthTokens();
    private final UseCaseRunner run = new UseCaseRunner(transactions, audit, clock);
    private final ChangeOwnPasswordService changePassword = new ChangeOwnPasswordService(run, users, tokens, roles,
            counting, new PasswordChecks(run, counting, failures, THROTTLE));

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
    void an_api_key_changes_the_password_only_when_it_may_manage_credentials() {
        Actor readerKey = new Actor(asAlice.userId(), asAlice.name(), Set.of(Permission.ASSET_READ),
                RequestOrigin.LOCAL.withSession(Sessions.ofApiKey(9)));
        Actor managerKey = new Actor(asAlice.userId(), asAlice.name(), Set.of(Permission.CREDENTIAL_MANAGE),
                RequestOrigin.LOCAL.withSession(Sessions.ofApiKey(10)));

        assertThatThrownBy(() -> changePassword.change(readerKey, new ChangeOwnPasswordCommand(CURRENT, NEXT)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(hasher.matches(CURRENT, users.findById(alice.id().orElseThrow()).orElseThrow().passwordHash()
                .orElseThrow())).isTrue();
        assertThat(audit.entries()).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.DENIED));

        changePassword.change(managerKey, new ChangeOwnPasswordCommand(CURRENT, NEXT));
        assertThat(hasher.matches(NEXT, users.findById(alice.id().orElseThrow()).orElseThrow().passwordHash()
                .orElseThrow())).isTrue();
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
    void a_wrong_current_password_is_refused_counted_against_the_user_and_audited_as_a_failure_on_its_own() {
        assertThatThrownBy(() -> changePassword.change(asAlice, new ChangeOwnPasswordCommand(WRONG, NEXT)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("wrong_password"));

        assertPasswordUnchanged();
        assertThat(failures.ofUsername("alice", THROTTLE.windowStart(NOW), 10)).containsExactly(NOW);
        assertThat(failures.fromAddress(ADDRESS, THROTTLE.windowStart(NOW), 10)).containsExactly(NOW);
        // one to count the attempt before the comparison, one to audit the refusal
        assertThat(transactions.started()).isEqualTo(2);
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("user.change_password");
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.FAILURE);
            assertThat(entry.resourceType()).isEqualTo("user");
            assertThat(entry.resourceId()).isEqualTo(alice.id().orElseThrow().value());
            assertThat(entry.actor()).isEqualTo(asAlice);
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).isNull();
            assertThat(entry.toString()).doesNotContain(WRONG.value(), NEXT.value(), CURRENT.value(), "fake$");
        });
    }

    @Test
    void after_the_users_limit_even_the_right_password_is_refused_with_the_wait_and_without_a_comparison() {
        for (int minute = 0; minute < THROTTLE.perUsername(); minute++) {
            clock.set(NOW.plus(Duration.ofMinutes(minute)));
            assertThatThrownBy(() -> changePassword.change(asAlice, new ChangeOwnPasswordCommand(WRONG, NEXT)))
                    .isInstanceOf(RuleViolationException.class);
        }
        int comparisons = counting.comparisons();
        clock.set(NOW.plus(Duration.ofMinutes(6)));

        assertThatThrownBy(() -> changePassword.change(asAlice, new ChangeOwnPasswordCommand(CURRENT, NEXT)))
                .isInstanceOfSatisfying(TooManyAttemptsException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15 - 6)));

        assertThat(counting.comparisons()).isEqualTo(comparisons);
        assertPasswordUnchanged();
        assertThat(failures.ofUsername("alice", THROTTLE.windowStart(clock.instant()), 10))
                .hasSize(THROTTLE.perUsername());
        assertThat(audit.entries()).extracting(AuditEntry::outcome).containsExactly(
                AuditEntry.Outcome.FAILURE, AuditEntry.Outcome.FAILURE, AuditEntry.Outcome.FAILURE,
                AuditEntry.Outcome.FAILURE, AuditEntry.Outcome.FAILURE, AuditEntry.Outcome.DENIED);
        assertThat(audit.entries().get(5).errorMessage()).isEqualTo("throttled");
    }

    @Test
    void failed_logins_of_the_username_and_from_the_address_count_too() {
        failedLogins("alice", "203.0.113.1", THROTTLE.perUsername());

        assertThatThrownBy(() -> changePassword.change(asAlice, new ChangeOwnPasswordCommand(CURRENT, NEXT)))
                .isInstanceOf(TooManyAttemptsException.class);

        failures.clear("alice");
        failedLogins("someone-else", ADDRESS, THROTTLE.perAddress());
        assertThatThrownBy(() -> changePassword.change(asAlice, new ChangeOwnPasswordCommand(CURRENT, NEXT)))
                .isInstanceOf(TooManyAttemptsException.class);
        assertPasswordUnchanged();
    }

    @Test
    void once_the_oldest_failure_leaves_the_window_the_right_password_changes_it_and_the_failures_are_forgotten() {
        for (int attempt = 0; attempt < THROTTLE.perUsername(); attempt++) {
            assertThatThrownBy(() -> changePassword.change(asAlice, new ChangeOwnPasswordCommand(WRONG, NEXT)))
                    .isInstanceOf(RuleViolationException.class);
        }
        clock.set(NOW.plus(THROTTLE.window()));

        changePassword.change(asAlice, new ChangeOwnPasswordCommand(CURRENT, NEXT));

        User changed = users.findById(alice.id().orElseThrow()).orElseThrow();
        assertThat(hasher.matches(NEXT, changed.passwordHash().orElseThrow())).isTrue();
        assertThat(failures.ofUsername("alice", NOW.minus(THROTTLE.window()), 10)).isEmpty();
        assertThat(audit.entries()).last().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.SUCCESS);
            assertThat(entry.action()).isEqualTo("user.change_password");
        });
    }

    @Test
    void the_new_password_follows_the_policy() {
        PlainPassword email = new PlainPassword("Alice@Example.org");

        assertThatThrownBy(() -> changePassword.change(asAlice, new ChangeOwnPasswordCommand(CURRENT, email)))
                .isInstanceOf(InvalidValueException.class);
        assertPasswordUnchanged();
        assertThat(audit.entries()).isEmpty();
        assertThat(failures.ofUsername("alice", THROTTLE.windowStart(NOW), 10)).isEmpty();
    }

    @Test
    void a_user_without_an_aegis_password_cannot_prove_one_and_the_refusal_costs_one_comparison_all_the_same() {
        User ssoOnly = users.insert(User.restore(new UserId(50), new Username("sso.user"),
                new EmailAddress("sso@example.org"), null, UserProfile.EMPTY, null, true, true, null, false, NOW, NOW));

        assertThatThrownBy(() -> changePassword.change(actingAs(ssoOnly.id().orElseThrow().value()),
                new ChangeOwnPasswordCommand(CURRENT, NEXT))).isInstanceOf(RuleViolationException.class);
        assertThat(counting.comparisons()).isEqualTo(1);
        assertThat(failures.ofUsername("sso.user", THROTTLE.windowStart(NOW), 10)).containsExactly(NOW);
    }

    private void assertPasswordUnchanged() {
        User stored = users.findById(alice.id().orElseThrow()).orElseThrow();
        assertThat(stored.version()).isEqualTo(alice.version());
        assertThat(hasher.matches(CURRENT, stored.passwordHash().orElseThrow())).isTrue();
    }

    private void failedLogins(String username, String address, int count) {
        for (int i = 0; i < count; i++) {
            failures.record(username, address, NOW.minusSeconds(60 - i));
        }
    }

    private long session(UserId user, int seed) {
        byte[] random = new byte[BearerSecret.RANDOM_BYTES];
        random[0] = (byte) seed;
        return tokens.insert(AuthToken.issue(user, BearerSecret.issue(CredentialKind.LOGIN_TOKEN, random).hash(), NOW,
                SessionTimeouts.DEFAULT), RequestOrigin.LOCAL).id().orElseThrow();
    }

    private static Actor actingAs(long userId) {
        return new Actor(Optional.of(userId), "user " + userId, Set.of(),
                new RequestOrigin("request-1", ADDRESS, "test", ""));
    }

    /** The fake hasher, counting comparisons: a throttled attempt must not reach one. */
    @Test
    void a_change_to_the_account_while_the_new_password_is_hashed_is_no_conflict() {
        counting.meanwhile = () -> {
            User stored = users.findById(alice.id().orElseThrow()).orElseThrow();
            users.update(stored.recordLogin(NOW.plusSeconds(1)), stored.version());
        };

        changePassword.change(asAlice, new ChangeOwnPasswordCommand(CURRENT, NEXT));

        User changed = users.findById(alice.id().orElseThrow()).orElseThrow();
        assertThat(hasher.matches(NEXT, changed.passwordHash().orElseThrow())).isTrue();
        assertThat(changed.lastLogin()).contains(NOW.plusSeconds(1));
    }

    @Test
    void a_password_changed_elsewhere_while_this_one_is_hashed_refuses_this_change() {
        counting.meanwhile = () -> {
            User stored = users.findById(alice.id().orElseThrow()).orElseThrow();
            users.update(stored.changePassword(hasher.hash(WRONG), NOW.plusSeconds(1)), stored.version());
        };

        assertThatThrownBy(() -> changePassword.change(asAlice, new ChangeOwnPasswordCommand(CURRENT, NEXT)))
                .isInstanceOf(StaleVersionException.class);

        User stored = users.findById(alice.id().orElseThrow()).orElseThrow();
        assertThat(hasher.matches(WRONG, stored.passwordHash().orElseThrow())).isTrue();
    }

    private static final class CountingHasher implements PasswordHasher {

        private final PasswordHasher hasher;
        private final AtomicInteger comparisons = new AtomicInteger();
        /** What happens elsewhere while a new password is being hashed, outside any transaction. */
        private Runnable meanwhile = () -> { };

        CountingHasher(PasswordHasher hasher) {
            this.hasher = hasher;
        }

        @Override
        public PasswordHash hash(PlainPassword password) {
            meanwhile.run();
            return hasher.hash(password);
        }

        @Override
        public boolean matches(PlainPassword password, PasswordHash hash) {
            comparisons.incrementAndGet();
            return hasher.matches(password, hash);
        }

        int comparisons() {
            return comparisons.get();
        }
    }
}
