package io.aegis.application.identity;

import static io.aegis.application.identity.IdentityMother.T0;
import static io.aegis.application.identity.IdentityMother.aBareRole;
import static io.aegis.application.identity.IdentityMother.aBareUser;
import static io.aegis.application.identity.IdentityMother.aRole;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.identity.port.out.RoleGrant;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.Description;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RoleRepository} must do, assignments included. Adapters extend this class and hand over
 * repositories on one empty store (no seeded roles); the same tests then run against memory, SQLite and MariaDB.
 */
public abstract class RoleRepositoryContract {

    private UserRepository users;
    private RoleRepository roles;

    /** Adapters on one empty store: assignments need users to point at. */
    protected abstract Stores emptyStores();

    public record Stores(UserRepository users, RoleRepository roles) {
    }

    @BeforeEach
    void startEmpty() {
        Stores stores = emptyStores();
        users = stores.users();
        roles = stores.roles();
    }

    @Test
    void insert_assigns_an_id_and_find_returns_every_property_unchanged() {
        Role stored = roles.insert(aRole("Auditor", Permission.AUDIT_READ, Permission.ASSET_READ));

        Role found = roles.findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(found.id()).isEqualTo(stored.id());
        assertThat(found.name()).isEqualTo(new RoleName("Auditor"));
        assertThat(found.description()).contains(new Description("about Auditor"));
        assertThat(found.permissions()).containsExactly(Permission.ASSET_READ, Permission.AUDIT_READ);
        assertThat(found.active()).isTrue();
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(T0);
    }

    @Test
    void a_role_without_description_or_permissions_keeps_them_empty() {
        Role stored = roles.insert(aBareRole("Nothing", T0));

        Role found = roles.findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(found.description()).isEmpty();
        assertThat(found.permissions()).isEmpty();
    }

    @Test
    void find_by_name_ignores_case_and_finds_inactive_roles() {
        Role stored = roles.insert(aRole("Reviewer"));
        roles.update(stored.deactivate(T0.plusSeconds(1)), stored.version());

        assertThat(roles.findByName(new RoleName("REVIEWER")).orElseThrow().id()).isEqualTo(stored.id());
        assertThat(roles.findByName(new RoleName("Review"))).isEmpty();
        assertThat(roles.findById(new RoleId(987_654))).isEmpty();
    }

    @Test
    void update_with_the_current_version_stores_the_change_and_a_stale_one_writes_nothing() {
        Role stored = roles.insert(aRole("Ops", Permission.TASK_READ));
        Role changed = stored.revise(new RoleName("Operations"), Optional.empty(),
                Set.of(Permission.TASK_WRITE, Permission.TASK_READ), false, T0.plusSeconds(60));
        Role stale = stored.revise(new RoleName("Stale"), Optional.empty(), Set.of(), true, T0.plusSeconds(61));

        assertThat(roles.update(changed, stored.version())).isTrue();
        assertThat(roles.update(stale, stored.version())).isFalse();

        Role found = roles.findById(stored.id().orElseThrow()).orElseThrow();
        assertThat(found.name().value()).isEqualTo("Operations");
        assertThat(found.description()).isEmpty();
        assertThat(found.permissions()).containsExactly(Permission.TASK_READ, Permission.TASK_WRITE);
        assertThat(found.active()).isFalse();
        assertThat(found.version()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void assigning_replaces_the_set_and_roles_of_lists_the_active_ones_by_name() {
        UserId alice = users.insert(aBareUser("alice", T0)).id().orElseThrow();
        RoleId zeta = roles.insert(aRole("zeta")).id().orElseThrow();
        RoleId alpha = roles.insert(aRole("Alpha")).id().orElseThrow();
        Role retired = roles.insert(aRole("Retired"));
        roles.update(retired.deactivate(T0.plusSeconds(1)), retired.version());
        RoleId beta = roles.insert(aRole("beta")).id().orElseThrow();

        roles.assignRoles(alice, Set.of(zeta, alpha, retired.id().orElseThrow()));
        assertThat(names(alice)).containsExactly("Alpha", "zeta");

        roles.assignRoles(alice, Set.of(beta, zeta));
        assertThat(names(alice)).containsExactly("beta", "zeta");
    }

    @Test
    void assignments_belong_to_one_user_and_an_empty_set_removes_them_all() {
        UserId alice = users.insert(aBareUser("alice", T0)).id().orElseThrow();
        UserId bob = users.insert(aBareUser("bob", T0)).id().orElseThrow();
        RoleId ops = roles.insert(aRole("Ops")).id().orElseThrow();
        roles.assignRoles(alice, Set.of(ops));
        roles.assignRoles(bob, Set.of(ops));

        roles.assignRoles(alice, Set.of());

        assertThat(roles.rolesOf(alice)).isEmpty();
        assertThat(names(bob)).containsExactly("Ops");
        assertThat(roles.rolesOf(new UserId(987_654))).isEmpty();
    }

    @Test
    void a_reactivated_role_is_held_again_by_those_assigned_to_it() {
        UserId alice = users.insert(aBareUser("alice", T0)).id().orElseThrow();
        Role ops = roles.insert(aRole("Ops"));
        roles.assignRoles(alice, Set.of(ops.id().orElseThrow()));
        Role inactive = ops.deactivate(T0.plusSeconds(1));
        roles.update(inactive, ops.version());
        assertThat(roles.rolesOf(alice)).isEmpty();

        roles.update(inactive.revise(inactive.name(), Optional.empty(), Set.of(), true, T0.plusSeconds(2)),
                inactive.version());

        assertThat(names(alice)).containsExactly("Ops");
    }

    @Test
    void grants_pair_each_assignment_of_an_active_role_with_its_permissions() {
        UserId alice = users.insert(aBareUser("alice", T0)).id().orElseThrow();
        RoleId readers = roles.insert(aRole("Readers", Permission.RISK_READ, Permission.ASSET_READ)).id().orElseThrow();
        Role retired = roles.insert(aRole("Retired", Permission.USER_ADMIN));
        roles.update(retired.deactivate(T0.plusSeconds(1)), retired.version());
        RoleAssignment everywhere = new RoleAssignment(readers, OrgUnitId.ROOT, true);
        RoleAssignment retiredOne = new RoleAssignment(retired.id().orElseThrow(), OrgUnitId.ROOT, true);
        roles.assign(alice, Set.of(everywhere, retiredOne));

        assertThat(roles.grantsOf(alice)).containsExactly(
                new RoleGrant(everywhere, Set.of(Permission.RISK_READ, Permission.ASSET_READ)));
        assertThat(roles.grantsOf(new UserId(987_654))).isEmpty();
    }

    private List<String> names(UserId user) {
        return roles.rolesOf(user).stream().map(role -> role.name().value()).toList();
    }
}
