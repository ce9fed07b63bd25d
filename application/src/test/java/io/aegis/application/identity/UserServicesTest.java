package io.aegis.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.identity.port.in.CreateUserCommand;
import io.aegis.application.identity.port.in.ListUsersQuery;
import io.aegis.application.identity.port.in.SetUserRolesCommand;
import io.aegis.application.identity.port.in.UpdateUserCommand;
import io.aegis.application.identity.port.in.UserProfileChanges;
import io.aegis.application.identity.port.in.UserRoleView;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.Patch;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.FakePasswordHasher;
import io.aegis.application.testing.InMemoryApiKeys;
import io.aegis.application.testing.InMemoryAuthTokens;
import io.aegis.application.testing.InMemoryRoles;
import io.aegis.application.testing.InMemoryUsers;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.BearerSecret;
import io.aegis.domain.identity.CredentialKind;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.Preferences;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.identity.SessionTimeouts;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.UserProfile;
import io.aegis.domain.identity.Username;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class UserServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.250Z");
    private static final RoleId ADMIN = new RoleId(1);
    private static final RoleId ANALYST = new RoleId(2);
    private static final String PASSWORD = "correct horse battery";

    private final InMemoryRoles roles = InMemoryRoles.withBuiltInRoles(NOW);
    private final InMemoryUsers users = new InMemoryUsers(roles);
    private final InMemoryAuthTokens tokens = new InMemoryAuthTokens();
    private final InMemoryApiKeys apiKeys = new InMemoryApiKeys();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final DirectTransactions transactions = new DirectTransactions();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private final UseCaseRunner run = new UseCaseRunner(transactions, audit, clock);

    private final CreateUserService create = new CreateUserService(run, users, roles, hasher);
    private final GetUserService get = new GetUserService(run, users, roles);
    private final ListUsersService list = new ListUsersService(run, users);
    private final UpdateUserService update = new UpdateUserService(run, users, tokens, apiKeys, roles, users);
    private final DeactivateUserService deactivate =
            new DeactivateUserService(run, users, tokens, apiKeys, roles, users);
    private final SetUserRolesService setRoles = new SetUserRolesService(run, users, roles, users);

    private final Actor admin = Actors.withPermissions(Permission.USER_READ, Permission.USER_ADMIN);
    private final Actor reader = Actors.withPermissions(Permission.USER_READ);

    @Test
    void creating_stores_the_user_with_a_hashed_password_and_roles_and_audits_it_once_in_one_transaction() {
        UserView view = create.create(admin, command("alice", "alice@example.org", Set.of(ANALYST)));

        User stored = users.findById(new UserId(view.id())).orElseThrow();
        assertThat(stored.passwordHash().orElseThrow().value()).isNotEqualTo(PASSWORD);
        assertThat(hasher.matches(new PlainPassword(PASSWORD), stored.passwordHash().orElseThrow())).isTrue();
        assertThat(view.username()).isEqualTo("alice");
        assertThat(view.fullName()).isEqualTo("Alice Wonder");
        assertThat(view.preferences()).isEqualTo("{\"theme\":\"dark\"}");
        assertThat(view.roles()).containsExactly(new UserRoleView(2, "Analyst"));
        assertThat(view.active()).isTrue();
        assertThat(view.createdAt()).isEqualTo(NOW);
        assertThat(transactions.started()).isEqualTo(1);
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("user.create");
            assertThat(entry.resourceType()).isEqualTo("user");
            assertThat(entry.resourceId()).isEqualTo(view.id());
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).isEqualTo(view);
            assertThat(entry.actor()).isEqualTo(admin);
        });
    }

    @Test
    void views_and_therefore_audit_entries_never_carry_a_password_or_its_hash() {
        // a flag (must_change_password) names a password but holds none
        assertThat(Arrays.stream(UserView.class.getRecordComponents()).filter(c -> c.getType() != boolean.class)
                .map(RecordComponent::getName))
                .noneMatch(name -> name.toLowerCase().contains("password") || name.toLowerCase().contains("hash"));
        UserView view = create.create(admin, command("alice", "alice@example.org", Set.of()));
        assertThat(view.toString()).doesNotContain(PASSWORD, "fake$");
    }

    @Test
    void every_use_case_checks_its_permission_before_touching_anything() {
        UserView alice = create.create(admin, command("alice", "alice@example.org", Set.of()));
        UserId id = new UserId(alice.id());

        assertThatThrownBy(() -> create.create(reader, command("bob", "bob@example.org", Set.of())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> update.update(reader, rename(id, "x-alice"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> deactivate.deactivate(reader, id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> setRoles.setRoles(reader, new SetUserRolesCommand(id, ExpectedVersion.ANY,
                Set.of(ADMIN)))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> get.get(Actors.nobody(), id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> list.list(Actors.nobody(), ListUsersQuery.firstActive()))
                .isInstanceOf(ForbiddenException.class);

        assertThat(users.count()).isEqualTo(1);
        assertThat(get.get(reader, id)).isEqualTo(alice);
        assertThat(audit.entries()).extracting(AuditEntry::outcome).containsExactly(AuditEntry.Outcome.SUCCESS,
                AuditEntry.Outcome.DENIED, AuditEntry.Outcome.DENIED, AuditEntry.Outcome.DENIED,
                AuditEntry.Outcome.DENIED, AuditEntry.Outcome.DENIED, AuditEntry.Outcome.DENIED);
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("user.create", "user.create",
                "user.update", "user.deactivate", "user.set_roles", "user.read", "user.list");
    }

    @Test
    void a_password_equal_to_the_username_or_the_email_is_refused_before_anything_is_stored() {
        CreateUserCommand sameAsName = new CreateUserCommand(new Username("alice.wonderland"),
                new EmailAddress("alice@example.org"), new PlainPassword("Alice.Wonderland"), UserProfile.EMPTY,
                Optional.empty(), Set.of(), true);
        CreateUserCommand sameAsEmail = new CreateUserCommand(new Username("alice"),
                new EmailAddress("alice@example.org"), new PlainPassword("ALICE@EXAMPLE.ORG"), UserProfile.EMPTY,
                Optional.empty(), Set.of(), true);

        assertThatThrownBy(() -> create.create(admin, sameAsName)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> create.create(admin, sameAsEmail)).isInstanceOf(InvalidValueException.class);
        assertThat(users.count()).isZero();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void a_username_or_email_taken_in_another_case_is_a_conflict_and_changes_nothing() {
        create.create(admin, command("alice", "alice@example.org", Set.of()));

        assertThatThrownBy(() -> create.create(admin, command("ALICE", "other@example.org", Set.of())))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("duplicate_username"));
        assertThatThrownBy(() -> create.create(admin, command("other", "Alice@Example.ORG", Set.of())))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("duplicate_email"));
        assertThat(users.count()).isEqualTo(1);
        assertThat(audit.entries()).hasSize(1);
    }

    @Test
    void an_unknown_or_inactive_role_is_refused_naming_it_and_nothing_is_stored() {
        Role retired = roles.insert(IdentityMother.aRole("Retired"));
        roles.update(retired.deactivate(NOW), retired.version());

        assertThatThrownBy(() -> create.create(admin, command("alice", "alice@example.org", Set.of(ADMIN,
                new RoleId(99))))).isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown_role");
                    assertThat(e.getMessage()).contains("99");
                });
        assertThatThrownBy(() -> create.create(admin, command("alice", "alice@example.org",
                Set.of(retired.id().orElseThrow())))).isInstanceOf(RuleViolationException.class);
        assertThat(users.count()).isZero();
    }

    @Test
    void update_changes_only_what_the_command_carries() {
        UserView created = create.create(admin, command("alice", "alice@example.org", Set.of(ANALYST)));
        User before = users.findById(new UserId(created.id())).orElseThrow();
        UpdateUserCommand changes = new UpdateUserCommand(new UserId(created.id()), ExpectedVersion.of(created.version()),
                Patch.keep(), Patch.set(new EmailAddress("a.w@example.org")),
                new UserProfileChanges(Patch.keep(), Patch.set(null), Patch.set("CISO"), Patch.keep(), Patch.keep(),
                        Patch.keep()),
                Patch.set(null), Patch.keep(), Patch.set(true));

        UserView updated = update.update(admin, changes);

        assertThat(updated.username()).isEqualTo("alice");
        assertThat(updated.email()).isEqualTo("a.w@example.org");
        assertThat(updated.fullName()).isEqualTo("Alice Wonder");
        assertThat(updated.department()).isNull();
        assertThat(updated.jobTitle()).isEqualTo("CISO");
        assertThat(updated.preferences()).isNull();
        assertThat(updated.verified()).isTrue();
        assertThat(updated.roles()).isEqualTo(created.roles());
        assertThat(updated.version()).isAfter(created.version());
        assertThat(users.findById(new UserId(created.id())).orElseThrow().passwordHash())
                .isEqualTo(before.passwordHash());
        assertThat(audit.entries()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("user.update");
            assertThat(entry.before()).isEqualTo(created);
            assertThat(entry.after()).isEqualTo(updated);
        });
    }

    @Test
    void a_stale_expected_version_is_refused_and_changes_nothing() {
        UserView created = create.create(admin, command("alice", "alice@example.org", Set.of()));
        UserId id = new UserId(created.id());
        UpdateUserCommand stale = new UpdateUserCommand(id, ExpectedVersion.of(created.version().minusSeconds(1)),
                Patch.set(new Username("alice2")), Patch.keep(), UserProfileChanges.NONE, Patch.keep(), Patch.keep(),
                Patch.keep());

        assertThatThrownBy(() -> update.update(admin, stale)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> setRoles.setRoles(admin, new SetUserRolesCommand(id,
                ExpectedVersion.of(created.version().minusSeconds(1)), Set.of(ADMIN))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(get.get(reader, id)).isEqualTo(created);
    }

    @Test
    void renaming_onto_another_users_name_or_email_is_a_conflict() {
        create.create(admin, command("alice", "alice@example.org", Set.of()));
        UserView bob = create.create(admin, command("bob", "bob@example.org", Set.of()));
        UserId id = new UserId(bob.id());

        assertThatThrownBy(() -> update.update(admin, rename(id, "Alice"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> update.update(admin, new UpdateUserCommand(id, ExpectedVersion.ANY, Patch.keep(),
                Patch.set(new EmailAddress("ALICE@example.org")), UserProfileChanges.NONE, Patch.keep(), Patch.keep(),
                Patch.keep()))).isInstanceOf(ConflictException.class);
        assertThat(get.get(reader, id)).isEqualTo(bob);
    }

    @Test
    void deactivating_is_a_soft_delete_and_idempotent() {
        UserView created = create.create(admin, command("alice", "alice@example.org", Set.of(ANALYST)));
        UserId id = new UserId(created.id());

        deactivate.deactivate(admin, id);
        deactivate.deactivate(admin, id);

        assertThat(get.get(reader, id).active()).isFalse();
        assertThat(get.get(reader, id).roles()).containsExactly(new UserRoleView(2, "Analyst"));
        assertThat(list.list(reader, ListUsersQuery.firstActive()).items()).isEmpty();
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("user.create", "user.deactivate");
    }

    @Test
    void disabling_a_user_either_way_revokes_their_tokens_and_api_keys() {
        UserId alice = new UserId(create.create(admin, command("alice", "alice@example.org", Set.of(ANALYST))).id());
        UserId bob = new UserId(create.create(admin, command("bob", "bob@example.org", Set.of(ANALYST))).id());
        Instant later = clock.instant().plusSeconds(1);
        for (UserId user : List.of(alice, bob)) {
            tokens.insert(AuthToken.issue(user, BearerSecret.issue(CredentialKind.LOGIN_TOKEN,
                    new byte[BearerSecret.RANDOM_BYTES]).hash(), clock.instant(), SessionTimeouts.DEFAULT),
                    RequestOrigin.LOCAL);
            apiKeys.insert(ApiKey.create(user, "ci", BearerSecret.issue(CredentialKind.API_KEY,
                    new byte[BearerSecret.RANDOM_BYTES]), Optional.empty(), Set.of(), Optional.empty(),
                    clock.instant()));
        }

        deactivate.deactivate(admin, alice);
        update.update(admin, new UpdateUserCommand(bob, ExpectedVersion.ANY, Patch.keep(), Patch.keep(),
                UserProfileChanges.NONE, Patch.keep(), Patch.set(false), Patch.keep()));

        assertThat(tokens.anyValid(alice, later)).isFalse();
        assertThat(tokens.anyValid(bob, later)).isFalse();
        assertThat(apiKeys.anyValid(alice, later)).isFalse();
        assertThat(apiKeys.anyValid(bob, later)).isFalse();
    }

    @Test
    void setting_roles_replaces_them_moves_the_version_and_audits_before_and_after() {
        anotherAdministrator();
        UserView created = create.create(admin, command("alice", "alice@example.org", Set.of(ANALYST)));
        UserId id = new UserId(created.id());

        UserView after = setRoles.setRoles(admin, new SetUserRolesCommand(id, ExpectedVersion.of(created.version()),
                Set.of(ADMIN, new RoleId(3))));

        assertThat(after.roles()).extracting(UserRoleView::name).containsExactly("Admin", "ReadOnly");
        assertThat(after.version()).isAfter(created.version());
        assertThat(get.get(reader, id)).isEqualTo(after);
        assertThat(audit.entries()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("user.set_roles");
            assertThat(entry.before()).isEqualTo(created);
            assertThat(entry.after()).isEqualTo(after);
        });
        assertThat(setRoles.setRoles(admin, new SetUserRolesCommand(id, ExpectedVersion.ANY, Set.of())).roles()).isEmpty();
    }

    @Test
    void setting_an_unknown_role_is_refused_and_changes_nothing() {
        UserView created = create.create(admin, command("alice", "alice@example.org", Set.of(ANALYST)));

        assertThatThrownBy(() -> setRoles.setRoles(admin, new SetUserRolesCommand(new UserId(created.id()),
                ExpectedVersion.ANY, Set.of(ADMIN, new RoleId(42))))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("role 42");
        assertThat(get.get(reader, new UserId(created.id()))).isEqualTo(created);
        assertThat(audit.entries()).hasSize(1);
    }

    @Test
    void unknown_ids_are_not_found() {
        UserId unknown = new UserId(42);

        assertThatThrownBy(() -> get.get(reader, unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> update.update(admin, rename(unknown, "x-y"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deactivate.deactivate(admin, unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> setRoles.setRoles(admin, new SetUserRolesCommand(unknown, ExpectedVersion.ANY,
                Set.of()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_role_renamed_later_shows_under_its_new_name() {
        UserView created = create.create(admin, command("alice", "alice@example.org", Set.of()));
        Role ops = roles.insert(IdentityMother.aRole("Ops"));
        setRoles.setRoles(admin, new SetUserRolesCommand(new UserId(created.id()), ExpectedVersion.ANY,
                Set.of(ops.id().orElseThrow())));
        roles.update(ops.revise(new RoleName("Operations"), Optional.empty(), Set.of(), true, NOW), ops.version());

        assertThat(get.get(reader, new UserId(created.id())).roles()).extracting(UserRoleView::name)
                .containsExactly("Operations");
    }

    @Test
    void deactivating_the_last_administrator_either_way_is_refused_and_changes_nothing() {
        UserView alice = create.create(admin, command("alice", "alice@example.org", Set.of(ADMIN, ANALYST)));
        UserId id = new UserId(alice.id());
        tokens.insert(AuthToken.issue(id, BearerSecret.issue(CredentialKind.LOGIN_TOKEN,
                new byte[BearerSecret.RANDOM_BYTES]).hash(), NOW, SessionTimeouts.DEFAULT), RequestOrigin.LOCAL);

        assertLastAdministrator(() -> deactivate.deactivate(admin, id));
        assertLastAdministrator(() -> update.update(admin, new UpdateUserCommand(id, ExpectedVersion.ANY, Patch.keep(),
                Patch.keep(), UserProfileChanges.NONE, Patch.keep(), Patch.set(false), Patch.keep())));

        assertThat(get.get(reader, id)).isEqualTo(alice);
        assertThat(tokens.anyValid(id, NOW.plusSeconds(1))).isTrue();
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("user.create");
    }

    @Test
    void taking_away_the_last_administrators_last_role_granting_it_is_refused_and_changes_nothing() {
        UserView alice = create.create(admin, command("alice", "alice@example.org", Set.of(ADMIN)));
        UserId id = new UserId(alice.id());
        Role keyholders = roles.insert(IdentityMother.aRole("Keyholders", Permission.USER_ADMIN));

        assertLastAdministrator(() -> setRoles.setRoles(admin, new SetUserRolesCommand(id, ExpectedVersion.ANY,
                Set.of(ANALYST))));
        assertLastAdministrator(() -> setRoles.setRoles(admin, new SetUserRolesCommand(id, ExpectedVersion.ANY,
                Set.of())));
        assertThat(get.get(reader, id)).isEqualTo(alice);
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("user.create");

        // another role granting it keeps her an administrator
        UserView moved = setRoles.setRoles(admin, new SetUserRolesCommand(id, ExpectedVersion.ANY,
                Set.of(keyholders.id().orElseThrow())));
        assertThat(moved.roles()).extracting(UserRoleView::name).containsExactly("Keyholders");
    }

    @Test
    void an_administrator_may_go_while_another_active_one_stays() {
        UserId alice = new UserId(create.create(admin, command("alice", "alice@example.org", Set.of(ADMIN))).id());
        UserId bob = new UserId(create.create(admin, command("bob", "bob@example.org", Set.of(ADMIN))).id());
        UserId carol = new UserId(create.create(admin, command("carol", "carol@example.org", Set.of(ADMIN))).id());

        setRoles.setRoles(admin, new SetUserRolesCommand(alice, ExpectedVersion.ANY, Set.of(ANALYST)));
        deactivate.deactivate(admin, bob);

        assertThat(get.get(reader, alice).roles()).extracting(UserRoleView::name).containsExactly("Analyst");
        assertThat(get.get(reader, bob).active()).isFalse();
        // an inactive administrator does not count: carol is the last one now
        assertLastAdministrator(() -> deactivate.deactivate(admin, carol));
        // who is no administrator may still go
        deactivate.deactivate(admin, alice);
        assertThat(get.get(reader, alice).active()).isFalse();
    }

    private void anotherAdministrator() {
        create.create(admin, command("root", "root@example.org", Set.of(ADMIN)));
    }

    private static void assertLastAdministrator(ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolationException.class,
                refused -> assertThat(refused.code()).isEqualTo("last_administrator"));
    }

    private static CreateUserCommand command(String username, String email, Set<RoleId> roleIds) {
        return new CreateUserCommand(new Username(username), new EmailAddress(email), new PlainPassword(PASSWORD),
                new UserProfile("Alice Wonder", "Security", null, null, null, null),
                Optional.of(new Preferences("{\"theme\":\"dark\"}")), roleIds, true);
    }

    private static UpdateUserCommand rename(UserId id, String username) {
        return new UpdateUserCommand(id, ExpectedVersion.ANY, Patch.set(new Username(username)), Patch.keep(),
                UserProfileChanges.NONE, Patch.keep(), Patch.keep(), Patch.keep());
    }
}
