package io.aegis.application.testing;

import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;
import io.aegis.domain.identity.Permission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

public final class Actors {

    private Actors() {
    }

    public static Actor withPermissions(Permission... permissions) {
        Set<Permission> set = permissions.length == 0 ? Set.of() : EnumSet.of(permissions[0], permissions);
        return new Actor(Optional.of(7L), "tester", set, new RequestOrigin("req-1", "127.0.0.1", "junit", ""));
    }

    public static Actor everything() {
        return withPermissions(Permission.values());
    }

    public static Actor nobody() {
        return withPermissions();
    }
}
