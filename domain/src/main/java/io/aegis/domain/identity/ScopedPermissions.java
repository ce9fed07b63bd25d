package io.aegis.domain.identity;

import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.organisation.Scope;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What an actor may do, and where: each permission its role assignments give it, with the units it may use it
 * in. A role held at the root for its whole subtree gives its permissions everywhere, which is what every
 * grant was before units existed.
 */
public final class ScopedPermissions {

    private final Map<Permission, Scope> scopes;

    private ScopedPermissions(Map<Permission, Scope> scopes) {
        this.scopes = scopes;
    }

    /**
     * @param permissionsOf the permissions of an assigned role; none for a role that is inactive or gone
     */
    public static ScopedPermissions resolve(Collection<RoleAssignment> assignments,
                                            Function<RoleId, Set<Permission>> permissionsOf, OrgUnitTree tree) {
        Map<Permission, Scope> scopes = new EnumMap<>(Permission.class);
        for (RoleAssignment assignment : assignments) {
            if (!tree.contains(assignment.unit())) {
                continue;
            }
            Scope reach = assignment.reachesEverywhere() ? Scope.everywhere()
                    : assignment.recursive() ? Scope.of(tree.subtree(assignment.unit()), tree)
                    : Scope.of(Set.of(assignment.unit()), tree);
            permissionsOf.apply(assignment.role())
                    .forEach(permission -> scopes.merge(permission, reach, Scope::union));
        }
        return new ScopedPermissions(scopes);
    }

    /** The given permissions in every unit: the system itself, or a test's actor. */
    public static ScopedPermissions everywhere(Set<Permission> permissions) {
        Map<Permission, Scope> scopes = new EnumMap<>(Permission.class);
        permissions.forEach(permission -> scopes.put(permission, Scope.everywhere()));
        return new ScopedPermissions(scopes);
    }

    /** The same, narrowed to {@code permissions} (an API key's), each where it reached before. */
    public ScopedPermissions narrowedTo(Set<Permission> permissions) {
        Map<Permission, Scope> narrowed = new EnumMap<>(Permission.class);
        scopes.forEach((permission, scope) -> {
            if (permissions.contains(permission)) {
                narrowed.put(permission, scope);
            }
        });
        return new ScopedPermissions(narrowed);
    }

    /** Where the actor may use {@code permission}; nowhere when it does not hold it. */
    public Scope scopeOf(Permission permission) {
        return scopes.getOrDefault(permission, Scope.nowhere());
    }

    /** The permissions the actor holds in at least one unit. */
    public Set<Permission> permissions() {
        return Set.copyOf(scopes.keySet());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScopedPermissions that && scopes.equals(that.scopes);
    }

    @Override
    public int hashCode() {
        return scopes.hashCode();
    }

    @Override
    public String toString() {
        return scopes.toString();
    }
}
