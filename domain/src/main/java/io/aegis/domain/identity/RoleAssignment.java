package io.aegis.domain.identity;

import io.aegis.domain.organisation.OrgUnitId;
import java.util.Objects;

/** A role a user holds in one organisational unit, or, {@code recursive}, in it and every unit below it. */
public record RoleAssignment(RoleId role, OrgUnitId unit, boolean recursive) {

    public RoleAssignment {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unit, "unit");
    }

    /** Whether the role is held at the root for the whole tree: everywhere, units created later included. */
    public boolean reachesEverywhere() {
        return recursive && unit.equals(OrgUnitId.ROOT);
    }
}
