package io.aegis.application.identity;

import io.aegis.application.port.ExpectedVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.identity.port.in.CreateRoleCommand;
import io.aegis.application.identity.port.in.ListRolesQuery;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.in.UpdateRoleCommand;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.Patch;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryRoles;
import io.aegis.application.testing.InMemoryUsers;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.Username;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RoleServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.250Z");
    private static final RoleId ADMIN = new RoleId(1);

    private final InMemoryRoles roles = InMemoryRoles.withBuiltInRoles(NOW.minusSeconds(3600));
    private final InMemoryUsers users = new InMemoryUsers(roles);
    private final DirectTransactions transactions = new DirectTransactions();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private final UseCaseRunner run = new UseCaseRunner(transactions, audit, clock);

    private final CreateRoleService create = new CreateRoleService(run, roles);
    private final GetRoleService get = new GetRoleService(run, roles);
    private final ListRolesService list = new ListRolesService(run, roles);
    private final UpdateRoleService update = new UpdateRoleService(run, roles, users);
    private final DeactivateRoleService deactivate = new DeactivateRoleService(run, roles, users);

    private final Actor admin = Actors.withPermissions(Permission.USER_READ, Permission.USER_ADMIN);
    private final Actor reader = Actors.withPermissions(Permission.USER_READ);

    @Test
    void creating_stores_the_role_and_audits_it_once_in_one_transaction() {
        RoleView view = create.create(admin, auditor());

        assertThat(view.name()).isEqualTo("Auditor");
        assertThat(view.permissions()).containsExactly("asset:read", "audit:read");
        assertThat(view.builtIn()).isFalse();
        assertThat(get.get(reader, new RoleId(view.id()))).isEqualTo(view);
        assertThat(transactions.started()).isEqualTo(1);
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("role.create");
            assertThat(entry.resourceType()).isEqualTo("role");
            assertThat(entry.after()).isEqualTo(view);
        });
    }

    @Test
    void every_use_case_checks_its_permission_before_touching_anything() {
        RoleId id = new RoleId(create.create(admin, auditor()).id());

        assertThatThrownBy(() -> create.create(reader, auditor())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> update.update(reader, rename(id, "X"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> deactivate.deactivate(reader, id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> get.get(Actors.nobody(), id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> list.list(Actors.nobody(), ListRolesQuery.firstActive()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(get.get(reader, id).name()).isEqualTo("Auditor");
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("role.create", "role.create",
                "role.update", "role.deactivate", "role.read", "role.list");
        assertThat(audit.entries()).extracting(AuditEntry::outcome).containsOnlyOnce(AuditEntry.Outcome.SUCCESS);
    }

    @Test
    void a_name_taken_in_another_case_is_a_conflict_including_the_built_in_ones() {
        create.create(admin, auditor());

        assertThatThrownBy(() -> create.create(admin, new CreateRoleCommand(new RoleName("AUDITOR"), Optional.empty(),
                Set.of()))).isInstanceOf(ConflictException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> create.create(admin, new CreateRoleCommand(new RoleName("admin"), Optional.empty(),
                Set.of()))).isInstanceOf(ConflictException.class);
        assertThat(audit.entries()).hasSize(1);
    }

    @Test
    void update_changes_only_what_the_command_carries_and_a_case_change_is_no_conflict() {
        RoleView created = create.create(admin, auditor());
        RoleId id = new RoleId(created.id());

        RoleView updated = update.update(admin, new UpdateRoleCommand(id, ExpectedVersion.of(created.version()),
                Patch.set(new RoleName("AUDITOR")), Patch.keep(), Patch.set(Set.of(Permission.RISK_READ)),
                Patch.keep()));

        assertThat(updated.name()).isEqualTo("AUDITOR");
        assertThat(updated.description()).isEqualTo("reads the log");
        assertThat(updated.permissions()).containsExactly("risk:read");
        assertThat(updated.version()).isAfter(created.version());
        assertThat(audit.entries()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("role.update");
            assertThat(entry.before()).isEqualTo(created);
            assertThat(entry.after()).isEqualTo(updated);
        });
    }

    @Test
    void a_stale_version_or_a_rename_onto_another_role_changes_nothing() {
        RoleView created = create.create(admin, auditor());
        RoleId id = new RoleId(created.id());

        assertThatThrownBy(() -> update.update(admin, new UpdateRoleCommand(id,
                ExpectedVersion.of(created.version().minusMillis(1)), Patch.keep(), Patch.set(null), Patch.keep(),
                Patch.keep()))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> update.update(admin, rename(id, "analyst"))).isInstanceOf(ConflictException.class);
        assertThat(get.get(reader, id)).isEqualTo(created);
    }

    @Test
    void built_in_roles_cannot_be_renamed_regranted_or_deactivated_but_may_be_described() {
        RoleView before = get.get(reader, ADMIN);

        assertThatThrownBy(() -> update.update(admin, rename(ADMIN, "Administrators")))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> update.update(admin, new UpdateRoleCommand(ADMIN, ExpectedVersion.ANY, Patch.keep(),
                Patch.keep(), Patch.set(Set.of()), Patch.keep()))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> update.update(admin, new UpdateRoleCommand(ADMIN, ExpectedVersion.ANY, Patch.keep(),
                Patch.keep(), Patch.keep(), Patch.set(false)))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> deactivate.deactivate(admin, ADMIN)).isInstanceOf(RuleViolationException.class);
        assertThat(get.get(reader, ADMIN)).isEqualTo(before);
        assertThat(audit.entries()).isEmpty();

        RoleView described = update.update(admin, new UpdateRoleCommand(ADMIN, ExpectedVersion.ANY, Patch.keep(),
                Patch.set(new Description("the keys")), Patch.keep(), Patch.keep()));
        assertThat(described.description()).isEqualTo("the keys");
        assertThat(described.builtIn()).isTrue();
    }

    @Test
    void deactivating_a_custom_role_is_a_soft_delete_and_idempotent() {
        RoleId id = new RoleId(create.create(admin, auditor()).id());

        deactivate.deactivate(admin, id);
        deactivate.deactivate(admin, id);

        assertThat(get.get(reader, id).active()).isFalse();
        assertThat(list.list(reader, ListRolesQuery.firstActive()).items()).extracting(RoleView::name)
                .containsExactly("Admin", "Analyst", "ReadOnly");
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("role.create", "role.deactivate");
    }

    @Test
    void unknown_ids_are_not_found() {
        RoleId unknown = new RoleId(42);

        assertThatThrownBy(() -> get.get(reader, unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> update.update(admin, rename(unknown, "X"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deactivate.deactivate(admin, unknown)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_role_may_not_stop_granting_user_admin_to_the_last_administrators_and_nothing_changes() {
        RoleId keyholders = keyholdersHeldBy("alice");
        RoleView before = get.get(reader, keyholders);

        assertLastAdministrator(() -> update.update(admin, new UpdateRoleCommand(keyholders, ExpectedVersion.ANY,
                Patch.keep(), Patch.keep(), Patch.set(Set.of(Permission.USER_READ)), Patch.keep())));
        assertLastAdministrator(() -> update.update(admin, new UpdateRoleCommand(keyholders, ExpectedVersion.ANY,
                Patch.keep(), Patch.keep(), Patch.keep(), Patch.set(false))));
        assertLastAdministrator(() -> deactivate.deactivate(admin, keyholders));

        assertThat(get.get(reader, keyholders)).isEqualTo(before);
        assertThat(audit.entries()).extracting(AuditEntry::action).doesNotContain("role.update", "role.deactivate");
        // what leaves user:admin in place is no concern of the rule
        assertThat(update.update(admin, rename(keyholders, "Key holders")).name()).isEqualTo("Key holders");
    }

    @Test
    void a_role_may_stop_granting_user_admin_while_another_role_grants_it_to_an_active_user() {
        RoleId keyholders = keyholdersHeldBy("alice");
        UserId bob = users.insert(IdentityMother.aBareUser("bob", NOW)).id().orElseThrow();
        roles.assignRoles(bob, Set.of(ADMIN));

        RoleView regranted = update.update(admin, new UpdateRoleCommand(keyholders, ExpectedVersion.ANY, Patch.keep(),
                Patch.keep(), Patch.set(Set.of(Permission.USER_READ)), Patch.keep()));
        deactivate.deactivate(admin, keyholders);

        assertThat(regranted.permissions()).containsExactly("user:read");
        assertThat(get.get(reader, keyholders).active()).isFalse();
    }

    @Test
    void a_role_nobody_active_holds_may_stop_granting_user_admin() {
        RoleId keyholders = keyholdersHeldBy("alice");
        User alice = users.findByUsername(new Username("alice")).orElseThrow();
        users.update(alice.deactivate(NOW), alice.version());

        deactivate.deactivate(admin, keyholders);

        assertThat(get.get(reader, keyholders).active()).isFalse();
    }

    /** A custom role granting user:admin, held by one new active user: the only administrator. */
    private RoleId keyholdersHeldBy(String username) {
        RoleId keyholders = new RoleId(create.create(admin, new CreateRoleCommand(new RoleName("Keyholders"),
                Optional.empty(), Set.of(Permission.USER_ADMIN, Permission.USER_READ))).id());
        UserId holder = users.insert(IdentityMother.aBareUser(username, NOW)).id().orElseThrow();
        roles.assignRoles(holder, Set.of(keyholders));
        return keyholders;
    }

    private static void assertLastAdministrator(ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolationException.class,
                refused -> assertThat(refused.code()).isEqualTo("last_administrator"));
    }

    private static CreateRoleCommand auditor() {
        return new CreateRoleCommand(new RoleName("Auditor"), Optional.of(new Description("reads the log")),
                Set.of(Permission.AUDIT_READ, Permission.ASSET_READ));
    }

    private static UpdateRoleCommand rename(RoleId id, String name) {
        return new UpdateRoleCommand(id, ExpectedVersion.ANY, Patch.set(new RoleName(name)), Patch.keep(), Patch.keep(),
                Patch.keep());
    }
}
