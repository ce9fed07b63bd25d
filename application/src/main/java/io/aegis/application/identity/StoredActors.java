package io.aegis.application.identity;

import io.aegis.application.identity.port.out.OrgUnitDirectory;
import io.aegis.application.identity.port.out.RoleGrant;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.ScopedPermissions;
import io.aegis.domain.identity.User;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stored user as an actor, with what their role assignments grant at this moment and in which units: for
 * credentials and embedders alike. Resolved once per request, so every check and read of it uses one scope.
 */
final class StoredActors {

    private StoredActors() {
    }

    static ScopedPermissions permissionsOf(RoleRepository roles, OrgUnitDirectory units, User user) {
        return permissionsOf(roles.grantsOf(user.id().orElseThrow()), units);
    }

    /** What {@code grants}, a user's grants as just read, allow and where. */
    static ScopedPermissions permissionsOf(List<RoleGrant> grants, OrgUnitDirectory units) {
        Map<RoleId, Set<Permission>> permissions = new HashMap<>();
        grants.forEach(grant -> permissions.put(grant.assignment().role(), grant.permissions()));
        List<RoleAssignment> assignments = grants.stream().map(RoleGrant::assignment).toList();
        // a role held at the root for its whole subtree reaches every unit, whatever the tree's shape: most users
        // hold only such roles, and their requests need not read the tree
        OrgUnitTree tree = assignments.stream().allMatch(RoleAssignment::reachesEverywhere)
                ? OrgUnitTree.of(Map.of(OrgUnitId.ROOT, Optional.empty())) : OrgUnitTree.of(units.parentLinks());
        return ScopedPermissions.resolve(assignments, role -> permissions.getOrDefault(role, Set.of()), tree);
    }

    static Actor actor(User user, ScopedPermissions permissions, RequestOrigin origin) {
        return new Actor(Optional.of(user.id().orElseThrow().value()), user.username().value(), permissions, origin);
    }
}
