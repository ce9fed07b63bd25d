package io.aegis.application.identity;

import static io.aegis.application.identity.IdentityMother.T0;
import static io.aegis.application.identity.IdentityMother.aBareUser;
import static io.aegis.application.identity.IdentityMother.aRole;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.identity.port.out.PermissionHolders;
import io.aegis.application.identity.port.out.PermissionHolders.Count;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PermissionHolders} must count, on the same data in every store. */
public abstract class PermissionHoldersContract {

    private PermissionHolders holders;
    private RoleRepository roles;
    private UserId alice;
    private UserId bob;
    private UserId carol;
    private RoleId admins;
    private RoleId owners;

    /** The counter and the repositories over one empty store (no seeded roles). */
    protected abstract Stores emptyStores();

    public record Stores(UserRepository users, RoleRepository roles, PermissionHolders holders) {
    }

    /**
     * Holders of user:admin: alice (Admins and Owners), bob (Admins). Not holders: carol (user:read only), dave
     * (inactive, Admins), erin (a retired role granting it), frank (no role).
     */
    @BeforeEach
    void load() {
        Stores stores = emptyStores();
        holders = stores.holders();
        UserRepository users = stores.users();
        roles = stores.roles();
        admins = roles.insert(aRole("Admins", Permission.USER_ADMIN, Permission.USER_READ)).id().orElseThrow();
        owners = roles.insert(aRole("Owners", Permission.USER_ADMIN)).id().orElseThrow();
        RoleId readers = roles.insert(aRole("Readers", Permission.USER_READ)).id().orElseThrow();
        Role retired = roles.insert(aRole("Retired", Permission.USER_ADMIN));
        roles.update(retired.deactivate(T0.plusSeconds(1)), retired.version());

        alice = insert(users, "alice");
        bob = insert(users, "bob");
        carol = insert(users, "carol");
        User dave = users.insert(aBareUser("dave", T0));
        users.update(dave.deactivate(T0.plusSeconds(1)), dave.version());
        UserId erin = insert(users, "erin");
        insert(users, "frank");

        roles.assignRoles(alice, Set.of(admins, owners));
        roles.assignRoles(bob, Set.of(admins));
        roles.assignRoles(carol, Set.of(readers));
        roles.assignRoles(dave.id().orElseThrow(), Set.of(admins));
        roles.assignRoles(erin, Set.of(retired.id().orElseThrow()));
    }

    @Test
    void counts_each_active_user_once_whatever_the_number_of_active_roles_granting_it() {
        assertThat(holders.countWithoutUser(Permission.USER_ADMIN, new UserId(987_654))).isEqualTo(new Count(2, 2));
        assertThat(holders.countWithoutUser(Permission.USER_READ, new UserId(987_654))).isEqualTo(new Count(3, 3));
        assertThat(holders.countWithoutUser(Permission.AUDIT_READ, alice)).isEqualTo(new Count(0, 0));
    }

    @Test
    void without_a_user_leaves_that_user_out_of_the_remaining_holders() {
        assertThat(holders.countWithoutUser(Permission.USER_ADMIN, alice)).isEqualTo(new Count(2, 1));
        assertThat(holders.countWithoutUser(Permission.USER_ADMIN, carol)).isEqualTo(new Count(2, 2));
    }

    @Test
    void without_a_role_keeps_only_the_users_another_role_still_grants_it_to() {
        assertThat(holders.countWithoutRole(Permission.USER_ADMIN, admins)).isEqualTo(new Count(2, 1));
        assertThat(holders.countWithoutRole(Permission.USER_ADMIN, owners)).isEqualTo(new Count(2, 2));
    }

    @Test
    void nobody_remains_when_the_one_role_granting_it_is_left_out() {
        roles.assignRoles(alice, Set.of(admins));

        assertThat(holders.countWithoutRole(Permission.USER_ADMIN, admins)).isEqualTo(new Count(2, 0));
        assertThat(holders.countWithoutUser(Permission.USER_ADMIN, bob)).isEqualTo(new Count(2, 1));
    }

    private static UserId insert(UserRepository users, String username) {
        return users.insert(aBareUser(username, T0)).id().orElseThrow();
    }
}
