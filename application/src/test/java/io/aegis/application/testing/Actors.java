package io.aegis.application.testing;

import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.ScopedPermissions;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public final class Actors {

    private Actors() {
    }

    public static Actor withPermissions(Permission... permissions) {
        Set<Permission> set = permissions.length == 0 ? Set.of() : EnumSet.of(permissions[0], permissions);
        return new Actor(Optional.of(7L), "tester", set, new RequestOrigin("req-1", "127.0.0.1", "junit", ""));
    }

    /** An actor holding {@code permissions} in {@code unit} of {@code tree} and in the units below it. */
    public static Actor inUnit(OrgUnitTree tree, OrgUnitId unit, Permission... permissions) {
        Set<Permission> set = EnumSet.of(permissions[0], permissions);
        RoleId role = new RoleId(1);
        ScopedPermissions scoped = ScopedPermissions.resolve(List.of(new RoleAssignment(role, unit, true)),
                any -> set, tree);
        return new Actor(Optional.of(8L), "unit tester", scoped, new RequestOrigin("req-2", "127.0.0.1", "junit", ""));
    }

    public static Actor everything() {
        return withPermissions(Permission.values());
    }

    public static Actor nobody() {
        return withPermissions();
    }
}
