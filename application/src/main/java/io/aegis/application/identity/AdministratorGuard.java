package io.aegis.application.identity;

import io.aegis.application.identity.port.out.PermissionHolders;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.RuleViolationException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule that keeps Aegis administrable through its API: no change may take {@code user:admin} everywhere (a role
 * granting it held at the root for the whole tree) away from the last active users holding it (deactivating them, replacing their roles, changing or deactivating the role that
 * grants it). The offline {@code admin create-user} and {@code admin reset-password} commands stay the way back
 * in when every administrator is gone anyway.
 *
 * <p>A service counts first, as the first statement of its transaction, and judges its change afterwards: the
 * count's locking read makes concurrent administrator changes take turns, and the service then loads the rows it
 * judges after the previous change committed.
 */
final class AdministratorGuard {

    private static final Permission ADMINISTRATION = Permission.USER_ADMIN;

    private AdministratorGuard() {
    }

    /** The administrators of the whole organisation there are with and besides {@code user}. */
    static Administrators besides(PermissionHolders holders, UserId user) {
        return new Administrators(holders.countWithoutUser(ADMINISTRATION, user));
    }

    /** The administrators there are with and without the grant of {@code role}. */
    static Administrators withoutGrantOf(PermissionHolders holders, RoleId role) {
        return new Administrators(holders.countWithoutRole(ADMINISTRATION, role));
    }

    /**
     * The active roles the user holds at the root for its whole subtree: only a role held there makes an
     * administrator of the whole organisation, and only such administrators are counted.
     */
    static List<Role> heldEverywhere(RoleRepository roles, UserId user) {
        Set<RoleId> everywhere = roles.assignmentsOf(user).stream().filter(RoleAssignment::reachesEverywhere)
                .map(RoleAssignment::role).collect(Collectors.toSet());
        return roles.rolesOf(user).stream().filter(role -> everywhere.contains(role.id().orElseThrow())).toList();
    }

    /** @param roles the roles the user holds everywhere ({@link #heldEverywhere}) */
    static boolean administers(User user, Collection<Role> roles) {
        return user.active() && roles.stream().anyMatch(AdministratorGuard::grantsAdministration);
    }

    static boolean grantsAdministration(Role role) {
        return role.active() && role.permissions().contains(ADMINISTRATION);
    }

    record Administrators(PermissionHolders.Count count) {

        /**
         * @param before whether the user (or role) administers, or grants administration, before the change
         * @param after  whether it still does after the change
         * @throws RuleViolationException {@code last_administrator} when the change takes administration away
         *                                from the last users holding it
         */
        void allow(boolean before, boolean after) {
            if (before && !after && count.all() > 0 && count.remaining() == 0) {
                throw new RuleViolationException("last_administrator", "this change would leave no active user"
                        + " with the " + ADMINISTRATION.key() + " permission; give it to another active user first");
            }
        }
    }
}
